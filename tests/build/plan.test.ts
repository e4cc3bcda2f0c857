import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSite, ROOT } from '../helpers/sites.ts';
import { mainOf, readPage, textOf } from '../helpers/html.ts';

const SEED = path.resolve(ROOT, '../shared/seed/ke-hoach-phong-trao-thi-dua-vu-duong.txt');

/** A seed paragraph as it reads on the page: list dashes and Markdown emphasis are markup there. */
function normalise(paragraph: string): string {
  return paragraph.replace(/^- /, '').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

let site: string;
beforeAll(() => {
  site = ensureSite('content');
});

describe('the plan page /ke-hoach/', () => {
  it('contains every paragraph of the seed plan', () => {
    const text = textOf(mainOf(readPage(site, '/ke-hoach/')));
    const seed = fs.readFileSync(SEED, 'utf8');
    // The seed comes from a PDF: a page break sometimes splits a sentence into two "paragraphs".
    // Each part must still appear, in order.
    // A paragraph of "- " lines (the list of recipients) is one list item per line on the page.
    const paragraphs = seed
      .split(/\n\s*\n/)
      .flatMap((p) => (/^- /m.test(p) && p.includes('\n- ') ? p.split('\n') : [p]))
      .map(normalise)
      .filter(Boolean);
    expect(paragraphs.length).toBeGreaterThan(90);
    let from = 0;
    const missing: string[] = [];
    for (const p of paragraphs) {
      const at = text.indexOf(p, from);
      if (at < 0) missing.push(p);
      else from = at + p.length;
    }
    expect(missing).toEqual([]);
  });

  it('has headings I–V and an anchor on each section', () => {
    const html = readPage(site, '/ke-hoach/');
    for (const id of ['muc-i', 'muc-ii', 'muc-iii', 'muc-iv', 'muc-v', 'muc-iv-1-1', 'muc-iv-2-3', 'muc-v-3']) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`href="#${id}"`);
    }
    expect(html.match(/<h2 id="muc-[iv]+"/g)).toHaveLength(5);
  });

  it('shows the metadata and says what is not yet known', () => {
    const text = textOf(readPage(site, '/ke-hoach/'));
    expect(text).toContain('…/KH-UBND (chưa có số)');
    expect(text).toContain('tháng 05 năm 2026 (chưa ghi ngày)');
    expect(text).toContain('Kế hoạch số 118/KH-UBND ngày 15/04/2026 của Ủy ban nhân dân tỉnh Ninh Bình');
    expect(text).toContain('Nguyễn Hồng Quân');
  });
});

describe('criteria pages', () => {
  it('exist for groups 1.1–1.4 and the award forms', () => {
    for (const group of ['1-1', '1-2', '1-3', '1-4', 'khen-thuong']) {
      expect(fs.existsSync(path.join(site, 'tieu-chi', group, 'index.html')), group).toBe(true);
    }
  });

  it('say who each group applies to', () => {
    expect(textOf(readPage(site, '/tieu-chi/1-3/'))).toContain('Áp dụng cho Các doanh nghiệp trên địa bàn xã.');
    expect(textOf(readPage(site, '/tieu-chi/1-2/'))).toContain('Mặt trận và các tổ chức chính trị - xã hội');
    expect(textOf(readPage(site, '/tieu-chi/khen-thuong/'))).toContain('2.3. Khen thưởng tổng kết');
  });
});

describe('site shell', () => {
  it('declares Vietnamese, has a skip link to the main content and one main', () => {
    for (const page of ['/', '/ke-hoach/', '/tieu-chi/', '/tieu-chi/1-1/']) {
      const html = readPage(site, page);
      expect(html).toMatch(/<html lang="vi"/);
      expect(html).toMatch(/<a class="skip-link"[^>]* href="#noi-dung-chinh"/);
      expect(html.match(/<main /g)).toHaveLength(1);
      expect(html).toContain('id="noi-dung-chinh"');
    }
  });

  it('home page shows where today falls, the next 05/11 deadline and section V tasks', () => {
    const text = textOf(readPage(site, '/'));
    expect(text).toContain('Hôm nay: 25/11/2026');
    expect(text).toContain('thuộc giai đoạn 1');
    expect(text).toContain('Hạn gần nhất: 05/11/2027');
    expect(text).toContain('Văn phòng HĐND và UBND');
    expect(text).toContain('Các doanh nghiệp trên địa bàn xã');
  });
});
