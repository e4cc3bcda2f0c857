/**
 * The CMS as staff use it, in real Chromium against a real decap-server (git mode, editorial
 * workflow) on a temporary git copy of fixtures/demo: log in through the local backend, write a
 * story with a Vietnamese title and an image, move it draft → ready → published, then check the
 * Markdown file, the validator and a rebuilt site. Then an edit of an initiative, a required field
 * left empty, and a rule only the validator can enforce.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../src/cms/server.ts';
import { launchBrowser, screenshotPath, type Browser, type Page } from '../helpers/browser.ts';
import { freePort, serveSite } from '../helpers/server.ts';
import { buildContent, ROOT } from '../helpers/sites.ts';

let work: string;
let siteOut: string;
let cms: CmsServer;
let server: Awaited<ReturnType<typeof serveSite>>;
let browser: Browser;

const git = (...args: string[]) => spawnSync('git', args, { cwd: work, encoding: 'utf8' });


function build(out: string, port: number) {
  const result = buildContent(work, out, { CMS_PORT: String(port) });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
}

function validate() {
  return spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: work } });
}

/** Front matter and body of a Markdown file. */
function readEntry(file: string): { data: Record<string, unknown>; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no front matter in ${file}`);
  return { data: parseYaml(m[1]!) as Record<string, unknown>, body: m[2]! };
}

const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-cms-'));
  fs.cpSync(path.join(ROOT, 'fixtures/demo'), work, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Kiểm thử');
  git('config', 'user.email', 'kiem-thu@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'Nội dung mẫu');
  const port = await freePort();
  siteOut = fs.mkdtempSync(path.join(ROOT, '.tmp/cms-site-'));
  build(siteOut, port);
  cms = await startCmsServer({ contentDir: work, port, quiet: true });
  server = await serveSite(siteOut);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cms?.stop();
  for (const dir of [work, siteOut]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function openCms(path = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  // Decap asks before publishing and before replacing a file: staff say yes.
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Tin bài, câu chuyện thành công' }).first().waitFor();
  if (path) await page.goto(`${server.url}/admin/#${path}`);
  return page;
}

/** Save, then draft → ready → published, as the editorial workflow requires. */
async function saveAndPublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const status = page.getByRole('button', { name: /Trạng thái: Bản nháp/ });
  await status.waitFor();
  await status.click();
  await page.getByRole('menuitem', { name: 'Sẵn sàng' }).click();
  await page.getByRole('button', { name: /Trạng thái: Sẵn sàng/ }).waitFor();
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  await page.getByText('Mục đã được công bố', { exact: true }).waitFor();
}

/** Picks an option of a Decap select (react-select) by its visible label. */
async function choose(page: Page, fieldLabel: string, option: string): Promise<void> {
  await page.getByLabel(fieldLabel, { exact: true }).click({ force: true });
  await page.getByText(option, { exact: true }).click();
}

describe('CMS at /admin/ with decap-server', () => {
  const title = 'Đồng ruộng Vũ Dương đón mùa lúa mới';
  const slug = 'dong-ruong-vu-duong-don-mua-lua-moi';

  it('creates a story with a Vietnamese title and an image, publishes it, and the rebuilt site shows it', async () => {
    const image = path.join(os.tmpdir(), `Lúa mới Vũ Dương ${process.pid}.jpg`);
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#c8a850' } }).jpeg().toFile(image);

    const page = await openCms('/collections/stories/new');
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Ngày đăng').fill('2026-11-20');
    await page.getByLabel('Tóm tắt').fill('Bà con xã Vũ Dương thu hoạch lúa bằng máy gặt đập liên hợp, giảm nhiều công lao động.');
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type=file]').setInputFiles(image);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Cánh đồng lúa chín vàng ở xã Vũ Dương');
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.type('Sáng 20/11, hợp tác xã ra quân gặt lúa bằng máy.');
    await page.screenshot({ path: screenshotPath('cms-story-editor') });
    await saveAndPublish(page);
    await page.context().close();
    fs.rmSync(image);

    // The file, on the main branch, beside its image; ASCII slug with đ → d.
    const file = path.join(work, 'stories', `${slug}.md`);
    expect(fs.existsSync(file)).toBe(true);
    const { data, body } = readEntry(file);
    expect(data.title).toBe(title.normalize('NFC'));
    expect(isoOf(data.date)).toBe('2026-11-20');
    expect(data.imageAlt).toBe('Cánh đồng lúa chín vàng ở xã Vũ Dương');
    expect(data.image).toMatch(/^[a-z0-9-]+\.jpg$/);
    expect(fs.existsSync(path.join(work, 'stories', String(data.image)))).toBe(true);
    expect(data.broadcast).toBe(true);
    expect(data.draft).toBe(false);
    expect(body).toContain('hợp tác xã ra quân gặt lúa');
    expect(git('branch', '--list', 'cms/*').stdout.trim()).toBe('');
    expect(git('status', '--porcelain').stdout.trim()).toBe('');

    const validation = validate();
    expect(validation.stderr).toBe('');
    expect(validation.status).toBe(0);

    // Rebuilt, the story has its page with the optimised image and its description.
    const port = new URL(cms.url).port;
    const rebuilt = fs.mkdtempSync(path.join(ROOT, '.tmp/cms-site-'));
    try {
      build(rebuilt, Number(port));
      const site = await serveSite(rebuilt);
      try {
        const res = await fetch(`${site.url}/tin-tuc/${slug}/`);
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
        expect(html).toMatch(/<img[^>]+alt="Cánh đồng lúa chín vàng ở xã Vũ Dương"/);
      } finally {
        await site.close();
      }
    } finally {
      fs.rmSync(rebuilt, { recursive: true, force: true });
    }
  });

  it('edits an initiative and keeps everything else in the file as it was', async () => {
    const file = path.join(work, 'initiatives', 'camera-an-ninh-ket-noi.md');
    const before = readEntry(file);
    const summary = 'Công an xã cùng nhân dân lắp 48 camera tại các ngã ba, ngã tư liên thôn, kết nối về điểm theo dõi chung của xã.';

    const page = await openCms('/collections/initiatives/entries/camera-an-ninh-ket-noi');
    await page.getByLabel('Tóm tắt').fill(summary);
    await saveAndPublish(page);
    await page.context().close();

    const after = readEntry(file);
    expect(after.data.summary).toBe(summary);
    expect({ ...after.data, summary: undefined }).toEqual({ ...before.data, summary: undefined });
    expect(after.body.trim()).toBe(before.body.trim());
    expect(validate().status).toBe(0);
  });

  it('refuses to save a story whose required fields are empty', async () => {
    const page = await openCms('/collections/stories/new');
    await page.getByLabel('Tiêu đề').fill('Tin chưa đủ nội dung');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Tóm tắt bắt buộc nhập.').waitFor();
    await page.getByText('Ngày đăng bắt buộc nhập.').waitFor();
    await page.screenshot({ path: screenshotPath('cms-required-refused') });
    await page.context().close();
    expect(fs.existsSync(path.join(work, 'stories', 'tin-chua-du-noi-dung.md'))).toBe(false);
    expect(git('branch', '--list', 'cms/*').stdout.trim()).toBe('');
  });

  it('lets the validator catch, with the same message as a hand-edited file, a rule the form cannot express', async () => {
    const page = await openCms('/collections/honors/entries/so-ket-giai-doan-1-bo-sung-2028');
    await choose(page, 'Hình thức', 'Cờ thi đua của Tỉnh');
    await saveAndPublish(page);
    await page.context().close();

    const result = validate();
    expect(result.status).toBe(1);
    const handEdited = fs.readFileSync(path.join(ROOT, 'fixtures/invalid/so-ket-wrong-form/expected.txt'), 'utf8').trim();
    const message = handEdited.slice(handEdited.indexOf(': ') + 2);
    expect(result.stderr).toContain(`honors/so-ket-giai-doan-1-bo-sung-2028.yml: ${message}`);
  });
});
