/**
 * Pastes into the CMS editor (src/cms/pasted-html.ts): the clipboard of Word, Google Docs and
 * LibreOffice (fixtures/paste/) turned into the editor's nodes. The browser test
 * (tests/browser/cms.test.ts) pastes Word's with Ctrl+V and reads the Markdown Decap saves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pastedHtmlToSlate, type SlateElement, type SlateNode } from '../../src/cms/pasted-html.ts';

const clipboard = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/paste', `${name}.html`), 'utf8');

/** A node as a line of text: marks as Markdown would show them, so that expectations read. */
function show(node: SlateNode): string {
  if ('text' in node) {
    const mark = node.bold ? '**' : node.italic ? '*' : node.delete ? '~~' : '';
    return `${mark}${node.text}${mark}`;
  }
  const inner = node.children.map(show).join('');
  if (node.type === 'link') return `[${inner}](${String(node.data?.url)})`;
  if (node.type === 'break') return '⏎';
  if (node.type === 'image') return `![${String(node.data?.alt)}](${String(node.data?.url)})`;
  return inner;
}

function cells(table: SlateElement): string[][] {
  return table.children.map((row) => (row as SlateElement).children.map(show));
}

/** A list as its items' text, a nested list indented under its item. */
function items(list: SlateElement, depth = 0): string[] {
  return list.children.flatMap((item) =>
    (item as SlateElement).children.flatMap((child) => {
      const block = child as SlateElement;
      return block.type.endsWith('-list') ? items(block, depth + 1) : [`${'  '.repeat(depth)}${list.type === 'numbered-list' ? '1.' : '-'} ${show(block)}`];
    }),
  );
}

describe('a paste from Word', () => {
  const blocks = pastedHtmlToSlate(clipboard('word'));

  it('keeps bold and italic, drops empty paragraphs, and joins the lines Word wrapped with a space', () => {
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'bulleted-list', 'numbered-list', 'paragraph', 'paragraph', 'paragraph']);
    expect(show(blocks[0]!)).toBe('**Kết quả** sau một năm triển khai mô hình *“Thôn thông minh”*:');
  });

  it('keeps a table row by row, a cell of two paragraphs as one line', () => {
    expect(cells(blocks[1]!)).toEqual([
      ['**Thôn**', '**Số hộ dùng dịch vụ công**'],
      ['Thôn Đông', '120'],
      ['Thôn Tây', '95'],
    ]);
  });

  it('makes list paragraphs lists, by their level and list, without the bullet or number Word drew', () => {
    expect(items(blocks[2]!)).toEqual(['- Lắp camera an ninh ở **12** điểm;', '  - kết nối về Công an xã;', '- Mở nhóm Zalo của thôn.']);
    expect(blocks[3]).toMatchObject({ type: 'numbered-list', data: { start: 1 } });
    expect(items(blocks[3]!)).toEqual(['1. Đăng ký tài khoản định danh;', '1. Nộp hồ sơ trực tuyến.']);
  });

  it('keeps a number Markdown cannot write (a), 1.1.) in the text, as official text cites it', () => {
    expect(blocks.slice(4, 6).map(show)).toEqual(['a) Hộ gia đình;', '1.1. Đối với các thôn;']);
  });

  it('keeps links of the web, not Word bookmarks, and leaves out hidden text', () => {
    expect(show(blocks[6]!)).toBe('Xem thêm tại [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn/) và mục 2.');
  });
});

describe('a paste from Google Docs', () => {
  const blocks = pastedHtmlToSlate(clipboard('google-docs'));

  it('reads bold and italic from the style, not from the <b> of normal weight around everything', () => {
    expect(blocks.map((b) => b.type)).toEqual(['heading-two', 'paragraph', 'table', 'bulleted-list']);
    expect(show(blocks[0]!)).toBe('Cách làm');
    expect(show(blocks[1]!)).toBe('**Hợp tác xã** *thu gom rơm rạ* sau mỗi vụ.');
    expect(cells(blocks[2]!)).toEqual([
      ['Vụ', 'Tấn rơm'],
      ['Xuân 2026', '12'],
    ]);
    expect(items(blocks[3]!)).toEqual(['- Ủ làm phân bón', '- ~~Đốt ngoài đồng~~']);
  });
});

describe('a paste from LibreOffice', () => {
  const blocks = pastedHtmlToSlate(clipboard('libreoffice'));

  it('keeps a line break, nested lists, and the columns of cells merged across rows and columns', () => {
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'numbered-list', 'paragraph']);
    expect(show(blocks[0]!)).toBe('**Danh sách** hộ tham gia⏎năm 2026');
    expect(cells(blocks[1]!)).toEqual([
      ['**Thôn**', '**Số hộ**', ''],
      ['', '2026', '2027'],
      ['Đông', '12', '20'],
    ]);
    expect(items(blocks[2]!)).toEqual(['1. Đăng ký', '  1. qua ứng dụng', '1. Nhận kết quả']);
  });

  it('keeps a picture, so that the validator names it at save instead of it going without a word', () => {
    expect(show(blocks[3]!)).toBe('![Nhà văn hóa thôn](file:///tmp/lu12345.tmp/anh-thon.png)');
  });
});

describe('what any paste gets', () => {
  it('moves a space at the edge of a bold text outside it, and keeps two bold words with a space between one bold text', () => {
    expect(show(pastedHtmlToSlate('<p><b>Kết quả </b>đạt <b>tốt</b> <b>lắm</b></p>')[0]!)).toBe('**Kết quả** đạt **tốt lắm**');
    expect(pastedHtmlToSlate('<p><b>Kết quả </b>đạt</p>')[0]!.children).toEqual([{ text: 'Kết quả', bold: true }, { text: ' đạt' }]);
  });

  it('stores Vietnamese in NFC and a no-break space as a space', () => {
    const [block] = pastedHtmlToSlate('<p>Vu\u0303 Dương&nbsp;&nbsp;xã\u00a0</p>');
    expect(block!.children).toEqual([{ text: 'Vũ Dương xã' }]);
  });

  it('unlinks addresses a page must not carry, and links that lead into the CMS', () => {
    const page = 'https://thidua.example/admin/#/collections/stories/new';
    const [block] = pastedHtmlToSlate('<p><a href="javascript:alert(1)">a</a> <a href="https://thidua.example/admin/#_Toc1">b</a> <a href="/mo-hinh/">c</a> <a href="mailto:ubnd@example.vn">d</a></p>', page);
    expect(show(block!)).toBe('a b [c](/mo-hinh/) [d](mailto:ubnd@example.vn)');
  });

  it('keeps the letters or Roman numerals of an HTML list in its text, since Markdown numbers only by figures', () => {
    const lettered = pastedHtmlToSlate('<ol type="a"><li><p>Hộ gia đình;</p></li><li>Doanh nghiệp.</li></ol><ol type="I" start="3"><li>Tổ chức thực hiện</li></ol>');
    expect(lettered.map((b) => [b.type, show(b)])).toEqual([
      ['paragraph', 'a. Hộ gia đình;'],
      ['paragraph', 'b. Doanh nghiệp.'],
      ['paragraph', 'III. Tổ chức thực hiện'],
    ]);
    const docs = pastedHtmlToSlate('<ol><li style="list-style-type:lower-roman"><p><span style="font-weight:700">Một</span></p></li><li style="list-style-type:lower-roman">Hai</li></ol>');
    expect(docs.map(show)).toEqual(['i. **Một**', 'ii. Hai']);
  });

  it('gives nothing for a paste of nothing but space, styles and comments', () => {
    expect(pastedHtmlToSlate('<style>p{}</style><!--StartFragment--><p>&nbsp;</p><p><o:p></o:p></p>')).toEqual([]);
  });
});
