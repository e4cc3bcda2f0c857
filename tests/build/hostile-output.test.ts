/**
 * A copy of the demo content with what careless or hostile editors upload: photos full of metadata
 * (EXIF with GPS, XMP, IPTC, JPEG comments and trailers, PNG text chunks, WebP and AVIF with EXIF)
 * and author names that a spreadsheet would run as formulas, and headings named like the page's own
 * parts. Built with the real pipeline, then the output is read: no image carries metadata, no CSV
 * cell starts a formula, no page holds one id twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metadataBeyondStructure } from '../helpers/exiftool.ts';
import { writeHostileImages } from '../helpers/hostile-images.ts';
import { duplicateIds } from '../helpers/html.ts';
import { htmlPages } from '../helpers/page-types.ts';
import { buildContent, ROOT } from '../helpers/sites.ts';
import { STATS_CSV_PATH } from '../../src/routes.ts';

const content = path.join(ROOT, `.tmp/fixtures/hostile-output-${process.pid}`);
const out = path.join(ROOT, `.tmp/sites/hostile-output-${process.pid}`);
const FORMULA_AUTHORS = ['=HYPERLINK("http://x","y")', '+SUM(1;2)', '-2+3', '@cmd', '\t=1+1'];
/** Initiatives of the demo without an image → the hostile image each gets (GIF is refused by the validator). */
const IMAGES: Record<string, string> = {
  'cai-tien-khuon-dap-tiet-kiem-thep': 'exif-gps.jpg',
  'camera-an-ninh-ket-noi': 'exif-xmp-icc.jpg',
  'che-pham-vi-sinh-xu-ly-rom-ra': 'exif-rotated.jpg',
  'den-duong-nang-luong-mat-troi': 'comment.jpg',
  'hop-khong-giay-to': 'iptc.jpg',
  'loa-thong-minh-truyen-thanh': 'trailer.jpg',
  'lop-hoc-ky-nang-so-cho-nguoi-cao-tuoi': 'text-chunks.png',
  'nhat-ky-dong-ruong-dien-tu': 'exif-xmp.png',
  'so-tay-dien-tu-cong-tac-quoc-phong': 'exif-xmp.webp',
  'tram-quan-trac-nuoc-tu-dong': 'exif-xmp.avif',
};

function imagesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(jpe?g|png|webp|avif|gif)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

beforeAll(async () => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'fixtures/demo'), content, { recursive: true });
  const made = path.join(content, '.hostile');
  await writeHostileImages(made);
  for (const [slug, image] of Object.entries(IMAGES)) {
    const file = path.join(content, 'initiatives', `${slug}.md`);
    const ext = path.extname(image);
    fs.copyFileSync(path.join(made, image), path.join(content, 'initiatives', `${slug}${ext}`));
    let text = fs.readFileSync(file, 'utf8').replace(/^year: .*$/m, (line) => `${line}\nimage: ${slug}${ext}\nimageAlt: Ảnh minh họa có siêu dữ liệu`);
    if (slug === 'hop-khong-giay-to') text = text.replace(/^authors: .*$/m, `authors: ${JSON.stringify(FORMULA_AUTHORS)}`);
    fs.writeFileSync(file, text);
  }
  fs.rmSync(made, { recursive: true });
  // Headings that read like the page's own parts: an initiative with honors and stories has its own
  // "Khen thưởng" and "Tin liên quan" sections; every page has the skip link's target and the menu.
  const appendTo = (file: string, md: string) => fs.appendFileSync(path.join(content, file), md);
  appendTo('initiatives/ho-so-truc-tuyen-mot-cham.md', '\n## Khen thưởng\n\nĐơn vị được đề nghị khen thưởng.\n\n## Tin liên quan\n\nXem mục tin tức.\n\n## Nội dung chính\n\nTóm tắt.\n');
  appendTo('stories/mot-cua-so-hoa.md', '\n## Điều hướng\n\nNgười dân được hướng dẫn tại quầy.\n\n## Ô tìm kiếm\n\nChữ.\n');
  const result = buildContent(content, out);
  if (result.status !== 0) throw new Error(`Build of the hostile set failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}, 900_000);
afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

describe('a site built from hostile uploads', () => {
  it('publishes the originals of the hostile images', () => {
    const names = imagesUnder(out).map((f) => path.basename(f));
    for (const slug of Object.keys(IMAGES)) expect(names.some((n) => n.startsWith(`${slug}.`))).toBe(true);
  });

  it('leaves no tag beyond structure in any image file of the output', () => {
    const files = imagesUnder(out);
    expect(files.length).toBeGreaterThan(Object.keys(IMAGES).length * 3);
    expect(Object.fromEntries(metadataBeyondStructure(files))).toEqual({});
  });

  it('gives a heading named like a part of the page an id of its own', () => {
    expect(duplicateIds(out, htmlPages(out))).toEqual([]);
    const initiative = fs.readFileSync(path.join(out, 'mo-hinh/ho-so-truc-tuyen-mot-cham/index.html'), 'utf8');
    expect(initiative).toContain('id="khen-thuong-2"');
    expect(initiative).toContain('id="khen-thuong"'); // the page's own section, still there
  });

  it('writes no CSV cell that a spreadsheet would run as a formula, and keeps what the author wrote after an apostrophe', () => {
    const buf = fs.readFileSync(path.join(out, STATS_CSV_PATH));
    const rows = parseCsv(buf.subarray(3)) as string[][];
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const authors = rows.find((r) => r[0] === 'hop-khong-giay-to')!.find((c) => c.includes('HYPERLINK'));
    expect(authors).toMatch(/^'=HYPERLINK\("http:\/\/x","y"\); \+SUM\(1;2\); -2\+3; @cmd/);
  });
});
