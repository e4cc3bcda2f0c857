/**
 * What a body may hold (src/validation/body.ts), checked against what the site's own Markdown
 * processor does with it.
 */
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/markdown/index.ts';
import { checkBody } from '../../src/validation/body.ts';

const renderer = await markdownProcessor().createRenderer({ gfm: true, smartypants: false, syntaxHighlight: false } as never);
const render = async (md: string) => (await renderer.render(md, { frontmatter: {} })).code;

const entry = (body: string) => `---\ntitle: Bài thử\n---\n${body}`;
const problems = (body: string, hasImageField = true) => checkBody(entry(body), 'stories/bai-thu.md', hasImageField).problems;

describe('body check', () => {
  it('names the line of an HTML block, whose text the site would drop', async () => {
    const body = 'Mở đầu.\n\n<div>\nSố hộ: 120\n</div>\n';
    const [p, ...rest] = problems(body);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'stories/bai-thu.md', field: 'body', line: 6 });
    expect(p!.message).toMatch(/^có khối mã HTML “<div> Số hộ: 120 <\/div>”: trang web bỏ cả khối/);
    // What the check says is what the renderer does: the block's text is not on the page.
    expect(await render(body)).not.toContain('120');
  });

  it('names the tags of one line once, and says the words around them run together', async () => {
    const [p, ...rest] = problems('Chữ <b>đậm</b> và<br>xuống dòng.\n');
    expect(rest).toEqual([]);
    expect(p!.line).toBe(4);
    expect(p!.message).toMatch(/^có thẻ HTML “<b>”, “<\/b>”, “<br>”: trang web bỏ các thẻ này/);
    expect(await render('Chữ và<br>xuống')).toContain('vàxuống');
  });

  it('names at most three tags of a line', () => {
    expect(problems('<span><i><u><s>x</s></u></i></span> nữa\n')[0]!.message).toMatch(/^có thẻ HTML “<span>”, “<i>”, “<u>”, …:/);
  });

  it('leaves comments, code, escaped brackets and comparisons alone', () => {
    const body = '<!-- ghi chú cho người soạn -->\n\nViết `<b>` trong mã, \\<b> có gạch chéo, giá <5 triệu, a < b.\n\n```\n<table>\n![x](y.jpg)\n```\n\n<https://vuduong.gov.vn>\n';
    expect(problems(body)).toEqual([]);
  });

  it('refuses a picture in the text, inline or by reference, and points to the image field', () => {
    const found = problems('Mở đầu.\n\n![Gian hàng](gian-hang.jpg)\n\nDán: ![ảnh](data:image/png;base64,AAAA)\n\n![Sổ][so]\n\n[so]: so.jpg\n');
    expect(found.map((p) => p.line)).toEqual([6, 8, 10]);
    expect(found[0]!.message).toBe('có ảnh chèn trong nội dung “![Gian hàng](gian-hang.jpg)”; ảnh của mục đặt ở trường "image", kèm mô tả ở "imageAlt", không chèn vào nội dung');
    expect(found[2]!.message).toContain('“![Sổ][so]”');
  });

  it('says that an entry without an image field takes no picture', () => {
    expect(problems('![Sơ đồ](so-do.png)\n', false)[0]!.message).toBe('có ảnh chèn trong nội dung “![Sơ đồ](so-do.png)”; loại mục này không đăng ảnh');
  });

  it('counts lines from the top of the file, front matter included', () => {
    const text = '---\ntitle: A\nsummary: B\ndate: 2026-01-01\n---\n\nMột.\n\n<p>x</p>\n';
    expect(checkBody(text, 'f.md', true).problems.map((p) => p.line)).toEqual([9]);
  });
});

describe('links of a body', () => {
  const check = (body: string, siteOrigin?: string) => checkBody(entry(body), 'stories/bai-thu.md', true, siteOrigin);
  const mixed = '[Kế hoạch](/ke-hoach/#muc-iv) và [đơn vị](../../don-vi/x/).\n\n[Tỉnh](https://ninhbinh.gov.vn/), [thư](mailto:ubnd@vuduong.example), [mục](#muc-2), [khác](//cdn.example/x), [xã](https://xa.example/mo-hinh/abc/#ket-qua)\n\n[tham chiếu][r]\n\n[r]: /mo-hinh/abc/\n';

  it('hands back the links within the site, sections of the page included, with their lines, and leaves others out', () => {
    const { problems, links } = check(mixed);
    expect(problems).toEqual([]);
    expect(links).toEqual([{ url: '/ke-hoach/#muc-iv', line: 4 }, { url: '../../don-vi/x/', line: 4 }, { url: '#muc-2', line: 6 }, { url: '/mo-hinh/abc/', line: 10 }]);
  });

  it("counts a full address of the site's own origin as a link within the site, and no other site's", () => {
    expect(check(mixed, 'https://xa.example').links).toEqual([
      { url: '/ke-hoach/#muc-iv', line: 4 }, { url: '../../don-vi/x/', line: 4 }, { url: '#muc-2', line: 6 }, { url: 'https://xa.example/mo-hinh/abc/#ket-qua', line: 6 }, { url: '/mo-hinh/abc/', line: 10 },
    ]);
  });

  it('refuses a scheme the sanitiser unlinks, and says the renderer does unlink it', async () => {
    const [p, ...rest] = check('[Bấm](JavaScript:alert(1)) rồi [tệp](file:///C:/bao-cao.docx)\n').problems;
    expect(p!.message).toBe('liên kết “JavaScript:alert(1)” không dùng được: trang web chỉ giữ liên kết http, https và mailto, nên bỏ liên kết này');
    expect(rest.map((r) => r.message)).toEqual([expect.stringContaining('“file:///C:/bao-cao.docx”')]);
    expect(await render('[Bấm](javascript:alert(1))')).toBe('<p><a>Bấm</a></p>');
  });

  it('refuses a link without words, which a screen reader reads only as "liên kết"', () => {
    expect(check('[](/tin-tuc/) và [ ](/ke-hoach/)\n').problems.map((p) => p.message)).toEqual([
      'liên kết “/tin-tuc/” không có chữ; hãy ghi chữ giữa hai ngoặc vuông, như [tên trang muốn dẫn tới](/tin-tuc/)',
      'liên kết “/ke-hoach/” không có chữ; hãy ghi chữ giữa hai ngoặc vuông, như [tên trang muốn dẫn tới](/ke-hoach/)',
    ]);
  });
});
