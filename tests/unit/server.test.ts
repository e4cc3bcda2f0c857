/** The publishing server's pure parts: which paths the CMS may write, `_headers` rules, the login throttle. */
import { describe, expect, it } from 'vitest';
import { checkWritePath, isCollectionFolder, PathRefused } from '../../src/server/content-paths.ts';
import { headersFor, parseHeaders } from '../../src/server/headers.ts';
import { LOCK_AFTER, LOCK_MS, LoginThrottle } from '../../src/server/throttle.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowedHosts, buildServer } from '../../src/server/app.ts';
import type { LiveSite, SiteStatus } from '../../src/server/live-site.ts';
import { StaffStore } from '../../src/server/staff.ts';
import words from '../../src/i18n/vi/server.ts';
import { headersFile } from '../../src/lib/security.ts';

describe('checkWritePath', () => {
  it.each([
    ['content/stories/tin-moi.md', 'entry'],
    ['content/stories/tin-moi.jpg', 'media'],
    ['content/initiatives/ban-do-so.md', 'entry'],
    ['content/units/thon-a.yml', 'entry'],
    ['content/site.yml', 'root'],
    ['content/tu-viet-tat.yml', 'root'],
  ])('accepts %s as %s', (p, kind) => {
    expect(checkWritePath(p, 'content').kind).toBe(kind);
  });

  it.each([
    'package.json', '.git/config', 'content/../package.json', '../x', '/etc/passwd', 'content//stories/x.md', 'content/./stories/x.md',
    'content/stories/.hidden.md', 'content/stories/README.md', 'content/stories/Tin.md', 'content/stories/a/b.md', 'content/units/x.md',
    'content/units/anh.jpg', 'content/stories/x.svg', 'content/other/x.md', 'src/pages/index.astro', 'content\\stories\\x.md', 'content/stories/x\u0000.md', '',
  ])('refuses %j', (p) => {
    expect(() => checkWritePath(p, 'content')).toThrow(PathRefused);
  });

  it('says what was refused, a write or a read, in the reason too', () => {
    expect(() => checkWritePath('package.json', 'content')).toThrow('Không được ghi vào "package.json": chỉ được ghi trong thư mục nội dung');
    expect(() => checkWritePath('package.json', 'content', 'đọc')).toThrow('Không được đọc "package.json": chỉ được đọc trong thư mục nội dung');
    expect(() => checkWritePath('content/stories/.a.md', 'content', 'đọc')).toThrow('không đọc tệp hay thư mục ẩn');
  });

  it('names the content folder from the repository root, or takes the root itself', () => {
    expect(checkWritePath('stories/x.md', '').kind).toBe('entry');
    expect(() => checkWritePath('stories/x.md', 'content')).toThrow(PathRefused);
    expect(isCollectionFolder('content/stories', 'content')).toBe(true);
    expect(isCollectionFolder('content', 'content')).toBe(false);
    expect(isCollectionFolder('.git', '')).toBe(false);
  });
});

describe('the _headers file as the server applies it', () => {
  const rules = parseHeaders(headersFile());
  it('gives every page the site policy and the CMS its own, replacing (not adding) the policy', () => {
    const page = headersFor(rules, '/ke-hoach/');
    expect(page.get('content-security-policy')).toContain("script-src 'self';");
    expect(page.get('x-frame-options')).toBe('DENY');
    const admin = headersFor(rules, '/admin/index.html');
    expect(admin.get('content-security-policy')).toContain("'unsafe-eval'");
    expect(admin.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('LoginThrottle', () => {
  it('slows down, locks after LOCK_AFTER failures for LOCK_MS, per account and address', () => {
    let now = 0;
    const t = new LoginThrottle(() => now);
    const waits: number[] = [];
    for (let i = 0; i < LOCK_AFTER; i++) waits.push(t.fail('a', '1.1.1.1'));
    expect(waits[0]).toBe(0);
    expect(waits[3]!).toBeGreaterThan(waits[1]!);
    expect(t.lockedFor('a', '1.1.1.1')).toBe(LOCK_MS);
    expect(t.lockedFor('a', '2.2.2.2')).toBe(0);
    expect(t.lockedFor('b', '1.1.1.1')).toBe(0);
    now += LOCK_MS + 1;
    expect(t.lockedFor('a', '1.1.1.1')).toBe(0);
  });
});

describe('allowedHosts', () => {
  it('is HOST:PORT, loopback on that port and the site address, nothing else', () => {
    const hosts = allowedHosts({ host: '0.0.0.0', port: 4321, siteUrl: 'https://thidua.vuduong.example' });
    expect([...hosts].sort()).toEqual(['0.0.0.0:4321', '127.0.0.1:4321', '[::1]:4321', 'localhost:4321', 'thidua.vuduong.example'].sort());
  });
});

describe('the public site before its first build', () => {
  const serve = async (status: SiteStatus) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-nosite-'));
    const site = { current: undefined, status: () => status } as unknown as LiveSite;
    const app = await buildServer({ host: '127.0.0.1', port: 4321, siteUrl: 'https://thidua.example', commune: 'Vũ Dương', staff: new StaffStore(path.join(dir, 'staff.json')), backend: { handle: async () => null }, site });
    try {
      return await app.inject({ method: 'GET', url: '/mo-hinh/', headers: { host: '127.0.0.1:4321' } });
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('says it is being built while the first build runs', async () => {
    const res = await serve({ building: true, queued: false });
    expect(res.statusCode).toBe(503);
    expect(res.body).toBe(words.site.building);
  });

  it('says the published content has an error once that build has failed, not to wait', async () => {
    const res = await serve({ building: false, queued: false, error: { at: '2026-12-07T08:00:00Z', message: 'stories/x.md: …' } });
    expect(res.statusCode).toBe(503);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toBe(words.site.failed);
    expect(res.body).not.toContain('stories/x.md');
  });
});
