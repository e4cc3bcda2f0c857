/**
 * The publishing server over HTTP, as an attacker and as staff would meet it (`npm start` on a
 * temporary git copy of fixtures/demo, starting from the already built demo site): the public
 * site with its headers, the login and its lock, the CMS backend refusing requests without a
 * session, with a foreign Host or Origin, with paths outside the content folders, with content
 * the validator refuses, with an upload too large, and an editor who tries to publish. After
 * each refusal the repository is checked: nothing was written. After a publication the content
 * repository's checkout follows it, except a file changed there by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSite } from '../helpers/sites.ts';
import { request, startPublishingServer, type PublishingServer } from '../helpers/publishing-server.ts';

let server: PublishingServer;
const accounts = [
  { name: 'bientap', role: 'editor' as const, password: 'mat-khau-bien-tap' },
  { name: 'xuatban', role: 'publisher' as const, password: 'mat-khau-xuat-ban' },
  { name: 'khoa', role: 'editor' as const, password: 'mat-khau-dung-roi' },
];

beforeAll(async () => {
  server = await startPublishingServer({ accounts, seedSite: ensureSite('demo') });
}, 600_000);
afterAll(async () => server?.stop());

const origin = () => ({ origin: server.url });

/** Logs in; returns the session cookie. */
async function login(name: string, password: string): Promise<string> {
  const res = await request(server.url, 'POST', '/admin/dang-nhap', {
    headers: { ...origin(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name, password }).toString(),
  });
  expect(res.status, res.body).toBe(303);
  const cookie = String(res.headers['set-cookie']?.[0] ?? '');
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Strict/i);
  return cookie.split(';')[0]!;
}

function api(cookie: string | undefined, action: string, params: Record<string, unknown>, headers: Record<string, string> = origin()) {
  return request(server.url, 'POST', '/admin/api/v1', {
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
  });
}

const head = () => server.git('rev-parse', 'main').trim();
const branches = () => server.git('for-each-ref', '--format=%(refname)', 'refs/heads/').trim().split('\n');

function saveStory(cookie: string, path: string, raw: string, assets: unknown[] = []) {
  return api(cookie, 'persistEntry', {
    dataFiles: [{ slug: path.split('/').pop()!.replace(/\.md$/, ''), path, raw }],
    assets,
    options: { collectionName: 'stories', useWorkflow: true, status: 'draft', commitMessage: 'Lưu' },
  });
}

const story = (title: string) => `---\ntitle: ${title}\ndate: 2026-11-20\nsummary: Bản tin thử nghiệm đăng qua máy chủ xuất bản của xã Vũ Dương.\n---\n\nNội dung.\n`;

describe('the public site served by npm start', () => {
  it('answers with the page, the headers of _headers, compression and long caching for hashed assets', async () => {
    const res = await request(server.url, 'GET', '/ke-hoach/', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('no-cache');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec((await request(server.url, 'GET', '/ke-hoach/')).body)![1]!;
    expect((await request(server.url, 'GET', css)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves its own 404 page, ranges of a file, and never the _headers file or a dotfile', async () => {
    const missing = await request(server.url, 'GET', '/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('lang="vi"');
    const range = await request(server.url, 'GET', '/rss.xml', { headers: { range: 'bytes=0-9' } });
    expect(range.status).toBe(206);
    expect(range.body).toHaveLength(10);
    expect((await request(server.url, 'GET', '/_headers')).status).toBe(404);
    expect((await request(server.url, 'GET', '/.git/config')).status).toBe(404);
  });

  it('refuses a foreign Host (DNS rebinding) on every path', async () => {
    for (const p of ['/', '/admin/', '/admin/api/v1']) {
      const res = await request(server.url, 'GET', p, { headers: { host: 'evil.example' } });
      expect(res.status, p).toBe(403);
    }
  });
});

describe('logging in at /admin/', () => {
  it('shows the Vietnamese login page until there is a session', async () => {
    const res = await request(server.url, 'GET', '/admin/');
    expect(res.status).toBe(200);
    for (const word of ['Tên đăng nhập', 'Mật khẩu', 'Đăng nhập']) expect(res.body).toContain(word);
    expect(res.body).not.toContain('cms-config-url');
  });

  it('refuses a wrong password in Vietnamese and locks the account on the sixth attempt', async () => {
    const attempt = (password: string) =>
      request(server.url, 'POST', '/admin/dang-nhap', {
        headers: { ...origin(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ name: 'khoa', password }).toString(),
      });
    for (let i = 1; i <= 4; i++) {
      const res = await attempt('sai-mat-khau');
      expect(res.status).toBe(401);
      expect(res.body).toContain('Sai tên đăng nhập hoặc mật khẩu');
    }
    expect((await attempt('sai-mat-khau')).body).toContain('tạm khóa');
    // Even the right password is refused while the lock lasts.
    const sixth = await attempt('mat-khau-dung-roi');
    expect(sixth.status).toBe(429);
    expect(sixth.body).toContain('tạm khóa');
    expect(server.output()).toContain('"what":"đăng nhập sai"');
  }, 60_000);
});

describe('the CMS backend at /admin/api/v1', () => {
  let editor: string;
  let publisher: string;
  beforeAll(async () => {
    editor = await login('bientap', 'mat-khau-bien-tap');
    publisher = await login('xuatban', 'mat-khau-xuat-ban');
  });

  it('answers 401 without a session and 403 to a foreign Origin', async () => {
    expect((await api(undefined, 'info', {})).status).toBe(401);
    const foreign = await api(editor, 'info', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const lookalike = await api(editor, 'info', {}, { origin: `${server.url}.evil.example` });
    expect(lookalike.status).toBe(403);
    const crossSite = await api(editor, 'info', {}, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect((await api(editor, 'info', {})).status).toBe(200);
  });

  it('refuses to write package.json, .git/config, ../x or an absolute path, and writes nothing', async () => {
    const before = { head: head(), branches: branches() };
    for (const p of ['package.json', '.git/config', '../x', '/etc/passwd', 'stories/../../x.md', 'stories/.an.md', 'stories/README.md', 'scripts/build.ts']) {
      const res = await saveStory(publisher, p, story('Thử'));
      expect(res.status, p).toBe(403);
      expect(JSON.parse(res.body).error, p).toMatch(/^Không được ghi vào/);
    }
    const image = { path: '.git/hooks/pre-commit', content: Buffer.from('#!/bin/sh\n').toString('base64'), encoding: 'base64' };
    expect((await saveStory(publisher, 'stories/thu.md', story('Thử'), [image])).status).toBe(403);
    expect({ head: head(), branches: branches() }).toEqual(before);
  });

  it('reads only what staff may write: no package.json, .git/config or file outside the content folder', async () => {
    for (const p of ['package.json', '.git/config', '../etc/passwd']) {
      expect((await api(editor, 'getEntry', { path: p })).status, p).toBe(403);
      expect((await api(editor, 'getMediaFile', { path: p })).status, p).toBe(403);
    }
    expect((await api(editor, 'entriesByFolder', { folder: '.git', extension: 'md', depth: 1 })).status).toBe(403);
    const ok = await api(editor, 'getEntry', { path: 'stories/cho-que-quet-ma-qr.md' });
    expect(ok.status).toBe(200);
  });

  it('refuses a sơ kết honor with Cờ thi đua with the validator line, and commits nothing', async () => {
    const before = { head: head(), branches: branches() };
    const raw = [
      'title: Khen thưởng sơ kết thử', 'decision:', '  number: 12/QĐ-UBND', '  date: 2027-12-20', '  issuer: Chủ tịch Ủy ban nhân dân xã Vũ Dương',
      'period: so-ket', 'year: 2027', 'form: co-thi-dua-tinh', 'status: de-nghi', 'recipients:', '  - kind: tap-the', '    name: Phòng Văn hóa - Xã hội',
      '    unit: phong-van-hoa-xa-hoi', '    achievement: Hoàn thành xuất sắc nhiệm vụ.', '',
    ].join('\n');
    const res = await api(editor, 'persistEntry', {
      dataFiles: [{ slug: 'so-ket-thu', path: 'honors/so-ket-thu.yml', raw }],
      assets: [],
      options: { collectionName: 'honors', useWorkflow: true, status: 'draft' },
    });
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body).error).toContain('honors/so-ket-thu.yml: trường "form": khen thưởng sơ kết chỉ có Giấy khen của Chủ tịch UBND xã');
    expect({ head: head(), branches: branches() }).toEqual(before);
  });

  it('refuses a story with a table pasted as HTML, naming the line, and commits nothing', async () => {
    const before = { head: head(), branches: branches() };
    const raw = story('Số hộ phân loại rác').replace('Nội dung.\n', 'Nội dung.\n\n<table><tr><td>Thôn Đông</td><td>120 hộ</td></tr></table>\n');
    const res = await saveStory(editor, 'stories/bang-html.md', raw);
    expect(res.status).toBe(422);
    expect(JSON.parse(res.body).error).toContain('stories/bang-html.md: trường "body": có khối mã HTML “<table>');
    expect(JSON.parse(res.body).error).toContain('(dòng 9)');
    expect({ head: head(), branches: branches() }).toEqual(before);
  });

  it('lets a publisher upload an image outside an entry, and refuses it to an editor', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#88aa55' } }).jpeg().toBuffer();
    const asset = { path: 'stories/anh-tai-len.jpg', content: jpeg.toString('base64'), encoding: 'base64' };
    const options = { commitMessage: 'Tải ảnh' };
    expect((await api(editor, 'persistMedia', { asset, options })).status).toBe(403);
    const res = await api(publisher, 'persistMedia', { asset, options });
    expect(res.status, res.body).toBe(200);
    expect(server.git('ls-tree', '--name-only', 'main', 'stories/')).toContain('stories/anh-tai-len.jpg');
    expect(server.git('log', '-1', '--format=%an', 'main').trim()).toBe('xuatban');
    expect(fs.readFileSync(path.join(server.work, 'stories/anh-tai-len.jpg')).equals(jpeg)).toBe(true);
  });

  it('refuses an oversized upload with a Vietnamese message', async () => {
    const big = { path: 'stories/anh-lon.jpg', content: Buffer.alloc(21 * 1024 * 1024).toString('base64'), encoding: 'base64' };
    const res = await saveStory(editor, 'stories/thu.md', story('Thử ảnh lớn'), [big]);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toMatch(/lớn hơn \d+ MB/);
    expect(branches()).not.toContain('refs/heads/cms/stories/thu');
  });

  it('lets an editor save and send for review, refuses the editor publishing (403), and commits as the publisher', async () => {
    const saved = await saveStory(editor, 'stories/tin-thu-quyen.md', story('Tin thử quyền xuất bản'));
    expect(saved.status, saved.body).toBe(200);
    expect(branches()).toContain('refs/heads/cms/stories/tin-thu-quyen');
    expect(server.git('log', '-1', '--format=%an', 'cms/stories/tin-thu-quyen').trim()).toBe('bientap');
    const key = { collection: 'stories', slug: 'tin-thu-quyen' };
    expect((await api(editor, 'updateUnpublishedEntryStatus', { ...key, newStatus: 'pending_publish' })).status).toBe(200);
    expect(JSON.parse((await api(editor, 'unpublishedEntry', key)).body).status).toBe('pending_publish');
    const before = head();
    const refused = await api(editor, 'publishUnpublishedEntry', key);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error).toContain('Chỉ cán bộ có quyền xuất bản');
    expect((await api(editor, 'deleteFile', { path: 'stories/tin-thu-quyen.md', options: { commitMessage: 'x' } })).status).toBe(403);
    expect(head()).toBe(before);
    const published = await api(publisher, 'publishUnpublishedEntry', key);
    expect(published.status, published.body).toBe(200);
    expect(server.git('log', '-1', '--format=%an', 'main').trim()).toBe('xuatban');
    expect(server.git('show', 'main:stories/tin-thu-quyen.md')).toContain('Tin thử quyền xuất bản');
    expect(branches()).not.toContain('refs/heads/cms/stories/tin-thu-quyen');
    // The content repository is a checkout of main: it follows the publication, with nothing else in it.
    expect(fs.readFileSync(path.join(server.work, 'stories/tin-thu-quyen.md'), 'utf8')).toBe(server.git('show', 'main:stories/tin-thu-quyen.md'));
    expect(server.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('leaves a file changed in the checkout as it is, names it in the log, and still publishes', async () => {
    const file = 'stories/cho-que-quet-ma-qr.md';
    const local = `${fs.readFileSync(path.join(server.work, file), 'utf8')}\nSửa tại chỗ trên máy chủ.\n`;
    fs.writeFileSync(path.join(server.work, file), local);
    const raw = server.git('show', `main:${file}`).replace(/^title: .*$/m, 'title: Chợ quê quét mã QR (cập nhật)');
    const res = await api(publisher, 'persistEntry', { dataFiles: [{ slug: 'cho-que-quet-ma-qr', path: file, raw }], assets: [], options: { useWorkflow: false, commitMessage: 'Sửa tiêu đề' } });
    expect(res.status, res.body).toBe(200);
    expect(server.git('show', `main:${file}`)).toContain('(cập nhật)');
    expect(fs.readFileSync(path.join(server.work, file), 'utf8')).toBe(local);
    const line = server.output().split('\n').find((l) => l.includes('thư mục làm việc') && l.includes(file));
    expect(line, server.output().slice(-2000)).toBeDefined();
    expect(JSON.parse(line!).who).toBe('xuatban');
  });
});
