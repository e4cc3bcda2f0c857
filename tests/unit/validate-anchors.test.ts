/**
 * Links to a section of a page (src/validation/anchors.ts): the section must be among the ids the
 * site's own renderer gives the body that page shows, or the page's own parts.
 */
import { describe, expect, it } from 'vitest';
import { checkAnchors } from '../../src/validation/anchors.ts';
import type { CheckedEntry } from '../../src/validation/references.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';

const entry = (collection: CollectionName, id: string, body: string, links: string[] = [], data: Record<string, unknown> = {}): CheckedEntry => ({
  collection, id, file: `${collection}/${id}.md`, data, lineOf: () => undefined, valid: true, body, links: links.map((url) => ({ url, line: 1 })),
});
const messages = async (all: CheckedEntry[]) => (await checkAnchors(all)).map((p) => `${p.file}: ${p.message}`);

describe('links to a section of a page', () => {
  const initiative = entry('initiatives', 'so-tay', '## Vấn đề\n\nA.\n\n## Giải pháp\n\nB.');
  const plan = entry('documents', 'ke-hoach', '## I. MỤC ĐÍCH\n\n### 1. Mục đích\n\n## II. NỘI DUNG');

  it('pass when the section is a heading of the body the page shows, or a part of the page', async () => {
    const story = entry('stories', 'tin', '## Nội dung chính\n\nChữ[^a].\n\n[^a]: Ghi chú.', [
      '/mo-hinh/so-tay/#giai-phap', '/ke-hoach/#muc-i-1', '#noi-dung-chinh-2', '#noi-dung-chinh', '#fn-a', '/mo-hinh/so-tay/#khen-thuong',
    ]);
    expect(await messages([initiative, plan, story])).toEqual([]);
  });

  it('name the section that is not there and the nearest that is', async () => {
    const story = entry('stories', 'tin', 'Chữ.', ['/mo-hinh/so-tay/#giai-phapp', '/ke-hoach/#muc-iii']);
    expect(await messages([initiative, plan, story])).toEqual([
      'stories/tin.md: liên kết “/mo-hinh/so-tay/#giai-phapp” dẫn tới mục “giai-phapp”, nhưng trang “/mo-hinh/so-tay/” không có mục đó; có phải là “/mo-hinh/so-tay/#giai-phap”?',
      'stories/tin.md: liên kết “/ke-hoach/#muc-iii” dẫn tới mục “muc-iii”, nhưng trang “/ke-hoach/” không có mục đó; có phải là “/ke-hoach/#muc-ii”?',
    ]);
  });

  it('check a draft\'s links to its own sections, and leave pages without a body alone', async () => {
    const draft = entry('stories', 'nhap', '## Kết quả', ['#ket-qua', '#ket-qua-2', '/don-vi/x/#bao-cao-nam', '/thong-ke/#linh-vuc'], { draft: true });
    expect(await messages([draft])).toEqual(['stories/nhap.md: liên kết “#ket-qua-2” dẫn tới mục “ket-qua-2”, nhưng bài này không có mục đó; có phải là “#ket-qua”?']);
  });

  it('read the plan as the published document of lowest order', async () => {
    const draftPlan = entry('documents', 'a-ban-nhap', '## Khác', [], { draft: true, order: 0 });
    const story = entry('stories', 'tin', 'Chữ.', ['/ke-hoach/#muc-ii']);
    expect(await messages([draftPlan, plan, story])).toEqual([]);
  });
});
