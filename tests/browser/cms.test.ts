/**
 * Staff publishing from their own browser: real Chromium against `npm start` (the publishing
 * server) on a temporary git copy of fixtures/demo. A wrong password is refused in Vietnamese and
 * the sixth attempt locked; an editor writes a story with an image, saves, sends it for review and
 * cannot publish (the server answers 403); a publisher publishes it and the same server serves its
 * page within 60 s, while a loop asking for `/` every 50 ms never gets an error or a partial
 * page; the commit's author is the publisher. Then a rule only the validator knows, refused at
 * save with the validator's own line, shown in the CMS; the staff bar, which covers no part of
 * Decap on a phone or a desktop; and the editor on a phone, where a story is written and saved.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, screenshotPath, type Browser, type Page } from '../helpers/browser.ts';
import { startPublishingServer, type PublishingServer } from '../helpers/publishing-server.ts';

let server: PublishingServer;
let browser: Browser;
const accounts = [
  { name: 'bientap', role: 'editor' as const, password: 'mat-khau-bien-tap' },
  { name: 'xuatban', role: 'publisher' as const, password: 'mat-khau-xuat-ban' },
];

beforeAll(async () => {
  server = await startPublishingServer({ accounts });
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  // Decap asks before publishing and before replacing a file: staff say yes.
  page.on('dialog', (d) => void d.accept());
  return page;
}

async function logIn(page: Page, name: string, password: string): Promise<void> {
  await page.goto(`${server.url}/admin/`);
  await page.getByLabel('Tên đăng nhập').fill(name);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function openCms(name: string, password: string, hash = '', viewport?: { width: number; height: number }): Promise<Page> {
  const page = await newPage(viewport);
  await logIn(page, name, password);
  await page.getByRole('link', { name: 'Tin bài, câu chuyện thành công' }).first().waitFor({ timeout: 60_000 });
  if (hash) await page.goto(`${server.url}/admin/#${hash}`);
  return page;
}

async function setStatus(page: Page, from: RegExp, to: string): Promise<void> {
  const status = page.getByRole('button', { name: from });
  await status.waitFor();
  await status.click();
  await page.getByRole('menuitem', { name: to }).click();
  await page.getByRole('button', { name: new RegExp(`Trạng thái: ${to}`) }).waitFor();
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
}

describe('the CMS on the publishing server', () => {
  const title = 'Đồng ruộng Vũ Dương đón mùa lúa mới';
  const slug = 'dong-ruong-vu-duong-don-mua-lua-moi';

  it('refuses a wrong password in Vietnamese and locks the sixth attempt', async () => {
    const page = await newPage();
    for (let i = 1; i <= 5; i++) {
      await logIn(page, 'bientap', 'khong-dung-mat-khau');
      await page.getByRole('alert').waitFor();
    }
    expect(await page.getByRole('alert').textContent()).toContain('tạm khóa');
    await logIn(page, 'bientap', 'khong-dung-mat-khau');
    expect(await page.getByRole('alert').textContent()).toContain('tạm khóa');
    await page.screenshot({ path: screenshotPath('cms-login-locked') });
    await page.context().close();
  }, 120_000);

  it('lets an editor write and send a story for review but not publish it; a publisher publishes and the page is live within 60 s', async () => {
    // The lock above is per account and address: the editor of this test is another account.
    const image = path.join(os.tmpdir(), `Lúa mới Vũ Dương ${process.pid}.jpg`);
    await sharp({ create: { width: 800, height: 500, channels: 3, background: '#c8a850' } }).jpeg().toFile(image);
    const editorName = 'bientap2';
    const { StaffStore } = await import('../../src/server/staff.ts');
    await new StaffStore(path.join(server.stateDir, 'staff.json')).add(editorName, 'editor', 'mat-khau-bien-tap-2');

    const page = await openCms(editorName, 'mat-khau-bien-tap-2', '/collections/stories/new');
    await page.getByLabel('Tiêu đề').fill(title);
    await page.getByLabel('Ngày đăng').fill('2026-11-20');
    await page.getByLabel('Tóm tắt').fill('Bà con xã Vũ Dương thu hoạch lúa bằng máy gặt đập liên hợp, giảm nhiều công lao động.');
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page.locator('input[type=file]').setInputFiles(image);
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.getByLabel('Mô tả ảnh').fill('Cánh đồng lúa chín vàng ở xã Vũ Dương');
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.type('Sáng 20/11, hợp tác xã ra quân gặt lúa bằng máy.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await setStatus(page, /Trạng thái: Bản nháp/, 'Đang xét duyệt');
    await setStatus(page, /Trạng thái: Đang xét duyệt/, 'Sẵn sàng');
    await page.screenshot({ path: screenshotPath('cms-editor-ready') });
    fs.rmSync(image);

    // The editor tries to publish: the server refuses, the CMS shows why, main does not move.
    const before = server.git('rev-parse', 'main').trim();
    await publishNow(page);
    await page.getByText(/Chỉ cán bộ có quyền xuất bản/).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('cms-editor-refused') });
    expect(server.git('rev-parse', 'main').trim()).toBe(before);
    await page.context().close();

    // A publisher publishes it; meanwhile a resident keeps loading the home page.
    const loop = { stop: false, errors: [] as string[], requests: 0 };
    const hammer = (async () => {
      while (!loop.stop) {
        const res = await fetch(`${server.url}/`).catch((e: Error) => e);
        loop.requests++;
        if (res instanceof Error) loop.errors.push(res.message);
        else {
          const html = await res.text();
          if (res.status !== 200 || !html.trimEnd().endsWith('</html>')) loop.errors.push(`${res.status} (${html.length} B)`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const publisher = await openCms('xuatban', 'mat-khau-xuat-ban', `/collections/stories/entries/${slug}`);
    await publisher.getByRole('button', { name: /Trạng thái: Sẵn sàng/ }).waitFor();
    await publishNow(publisher);
    await publisher.getByText('Mục đã được công bố', { exact: true }).waitFor();
    const published = Date.now();
    let live = 0;
    for (;;) {
      const res = await fetch(`${server.url}/tin-tuc/${slug}/`);
      if (res.status === 200) {
        const html = await res.text();
        expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
        expect(html).toMatch(/<img[^>]+alt="Cánh đồng lúa chín vàng ở xã Vũ Dương"/);
        live = Date.now() - published;
        break;
      }
      if (Date.now() - published > 60_000) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    loop.stop = true;
    await hammer;
    console.log(`publish → live: ${live} ms; ${loop.requests} requests to / meanwhile`);
    expect(live, 'the story page is served within 60 s').toBeGreaterThan(0);
    // The staff bar says when the public site last updated.
    await publisher.goto(`${server.url}/admin/`);
    const bar = publisher.locator('.vd-staff-bar');
    await bar.waitFor({ timeout: 60_000 });
    await publisher.waitForFunction(() => /cập nhật lúc/.test(document.querySelector('.vd-staff-bar')?.textContent ?? ''), undefined, { timeout: 60_000 }).catch(() => undefined);
    await publisher.screenshot({ path: screenshotPath('cms-published-status') });
    expect(await bar.textContent()).toMatch(/Trang công khai cập nhật lúc \d{2}:\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}\./);
    await publisher.context().close();
    expect(loop.errors).toEqual([]);
    expect(loop.requests).toBeGreaterThan(20);
    expect(server.git('log', '-1', '--format=%an', 'main').trim()).toBe('xuatban');
    const files = server.git('ls-tree', '--name-only', 'main', 'stories/').split('\n');
    expect(files).toContain(`stories/${slug}.md`);
    expect(files.some((f) => /^stories\/[a-z0-9-]+\.jpg$/.test(f))).toBe(true);
  }, 300_000);

  it('refuses at save, with the validator line shown in the CMS, a rule the form cannot express', async () => {
    const page = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/honors/entries/so-ket-giai-doan-1-bo-sung-2028');
    await page.getByLabel('Hình thức', { exact: true }).click({ force: true });
    await page.getByText('Cờ thi đua của Tỉnh', { exact: true }).click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const handEdited = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/invalid/so-ket-wrong-form/expected.txt'), 'utf8').trim();
    const message = handEdited.slice(handEdited.indexOf(': ') + 2);
    await page.getByText(new RegExp(`honors/so-ket-giai-doan-1-bo-sung-2028.yml: ${message.replace(/[()]/g, '\\$&')}`)).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('cms-save-refused') });
    await page.context().close();
    expect(server.git('branch', '--list', 'cms/honors/*').trim()).toBe('');
  }, 120_000);

  it('shows the entry its address names when only the address changes, as when staff paste another entry\'s address into the editor', async () => {
    const page = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/stories/new');
    const title = page.getByLabel('Tiêu đề');
    await title.waitFor();
    // From a new entry's empty form, and from one entry to another.
    await page.evaluate(() => (location.hash = '#/collections/stories/entries/cho-que-quet-ma-qr'));
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('Chợ quê quét mã QR');
    await page.evaluate(() => (location.hash = '#/collections/stories/entries/mot-cua-so-hoa'));
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('Một cửa số hóa, người dân bớt phải đi lại');
    // Back to the first entry, and to a list: each shows what its address names.
    await page.goBack();
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('Chợ quê quét mã QR');
    // With an unsaved change, Decap asks first. Staff who stay keep their change, under its own entry's address.
    const edited = 'Chợ quê quét mã QR, bản đang sửa';
    await title.fill(edited);
    page.removeAllListeners('dialog');
    const asked: string[] = [];
    const answerOnce = (answer: 'accept' | 'dismiss') =>
      page.once('dialog', (d) => {
        asked.push(d.type());
        void d[answer]();
      });
    answerOnce('dismiss');
    await page.evaluate(() => (location.hash = '#/collections/stories/entries/mot-cua-so-hoa'));
    await expect.poll(() => asked, { timeout: 30_000 }).toEqual(['beforeunload']);
    await expect.poll(() => page.url()).toMatch(/#\/collections\/stories\/entries\/cho-que-quet-ma-qr$/);
    expect(await title.inputValue()).toBe(edited);
    // Staff who leave get the other entry.
    answerOnce('accept');
    await page.evaluate(() => (location.hash = '#/collections/stories/entries/mot-cua-so-hoa'));
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('Một cửa số hóa, người dân bớt phải đi lại');
    expect(asked).toEqual(['beforeunload', 'beforeunload']);
    await page.evaluate(() => (location.hash = '#/collections/stories'));
    await page.getByRole('link', { name: /Chợ quê quét mã QR/ }).first().waitFor({ timeout: 30_000 });
    // Decap's own move, from a new entry to the entry it has just saved, is not a reload.
    page.on('dialog', (d) => void d.accept());
    await page.evaluate(() => (location.hash = '#/collections/stories/new'));
    await title.fill('Tin soạn xong lưu ngay không tải lại');
    await page.getByLabel('Ngày đăng').fill('2026-11-22');
    await page.getByLabel('Tóm tắt').fill('Lưu tin mới xong, trình soạn thảo chuyển sang địa chỉ của tin đó mà không tải lại trang.');
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.type('Tin lưu một lần.');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: /Trạng thái: Bản nháp/ }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.url()).toMatch(/#\/collections\/stories\/entries\/tin-soan-xong-luu-ngay-khong-tai-lai$/);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await title.inputValue()).toBe('Tin soạn xong lưu ngay không tải lại');
    await page.context().close();
  }, 120_000);

  it('previews an honor, a report, a unit and a criteria group by the names of their values and related entries, not their codes', async () => {
    const preview = async (entry: string, wanted: string) => {
      const page = await openCms('xuatban', 'mat-khau-xuat-ban', `/collections/${entry}`);
      const pane = page.frameLocator('#preview-pane');
      await pane.getByText(wanted).first().waitFor({ timeout: 30_000 });
      const text = await pane.locator('body').innerText();
      if (entry.startsWith('honors/')) await page.screenshot({ path: screenshotPath('cms-preview-honor') });
      await page.context().close();
      return text;
    };
    // The initiative's title is read from its collection after the first drawing.
    const honor = await preview('honors/entries/so-ket-giai-doan-1-bo-sung-2028', 'Camera an ninh kết nối tại các tuyến đường liên thôn');
    expect(honor).toContain('Khen thưởng sơ kết · Năm 2028 · Giấy khen của Chủ tịch UBND xã');
    expect(honor).toContain('Đề nghị — chưa phải quyết định khen thưởng');
    expect(honor).toContain('Tập thể');
    expect(honor).not.toMatch(/\b(so-ket|de-nghi|tap-the|giay-khen-chu-tich-ubnd-xa|camera-an-ninh-ket-noi)\b/);
    const report = await preview('reports/entries/cong-an-xa-2026', 'Công an xã · 2026');
    expect(report).toContain('Ngày nhận báo cáo');
    expect(report).toMatch(/\d{2}\/\d{2}\/2026/);
    expect(report).not.toMatch(/\bcong-an-xa\b/);
    const unit = await preview('units/entries/cong-an-xa', 'Loại đơn vị');
    expect(unit).not.toMatch(/\bcong-an\b/);
    const criteria = await preview('criteria/entries/1-1', 'Phòng chuyên môn');
    expect(criteria).not.toMatch(/\b(phong-chuyen-mon|thon-xom|cong-an)\b/);
  }, 180_000);

  it('keeps the staff bar clear of Decap: the editor and the end of a list stay above it, on a phone and a desktop', async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      const page = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/stories/new', viewport);
      await page.getByLabel('Tiêu đề').waitFor();
      await page.locator('.vd-staff-bar button').waitFor();
      // Decap's root, and every scrolling pane of it, end where the bar begins.
      const covered = () =>
        page.evaluate(() => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          const top = document.querySelector('.vd-staff-bar')!.getBoundingClientRect().top + 1;
          const root = document.getElementById('nc-root')!;
          const panes = [root, ...root.querySelectorAll('*')].filter(
            (el) => el === root || (/auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1),
          );
          return panes.filter((el) => el.getBoundingClientRect().bottom > top).map((el) => `${el.id || el.className} ends at ${Math.round(el.getBoundingClientRect().bottom)}, bar at ${Math.round(top)}`);
        });
      expect(await covered(), `editor at ${viewport.width}px`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`cms-bar-editor-${viewport.width}`) });
      await page.goto(`${server.url}/admin/#/collections/initiatives`);
      await page.getByRole('link', { name: /Tạo bài thuộc loại/ }).waitFor();
      expect(await covered(), `list at ${viewport.width}px`).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('fits the editor to a phone: nothing off the side, the toolbar above the form, a story saved there; a desktop keeps the preview', async () => {
    const page = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/stories/new', { width: 360, height: 740 });
    const titleField = page.getByLabel('Tiêu đề');
    await titleField.waitFor();
    // Every control Decap shows, left to right within the screen; the page itself no wider than it.
    const offScreen = () =>
      page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        outside: [...document.querySelectorAll('#nc-root :is(button, a, input, textarea, select, [contenteditable=true])')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5);
          })
          .map((el) => `${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" at ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}`),
      }));
    expect(await offScreen(), 'new story at 360 px').toEqual({ width: 360, outside: [] });
    expect((await titleField.boundingBox())!.width).toBeGreaterThan(300);
    await titleField.fill('Cán bộ thôn soạn tin trên điện thoại');
    await page.getByLabel('Ngày đăng').fill('2026-11-21');
    await page.getByLabel('Tóm tắt').fill('Tin bài được soạn và lưu ngay trên màn hình điện thoại của cán bộ thôn.');
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.type('Chiều 21/11, cán bộ thôn soạn tin này trên điện thoại.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // Saved: the workflow's status and publish controls join the toolbar, still on the screen.
    await page.getByRole('button', { name: /Trạng thái: Bản nháp/ }).waitFor();
    // The "saved" notice slides in from the right (its close button starts at x≈1,320): polled, so
    // only where things settle counts.
    await expect.poll(offScreen, { message: 'saved story at 360 px', timeout: 5_000 }).toEqual({ width: 360, outside: [] });
    await page.screenshot({ path: screenshotPath('cms-editor-phone-saved') });
    await page.context().close();

    const desktop = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/stories/new', { width: 1280, height: 800 });
    await desktop.getByLabel('Tiêu đề').waitFor();
    expect(await desktop.locator('.SplitPane > .Pane2').isVisible(), 'preview pane at 1280 px').toBe(true);
    await desktop.context().close();
  }, 120_000);

  it('keeps the bold, lists, links and tables of a paste from Word, and saves them as Markdown the validator accepts', async () => {
    const page = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/stories/new');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByLabel('Tiêu đề').fill('Kết quả thôn thông minh dán từ Word');
    await page.getByLabel('Ngày đăng').fill('2026-11-22');
    await page.getByLabel('Tóm tắt').fill('Bảng số hộ dùng dịch vụ công và các việc đã làm, dán nguyên từ văn bản Word của thôn.');
    // What Word puts on the clipboard (fixtures/paste/word.html), pasted with Ctrl+V. Decap alone
    // made it one paragraph per cell, "·" before each item, no bold, and "Thônthông minh".
    const word = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/paste/word.html'), 'utf8');
    await page.evaluate(async (html) => {
      const item = (text: string, type: string) => new Blob([text], { type });
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': item(html, 'text/html'), 'text/plain': item('Kết quả sau một năm', 'text/plain') })]);
    }, word);
    await page.locator('[contenteditable=true]').click();
    await page.keyboard.press('Control+V');
    const editor = page.locator('[contenteditable=true]');
    await editor.locator('table').waitFor({ timeout: 10_000 });
    expect(await editor.locator('table tr').count()).toBe(3);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: /Trạng thái: Bản nháp/ }).waitFor({ timeout: 30_000 });
    const saved = server.git('show', 'cms/stories/ket-qua-thon-thong-minh-dan-tu-word:stories/ket-qua-thon-thong-minh-dan-tu-word.md');
    const body = saved.slice(saved.indexOf('\n---', 3) + 4).trim();
    expect(body).toContain('**Kết quả** sau một năm triển khai mô hình *“Thôn thông minh”*:');
    expect(body).toMatch(/^\| \*\*Thôn\*\* +\| \*\*Số hộ dùng dịch vụ công\*\* \|$/m);
    expect(body).toMatch(/^\| Thôn Đông +\| 120 +\|$/m);
    expect(body).toMatch(/^[-*] Lắp camera an ninh ở \*\*12\*\* điểm;$/m);
    expect(body).toMatch(/^ +[-*] kết nối về Công an xã;$/m);
    expect(body).toMatch(/^1\. Đăng ký tài khoản định danh;$/m);
    expect(body).toMatch(/^a\) Hộ gia đình;$/m);
    expect(body).toMatch(/^1\.1\. Đối với các thôn;$/m);
    expect(body).toContain('[Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn/) và mục 2.');
    // Word's own markup and its list bullets stay out.
    expect(body).not.toMatch(/mso|o:p|·|chữ ẩn|_Toc|&nbsp;/);
    // Into a cell, the same paste is its text on one line: no table or paragraphs inside the cell.
    // After the save Decap may draw the editor again (a fresh-clone run clicked the cell it was
    // replacing): click and paste until the cell holds the paste, once.
    const pasted = editor.locator('td').filter({ hasText: 'Kết quả sau một năm' });
    await expect
      .poll(async () => {
        if ((await pasted.count()) === 0) {
          await editor.locator('td').filter({ hasText: 'Thôn Tây' }).click();
          await page.keyboard.press('Control+V');
        }
        return pasted.count();
      }, { timeout: 20_000, interval: 500 })
      .toBe(1);
    expect(await editor.locator('table').count()).toBe(1);
    expect(await editor.locator('td p, td table, td ul').count()).toBe(0);

    // Official text is edited in Markdown mode only, a Slate editor of plain lines: there the
    // paste stays Decap's, the clipboard's plain text line by line, and no table or list of nodes
    // is put among its lines.
    await page.context().close();
    const official = await openCms('xuatban', 'mat-khau-xuat-ban', '/collections/criteria/entries/1-1');
    await official.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const raw = official.locator('[contenteditable=true]');
    await raw.getByText('Hoàn thành có chất lượng', { exact: false }).first().waitFor();
    const plain = 'Thôn\tSố hộ dùng dịch vụ công\nThôn Đông\t120';
    await official.evaluate(async ({ html, plain }) => {
      const item = (text: string, type: string) => new Blob([text], { type });
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': item(html, 'text/html'), 'text/plain': item(plain, 'text/plain') })]);
    }, { html: word, plain });
    await raw.locator('div[data-slate-node=element]').first().click();
    await official.keyboard.press('Home');
    await official.keyboard.press('Control+V');
    const lines = () => raw.evaluate((el) => [...el.children].map((line) => `${line.tagName} ${(line as HTMLElement).innerText.replace(/\n$/, '')}`));
    await expect.poll(async () => (await lines()).some((line) => line.includes('Thôn Đông'))).toBe(true);
    const [first, second, ...rest] = await lines();
    expect(first).toBe('DIV Thôn\tSố hộ dùng dịch vụ công');
    expect(second).toBe('DIV Thôn Đông\t120');
    expect(rest.filter((line) => !line.startsWith('DIV '))).toEqual([]);
    expect(rest.some((line) => line.startsWith('DIV - Hoàn thành có chất lượng'))).toBe(true);
    expect(await raw.locator('table, ul, ol, strong').count()).toBe(0);
    await official.context().close();
  }, 120_000);

  it('has a login page and a staff bar without axe violations at WCAG 2.1 AA, on a phone and a desktop', async () => {
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      const page = await newPage(viewport);
      await page.goto(`${server.url}/admin/`);
      expect(await axeViolations(page), `login page at ${viewport.width}px`).toEqual([]);
      await logIn(page, 'xuatban', 'sai-mat-khau');
      await page.getByRole('alert').waitFor();
      expect(await axeViolations(page), `login refused at ${viewport.width}px`).toEqual([]);
      await logIn(page, 'xuatban', 'mat-khau-xuat-ban');
      await page.locator('.vd-staff-bar button').waitFor({ timeout: 60_000 });
      expect(await axeViolations(page, '.vd-staff-bar'), `staff bar at ${viewport.width}px`).toEqual([]);
      await page.context().close();
    }
  }, 120_000);
});
