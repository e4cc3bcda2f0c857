/**
 * The CMS backend of `npm run dev` writes the developer's working tree: only inside the content
 * folders, never through a symbolic link, and only content the validator accepts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackendError } from '../../src/server/cms-backend.ts';
import { DevBackend } from '../../src/server/dev-backend.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const me = { name: 'dev', role: 'publisher' as const };

function repo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-dev-'));
  temps.push(dir);
  fs.cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

const save = (b: DevBackend, p: string, raw: string) =>
  b.handle('persistEntry', { dataFiles: [{ slug: 'x', path: p, raw }], assets: [], options: { useWorkflow: false } }, me);

const story = '---\ntitle: Tin thử\ndate: 2026-11-20\nsummary: Bản tin thử nghiệm đăng qua trang quản trị lúc phát triển.\n---\n\nNội dung.\n';

describe('DevBackend', () => {
  it('writes a valid story into the content folder at once', async () => {
    const dir = repo();
    const b = new DevBackend(dir, 'content');
    await save(b, 'content/stories/tin-thu.md', story);
    expect(fs.readFileSync(path.join(dir, 'content/stories/tin-thu.md'), 'utf8')).toBe(story);
  });

  it('refuses paths outside the content folders and writes nothing', async () => {
    const dir = repo();
    const b = new DevBackend(dir, 'content');
    for (const p of ['package.json', 'content/../x.md', '.git/config', 'content/stories/README.md']) {
      await expect(save(b, p, story), p).rejects.toMatchObject({ status: 403 });
    }
    expect(fs.existsSync(path.join(dir, 'package.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'x.md'))).toBe(false);
  });

  it('refuses to write through a symbolic link', async () => {
    const dir = repo();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-dev-out-'));
    temps.push(outside);
    fs.rmSync(path.join(dir, 'content/stories'), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, 'content/stories'));
    const b = new DevBackend(dir, 'content');
    await expect(save(b, 'content/stories/tin-thu.md', story)).rejects.toBeInstanceOf(BackendError);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('refuses content the validator refuses, with its line', async () => {
    const dir = repo();
    const b = new DevBackend(dir, 'content');
    const bad = story.replace('Nội dung.', 'Gọi chị Lan 0912 345 678.');
    await expect(save(b, 'content/stories/tin-thu.md', bad)).rejects.toMatchObject({ status: 422, message: expect.stringContaining('content/stories/tin-thu.md: có số điện thoại') });
    expect(fs.existsSync(path.join(dir, 'content/stories/tin-thu.md'))).toBe(false);
  });
});
