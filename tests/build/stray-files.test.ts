/**
 * Astro and the validator read exactly the same files (the collection registry): a content folder
 * holding stray files (a README.md with a phone number, notes, a nested folder, a hidden file, an
 * upper-case name) gets one Vietnamese line per stray file from the validator, and an Astro build
 * run on it anyway (no validation first) publishes none of them: no page, no sitemap entry.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/index.ts';
import { ROOT, TEST_BUILD_DATE } from '../helpers/sites.ts';

const MARK = 'TEPLAKHONGDUOCDANG';
const temps: string[] = [];
afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const story = (title: string) => `---\ntitle: ${title} ${MARK}\ndate: 2026-11-20\nsummary: Tệp lạc chỗ ${MARK} không bao giờ được đăng lên trang của xã.\n---\n\nGọi 0912 345 678. ${MARK}\n`;
const STRAY: Record<string, string> = {
  'stories/README.md': story('Ghi chú'),
  'stories/ghi-chu.txt': `Ghi chú ${MARK}\n`,
  'stories/cu/tin-cu.md': story('Tin cũ'),
  'stories/.tin-an.md': story('Tin ẩn'),
  'initiatives/Ghi-Chu.md': story('Ghi chú hoa'),
};

describe('stray files in a content folder', () => {
  it('are each reported by the validator and published by Astro not at all', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-stray-'));
    temps.push(dir);
    fs.cpSync(path.join(ROOT, 'fixtures/demo'), dir, { recursive: true });
    for (const [rel, text] of Object.entries(STRAY)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }

    const { lines } = await validateContent(dir, dir);
    for (const rel of ['stories/README.md', 'stories/ghi-chu.txt', 'stories/cu', 'stories/.tin-an.md', 'initiatives/Ghi-Chu.md']) {
      expect(lines.some((l) => l.startsWith(`${rel}: `)), `no line for ${rel}:\n${lines.join('\n')}`).toBe(true);
    }

    const out = fs.mkdtempSync(path.join(ROOT, '.tmp/stray-site-'));
    temps.push(out, `${dir}-cache`);
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: TEST_BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(dir, '..', `${path.basename(dir)}-cache`) },
    });
    expect(build.status, build.stderr).toBe(0);
    const published: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(html|xml|json|txt|csv)$/.test(e.name) && fs.readFileSync(full, 'utf8').includes(MARK)) published.push(path.relative(out, full));
      }
    };
    walk(out);
    expect(published).toEqual([]);
    // The real stories are there: the build did read the folder.
    expect(fs.readdirSync(path.join(out, 'tin-tuc')).length).toBeGreaterThan(3);
  }, 600_000);
});
