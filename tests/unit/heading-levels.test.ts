/** Headings of a body placed under the page's h1 (src/markdown/rehype-heading-levels.ts), through the site's processor. */
import { describe, expect, it } from 'vitest';
import { markdownProcessor } from '../../src/markdown/index.ts';

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
