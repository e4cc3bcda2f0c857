import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/index.ts';
import { formatProblem } from '../../src/validation/messages.ts';
import { ReadAhead } from '../../src/validation/read-ahead.ts';
import { schemaOf } from '../../src/schemas/collections.ts';
import { generateContent, writeContent } from '../../scripts/fixtures.ts';
import { TEST_BUILD_DATE } from '../helpers/sites.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INVALID = path.join(ROOT, 'fixtures/invalid');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** The real content/ with a case's files laid over it, in a temporary folder. */
function overlay(caseDir: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-validate-'));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  fs.cpSync(caseDir, dir, { recursive: true, filter: (src) => path.basename(src) !== 'expected.txt' });
  return dir;
}

describe('npm run validate on good content', () => {
  it.each(['content', 'fixtures/demo'])('finds no problem in %s', async (dir) => {
    const { lines, counts } = await validateContent(path.join(ROOT, dir));
    expect(lines).toEqual([]);
    expect(counts.documents).toBe(1);
    expect(counts.criteria).toBe(5);
  });

  it('accepts a file saved with a BOM, CRLF line ends and NFD text, and reads it as NFC', async () => {
    const { lines, entries } = await validateContent(overlay(path.join(ROOT, 'fixtures/encodings')));
    expect(lines).toEqual([]);
    const entry = entries.find((e) => e.id === 'doi-moi-so-tay')!;
    expect(entry.data.title).toBe('Đổi mới sổ tay điện tử'.normalize('NFC'));
    expect(entry.data.title).not.toBe('Đổi mới sổ tay điện tử'.normalize('NFD'));
  });

  it('yields exactly N initiatives for a generated set of N, none dropped or doubled', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-gen-'));
    temps.push(dir);
    fs.rmSync(dir, { recursive: true });
    writeContent(dir, generateContent({ initiatives: 250, seed: 7 }).files);
    const { lines, counts, entries } = await validateContent(dir);
    expect(lines).toEqual([]);
    expect(counts.initiatives).toBe(250);
    expect(new Set(entries.filter((e) => e.collection === 'initiatives').map((e) => e.id)).size).toBe(250);
  });
});

describe('npm run validate on broken content', () => {
  const cases = fs.readdirSync(INVALID).filter((c) => fs.existsSync(path.join(INVALID, c, 'expected.txt')));

  it('has a case for each rule', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('reports the expected Vietnamese line for %s', async (name) => {
    const dir = overlay(path.join(INVALID, name));
    // Checked on the tests' fixed day, so a case dated "not yet" stays so (date-not-yet).
    const { lines } = await validateContent(dir, dir, { today: TEST_BUILD_DATE });
    const expected = fs.readFileSync(path.join(INVALID, name, 'expected.txt'), 'utf8').trim().split('\n');
    for (const line of expected) {
      expect(lines.some((l) => l.startsWith(line)), `missing: ${line}\ngot:\n${lines.join('\n')}`).toBe(true);
    }
  });

  it('reports every problem of a file, not only the first, with line numbers', async () => {
    const dir = overlay(path.join(INVALID, 'year-out-of-range'));
    fs.writeFileSync(path.join(dir, 'initiatives/hai-loi.md'), '---\ntitle: Hai lỗi\nunit: khong-co\nfields: [chuyen-doi-so]\nkind: mo-hinh\nyear: 2031\nsummary: Ngắn\nstatus: dang-trien-khai\n---\n');
    const { lines } = await validateContent(dir, dir);
    const mine = lines.filter((l) => l.startsWith('initiatives/hai-loi.md'));
    expect(mine).toEqual([
      'initiatives/hai-loi.md: trường "unit": không có đơn vị "khong-co" (dòng 3)',
      'initiatives/hai-loi.md: trường "year": năm 2031 nằm ngoài 2026–2030 (dòng 6)',
      'initiatives/hai-loi.md: trường "summary": cần ít nhất 20 ký tự (dòng 7)',
    ].sort((a, b) => Number(/dòng (\d+)/.exec(a)![1]) - Number(/dòng (\d+)/.exec(b)![1])));
  });

  it('lets the official contact in site.yml carry a phone and an e-mail', async () => {
    const dir = overlay(path.join(INVALID, 'stray-file'));
    fs.rmSync(path.join(dir, 'units/ghi-chu.txt'));
    fs.appendFileSync(path.join(dir, 'site.yml'), '');
    const site = fs.readFileSync(path.join(dir, 'site.yml'), 'utf8').replace('contact:\n', 'contact:\n  phone: "0229 3 123 456"\n  email: ubnd@vuduong.example\n');
    fs.writeFileSync(path.join(dir, 'site.yml'), site);
    expect((await validateContent(dir, dir)).lines).toEqual([]);
  });
});

describe('the error line', () => {
  it('names the file and the field in Vietnamese', async () => {
    expect(formatProblem({ file: 'content/initiatives/abc.md', field: 'year', message: 'năm 2031 nằm ngoài 2026–2030', line: 6 }))
      .toMatchInlineSnapshot(`"content/initiatives/abc.md: trường "year": năm 2031 nằm ngoài 2026–2030 (dòng 6)"`);
    expect(formatProblem({ file: 'content/units/x.yml', message: 'tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8' }))
      .toMatchInlineSnapshot(`"content/units/x.yml: tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8"`);
  });
});

describe('the read-ahead thread of a large folder', () => {
  const both = async (dir: string) => {
    const { readMs: _a, ...ahead } = await validateContent(dir, dir, { readAhead: true });
    const { readMs: _b, ...alone } = await validateContent(dir, dir, { readAhead: false });
    return { ahead, alone };
  };

  it('hands over the bytes it read, and leaves a file it cannot read to the caller', async () => {
    const files = ['site.yml', 'units', 'tu-viet-tat.yml'].map((f) => path.join(ROOT, 'content', f));
    const ahead = new ReadAhead(files);
    await ahead.finished(); // let the helper get there first
    expect(ahead.take(0)).toEqual(fs.readFileSync(files[0]!));
    expect(ahead.take(1)).toBeUndefined(); // a folder: EISDIR when the caller reads it
    expect(ahead.take(2)).toEqual(fs.readFileSync(files[2]!));
    ahead.close();
  });

  it('gives the same result as one thread on every broken case', async () => {
    for (const name of fs.readdirSync(INVALID)) {
      const { ahead, alone } = await both(overlay(path.join(INVALID, name)));
      expect(ahead, name).toEqual(alone);
    }
  });

  it('gives the same entries, in the same order, for a generated set', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-gen-'));
    temps.push(dir);
    fs.rmSync(dir, { recursive: true });
    writeContent(dir, generateContent({ initiatives: 250, seed: 11 }).files);
    fs.writeFileSync(path.join(dir, 'initiatives', 'khong-phai-utf8.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    const { ahead, alone } = await both(dir);
    expect(ahead).toEqual(alone);
    expect(ahead.counts.initiatives).toBe(250);
    expect(ahead.lines).toEqual(['initiatives/khong-phai-utf8.md: tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8']);
  });
});

describe('npm run validate', () => {
  // The script checks on a worker thread with a small young generation: same lines, count and exit code.
  const run = (dir: string) => spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });

  it('prints every problem of validateContent, then the count, and exits 1', async () => {
    const dir = overlay(path.join(INVALID, 'year-out-of-range'));
    fs.writeFileSync(path.join(dir, 'initiatives/hai-loi.md'), '---\ntitle: Hai lỗi\nunit: khong-co\nfields: [chuyen-doi-so]\nkind: mo-hinh\nyear: 2031\nsummary: Ngắn\nstatus: dang-trien-khai\n---\n');
    const { lines, counts } = await validateContent(dir, ROOT);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual(lines);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(result.stdout).toContain(`Có ${lines.length} lỗi; ${total} mục đọc được`);
  });

  it('says the content is valid and exits 0', async () => {
    const result = run(path.join(ROOT, 'content'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Hợp lệ: \d+ mục \(documents 1, criteria 5, /);
  });
});

describe('the description of a picture', () => {
  const story = (imageAlt: string) => schemaOf('stories').safeParse({ title: 'Chợ phiên', date: '2026-11-15', summary: 'Các hộ bày hàng nông sản, nhận thanh toán bằng mã QR.', image: 'cho.jpg', imageAlt });
  const refused = (alt: string) => {
    const r = story(alt);
    return r.success ? undefined : r.error.issues.find((i) => i.path[0] === 'imageAlt')?.message;
  };

  it.each(['ảnh', 'Ảnh.', 'Hình ảnh', 'hình 2', 'Ảnh minh họa', 'ảnh số 3', 'Photo', 'IMG_2031.jpg', 'DSC0042', 'anh-cho-phien.png', 'Zalo 2026'])('refuses "%s", which tells a blind reader nothing', (alt) => {
    expect(refused(alt)).toMatch(/không cho người khiếm thị biết ảnh có gì; hãy tả điều ảnh cho thấy/);
  });

  it.each(['Ảnh chụp cánh đồng lúa chín ở thôn Đông', 'Biểu trưng của xã', 'Hình minh họa ba thùng rác màu xanh, vàng và xám', 'Ông Nguyễn Văn A nhận giấy khen'])('accepts "%s"', (alt) => {
    expect(refused(alt)).toBeUndefined();
  });
});

describe('a date of what has happened', () => {
  /** The real content/ with one story and one document date, checked on a given day: the lines of those two. */
  async function check(storyDate: string, today: string, documentDate?: string): Promise<string[]> {
    const dir = overlay(path.join(INVALID, 'date-not-yet'));
    for (const sub of ['honors/giay-khen-2026-truoc-ngay-ky.yml', 'reports/phong-kinh-te-2026.yml']) fs.rmSync(path.join(dir, sub));
    const story = path.join(dir, 'stories/tin-ngay-chua-toi.md');
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace('date: 2027-03-02', `date: ${storyDate}`));
    if (documentDate) {
      const doc = fs.readdirSync(path.join(dir, 'documents')).find((f) => f.endsWith('.md'))!;
      const file = path.join(dir, 'documents', doc);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^date: .*$/m, `date: ${documentDate}`));
    }
    // Only these two files: the real content/ may hold later entries of its own.
    return (await validateContent(dir, dir, { today })).lines.filter((l) => l.startsWith('stories/tin-ngay-chua-toi.md') || l.startsWith('documents/'));
  }

  it('may be ahead in a draft, checked once it is published', async () => {
    expect(await check('2026-12-08\ndraft: true', '2026-12-07')).toEqual([]);
  });

  it('may be today, not tomorrow', async () => {
    expect(await check('2026-12-07', '2026-12-07')).toEqual([]);
    expect(await check('2026-12-08', '2026-12-07')).toEqual([
      'stories/tin-ngay-chua-toi.md: trường "date": ngày 2026-12-08 chưa tới (hôm nay là 2026-12-07); chỉ ghi ngày việc đã diễn ra (dòng 3)',
    ]);
  });

  it('compares a month-only document date by its month', async () => {
    expect(await check('2026-05-01', '2026-05-31', '2026-05')).toEqual([]);
    const lines = await check('2026-05-01', '2026-05-20', '2026-06');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^documents\/[^:]+\.md: trường "date": ngày 2026-06 chưa tới \(hôm nay là 2026-05-20\)/);
  });
});
