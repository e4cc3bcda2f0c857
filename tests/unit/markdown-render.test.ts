/**
 * How the site renders a body, through its own processor (src/markdown/index.ts): headings under
 * the page's h1, tables in their own scrolling box, footnotes in Vietnamese with working links.
 */
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { markdownProcessor } from '../../src/markdown/index.ts';
import { PAGE_IDS } from '../../src/routes.ts';

const renderer = await markdownProcessor().createRenderer({ gfm: true, smartypants: false, syntaxHighlight: false } as never);
const render = async (md: string) => (await renderer.render(md, { frontmatter: {} })).code;
const headings = async (md: string) => [...(await render(md)).matchAll(/<(h[1-6])[^>]*>([^<]*)/g)].map((m) => `${m[1]} ${m[2]}`);

describe('heading levels of a body', () => {
  it('leaves a body that starts at level 2 and skips nothing as it is', async () => {
    expect(await headings('## Vấn đề\n\n### Chi tiết\n\n#### Một\n\n## Giải pháp')).toEqual(['h2 Vấn đề', 'h3 Chi tiết', 'h4 Một', 'h2 Giải pháp']);
  });

  it('moves every heading one level down when the body uses level 1 (Word\'s Heading 1)', async () => {
    expect(await headings('# Phần một\n\n## Mục\n\n# Phần hai')).toEqual(['h2 Phần một', 'h3 Mục', 'h2 Phần hai']);
    expect(await headings('Tiêu đề\n===\n\nchữ')).toEqual(['h2 Tiêu đề']);
  });

  it('raises a heading that skips a level to the next one', async () => {
    expect(await headings('## A\n\n#### B\n\n###### C\n\n### D')).toEqual(['h2 A', 'h3 B', 'h4 C', 'h3 D']);
    expect(await headings('#### Chỉ một mục sâu')).toEqual(['h2 Chỉ một mục sâu']);
  });

  it('gives a moved heading an ASCII id and its anchor', async () => {
    expect(await render('# Đổi mới')).toContain('<h2 id="doi-moi">Đổi mới<a class="anchor"');
  });
});

describe('heading ids of a body', () => {
  const ids = async (md: string) => [...(await render(md)).matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);

  it('never take an id of the page around the body, whatever the heading says', async () => {
    // "## Nội dung chính" in a story gave a second id="noi-dung-chinh" beside <main>, where the skip link lands.
    expect(await ids('## Nội dung chính\n\n## Khen thưởng\n\n## Tin liên quan\n\n## Mục lục\n\n## Điều hướng\n\n## Ô tìm kiếm\n\n## Thông tin văn bản')).toEqual([
      'noi-dung-chinh-2', 'khen-thuong-2', 'tin-lien-quan-2', 'muc-luc-2', 'dieu-huong-2', 'o-tim-kiem-2', 'thong-tin-van-ban-2',
    ]);
    expect(Object.values(PAGE_IDS)).toHaveLength(7); // a page id added to PAGE_IDS gets a line above
  });

  it('are unique even when a heading reads like a numbered copy of another', async () => {
    expect(await ids('## Kết quả\n\n## Kết quả 2\n\n## Kết quả\n\n## Kết quả')).toEqual(['ket-qua', 'ket-qua-2', 'ket-qua-3', 'ket-qua-4']);
  });

  it('keep the numbered ids of an official text and give way to a footnote\'s', async () => {
    expect(await ids('## I. MỤC ĐÍCH\n\n### 1. Mục đích\n\n### 1. Lặp lại\n\n## II. NỘI DUNG')).toEqual(['muc-i', 'muc-i-1', 'muc-i-1-2', 'muc-ii']);
    const withNote = await ids('## Noi dung fn a\n\nChữ[^a].\n\n[^a]: Ghi chú.');
    expect(new Set(withNote).size).toBe(withNote.length);
    expect(withNote).toContain('noi-dung-fn-a');
  });
});

type Node = DefaultTreeAdapterMap['childNode'];
/** Every element of a fragment, as a browser parses it. */
function elements(html: string): DefaultTreeAdapterMap['element'][] {
  const out: DefaultTreeAdapterMap['element'][] = [];
  const walk = (n: { childNodes?: Node[] }) => n.childNodes?.forEach((c) => { if ('tagName' in c) { out.push(c); walk(c); } });
  walk(parse(html));
  return out;
}
const attr = (el: DefaultTreeAdapterMap['element'], name: string) => el.attrs.find((a) => a.name === name)?.value;

describe('tables of a body', () => {
  it('sit each in a focusable box that scrolls sideways, named apart', async () => {
    const html = await render('| Thôn | Số hộ |\n|---|---|\n| Đông | 120 |\n\nChữ.\n\n| A | B |\n|---|---|\n| 1 | 2 |');
    const boxes = elements(html).filter((e) => attr(e, 'class') === 'wide-table');
    expect(boxes.map((b) => [attr(b, 'role'), attr(b, 'tabindex'), attr(b, 'aria-label')])).toEqual([['region', '0', 'Bảng 1 trong bài'], ['region', '0', 'Bảng 2 trong bài']]);
    expect(boxes.map((b) => (b.childNodes.find((c) => 'tagName' in c) as DefaultTreeAdapterMap['element']).tagName)).toEqual(['table', 'table']);
  });
});

describe('code blocks of a body', () => {
  it('scroll inside themselves as focusable regions, named apart', async () => {
    const pres = elements(await render('```\n' + 'x'.repeat(200) + '\n```\n\nChữ.\n\n    thụt lề bốn dấu cách')).filter((e) => e.tagName === 'pre');
    expect(pres.map((p) => [attr(p, 'role'), attr(p, 'tabindex'), attr(p, 'aria-label')])).toEqual([['region', '0', 'Đoạn mã 1 trong bài'], ['region', '0', 'Đoạn mã 2 trong bài']]);
  });
});

describe('footnotes of a body', () => {
  const md = 'Theo Kế hoạch[^1] và Quyết định[^qd].\n\n[^1]: Kế hoạch số 118/KH-UBND.\n[^qd]: Quyết định số 12/QĐ-UBND.';

  it('have a visible Vietnamese heading and Vietnamese names for their back links', async () => {
    const html = await render(md);
    expect(html).toMatch(/<h2 id="[^"]+">Chú thích<a class="anchor"/);
    expect(html).not.toMatch(/Footnotes|Back to|sr-only/);
    expect(elements(html).filter((e) => attr(e, 'data-footnote-backref') !== undefined).map((e) => attr(e, 'aria-label'))).toEqual(['Quay lại chỗ dẫn chú thích 1', 'Quay lại chỗ dẫn chú thích 2']);
  });

  it('link to notes and back to ids that exist on the page', async () => {
    const all = elements(await render(md));
    const ids = new Set(all.map((e) => attr(e, 'id')).filter(Boolean));
    const targets = all.filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('#')).map((e) => attr(e, 'href')!.slice(1));
    expect(targets.length).toBe(5); // two references, two back links, the heading's anchor
    expect(targets.filter((t) => !ids.has(t))).toEqual([]);
    const described = all.filter((e) => attr(e, 'aria-describedby')).map((e) => attr(e, 'aria-describedby')!);
    expect(described.length).toBe(2);
    expect(described.filter((t) => !ids.has(t))).toEqual([]);
  });

  it('leave a malformed in-page link as written, without failing the build', async () => {
    expect(await render('Xem [mục](#%E0%A4) này.')).toContain('<a href="#%E0%A4">mục</a>');
  });

  it('leave a link to a heading of the body as written', async () => {
    expect(await render('## Kết quả\n\nXem [kết quả](#ket-qua).')).toContain('<a href="#ket-qua">kết quả</a>');
  });
});

describe('task lists of a body', () => {
  it('name each checkbox by its words, in a label that stops before a nested list', async () => {
    const html = await render('- [ ] Nộp báo cáo **trước** ngày 5\n- [x] Họp thôn\n  - [ ] Mời trưởng thôn');
    const labels = elements(html).filter((e) => e.tagName === 'label');
    expect(labels).toHaveLength(3);
    for (const label of labels) expect(label.childNodes.filter((c) => 'tagName' in c && c.tagName === 'input')).toHaveLength(1);
    expect(html).toContain('<label><input type="checkbox" disabled> Nộp báo cáo <strong>trước</strong> ngày 5</label>');
    // The nested list stays outside the label (a label holds phrasing content only).
    expect(elements(html).filter((e) => e.tagName === 'label').some((l) => l.childNodes.some((c) => 'tagName' in c && c.tagName === 'ul'))).toBe(false);
    expect(elements(html).filter((e) => e.tagName === 'input' && attr(e, 'checked') !== undefined)).toHaveLength(1);
  });

  it('puts the label inside the first paragraph of a loose item', async () => {
    expect(await render('1. [x] Một\n\n   đoạn hai\n2. [ ] Hai')).toMatch(/<p><label><input type="checkbox" checked disabled> Một<\/label><\/p>\s*<p>đoạn hai<\/p>/);
  });

  it('leaves an ordinary list and a stray checkbox-like text alone', async () => {
    expect(await render('- Một\n- [chưa] Hai')).not.toContain('<label');
  });
});
