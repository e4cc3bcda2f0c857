/**
 * Hostile or careless content never crashes, hangs, leaks or slips through: each case of
 * fixtures/hostile/ (laid over the real content/) and each case made here that git cannot hold
 * (a FIFO, symbolic links, a file over the size limit) goes through the real `npm run validate`,
 * which must end within 10 s with exit 1, print the case's Vietnamese lines naming file and field,
 * and no stack trace. The valid case (a file far over 64 KiB, odd but legitimate Unicode) passes
 * and builds.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/validation/read.ts';
import { buildContent, ROOT } from '../helpers/sites.ts';
import { blackPng } from '../helpers/hostile-images.ts';

const HOSTILE = path.join(ROOT, 'fixtures/hostile');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function overlay(caseDir?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-hostile-'));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  if (caseDir) fs.cpSync(caseDir, dir, { recursive: true, filter: (src) => path.basename(src) !== 'expected.txt' });
  return dir;
}

/** `npm run validate` on `dir`, with file names relative to it, as staff would see them. */
function validate(dir: string) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate.ts')], {
    cwd: dir, encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL', env: { ...process.env, CONTENT_DIR: dir },
  });
  return { ...result, ms: Date.now() - started, lines: result.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')) };
}

function expectRefused(dir: string, expected: string[]) {
  const result = validate(dir);
  expect(result.signal, 'finished within 10 s').toBeNull();
  expect(result.status).toBe(1);
  for (const line of expected) expect(result.lines.some((l) => l.startsWith(line)), `missing: ${line}\ngot:\n${result.lines.join('\n')}`).toBe(true);
  // No stack trace and no English error reaches staff.
  expect(result.stderr).not.toMatch(/^\s+at |Error:|RangeError|TypeError/m);
  return result;
}

const cases = fs.readdirSync(HOSTILE).filter((c) => fs.existsSync(path.join(HOSTILE, c, 'expected.txt')));

describe('npm run validate on hostile content', () => {
  it('has the cases of the hardening issue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });

  it.each(cases)('%s: the expected Vietnamese lines, exit 1, within 10 s', (name) => {
    const expected = fs.readFileSync(path.join(HOSTILE, name, 'expected.txt'), 'utf8').trim().split('\n');
    expectRefused(overlay(path.join(HOSTILE, name)), expected);
  });

  it('refuses a FIFO named like an entry without blocking', () => {
    const dir = overlay();
    const fifo = spawnSync('mkfifo', [path.join(dir, 'stories', 'tin-ong.md')]);
    expect(fifo.status).toBe(0);
    expectRefused(dir, ['stories/tin-ong.md: không phải tệp thường']);
  });

  it('refuses symbolic links that leave the folder, point to a folder or to nothing, and an image linked from outside', () => {
    const dir = overlay();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-outside-'));
    temps.push(outside);
    fs.writeFileSync(path.join(outside, 'bi-mat.md'), '---\ntitle: Bí mật\n---\n');
    fs.writeFileSync(path.join(outside, 'anh.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    fs.symlinkSync(path.join(outside, 'bi-mat.md'), path.join(dir, 'stories', 'tin-lien-ket.md'));
    fs.symlinkSync(path.join(dir, 'units'), path.join(dir, 'stories', 'thu-muc.md'));
    fs.symlinkSync(path.join(dir, 'khong-co.md'), path.join(dir, 'stories', 'tin-mat.md'));
    fs.symlinkSync(path.join(outside, 'anh.jpg'), path.join(dir, 'stories', 'anh-ngoai.jpg'));
    fs.writeFileSync(path.join(dir, 'stories', 'tin-anh.md'), '---\ntitle: Tin có ảnh ngoài\ndate: 2026-11-20\nsummary: Bản tin có ảnh được liên kết từ ngoài thư mục nội dung.\nimage: anh-ngoai.jpg\nimageAlt: Gian hàng rau ở chợ phiên thôn Đông\n---\n\nNội dung.\n');
    expectRefused(dir, [
      'stories/tin-lien-ket.md: là liên kết (symlink) trỏ ra ngoài thư mục nội dung',
      'stories/thu-muc.md: là một thư mục',
      'stories/tin-mat.md: là liên kết (symlink) trỏ tới tệp không tồn tại',
      'stories/anh-ngoai.jpg: là liên kết (symlink) trỏ ra ngoài thư mục nội dung',
      'stories/tin-anh.md: trường "image": không tìm thấy tệp ảnh "anh-ngoai.jpg"',
    ]);
  });

  it('refuses a picture of 30000×30000 pixels and an SVG named .jpg before the build decodes them', () => {
    const dir = overlay();
    fs.writeFileSync(path.join(dir, 'stories', 'anh-khong-lo.png'), blackPng(30000, 30000));
    fs.writeFileSync(path.join(dir, 'stories', 'anh-gia.jpg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const entry = (slug: string, image: string) => `---\ntitle: Tin ${slug}\ndate: 2026-11-20\nsummary: Bản tin có ảnh không hợp lệ để thử trình kiểm tra nội dung.\nimage: ${image}\nimageAlt: Ảnh thử\n---\n\nNội dung.\n`;
    fs.writeFileSync(path.join(dir, 'stories', 'tin-anh-lon.md'), entry('anh-lon', 'anh-khong-lo.png'));
    fs.writeFileSync(path.join(dir, 'stories', 'tin-anh-gia.md'), entry('anh-gia', 'anh-gia.jpg'));
    expectRefused(dir, [
      'stories/tin-anh-lon.md: trường "image": "anh-khong-lo.png": ảnh 30.000×30.000 điểm ảnh',
      'stories/tin-anh-gia.md: trường "image": "anh-gia.jpg": không đọc được ảnh',
    ]);
  });

  it('refuses a text file over the size limit, saying so', () => {
    const dir = overlay();
    fs.writeFileSync(path.join(dir, 'stories', 'tin-qua-lon.md'), `---\ntitle: Quá lớn\n---\n${'a'.repeat(MAX_TEXT_BYTES)}`);
    expectRefused(dir, ['stories/tin-qua-lon.md: tệp lớn hơn 2 MB']);
  });

  it('passes and builds the valid case: a file far over 64 KiB and odd but legitimate Unicode', () => {
    const dir = overlay(path.join(HOSTILE, 'valid-long-and-unicode'));
    expect(fs.statSync(path.join(dir, 'honors/giay-khen-binh-dan-hoc-vu-so-2026.yml')).size).toBeGreaterThan(4 * 65536);
    const result = validate(dir);
    expect(result.lines).toEqual([]);
    expect(result.status).toBe(0);
    const out = fs.mkdtempSync(path.join(ROOT, '.tmp/hostile-site-'));
    temps.push(out);
    const build = buildContent(dir, out);
    expect(build.status, build.stderr).toBe(0);
    const honor = fs.readFileSync(path.join(out, 'bang-vang/giay-khen-binh-dan-hoc-vu-so-2026/index.html'), 'utf8');
    expect(honor).toContain('Người tham gia số 2000');
    const story = fs.readFileSync(path.join(out, 'tin-tuc/tin-unicode-hop-le/index.html'), 'utf8');
    expect(story).toContain('Thôn Đông Hòa — “chuyển đổi số” ở nhà văn hóa'.normalize('NFC'));
  }, 600_000);
});
