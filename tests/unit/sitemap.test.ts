/**
 * The sitemap handed pages in its own order (src/integrations/sitemap.ts): the same files as
 * @astrojs/sitemap given them in any order, in the order it sorts them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { inSitemapOrder, sortedSitemap } from '../../src/integrations/sitemap.ts';

const SITE = 'https://vuduong.example.vn/';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Paths like the site's: numbered pages past 9 and 99, đ-free slugs, the home page. */
const PATHS = [
  '',
  'ke-hoach/',
  ...Array.from({ length: 120 }, (_, i) => `mo-hinh/trang/${i + 2}/`),
  ...Array.from({ length: 30 }, (_, i) => `tin-tuc/tin-${i}-so-hoa/`),
  'mo-hinh/linh-vuc/chuyen-doi-so/trang/11/',
  'mo-hinh/linh-vuc/chuyen-doi-so/trang/2/',
  'phat-thanh/',
  'Tim-kiem/',
];

/** A fixed shuffle, so a failure repeats. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Hook = (params: unknown) => Promise<void> | void;
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/** Runs an integration's sitemap hooks as a static build would; returns the files it wrote. */
async function written(integration: AstroIntegration, pages: string[]): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(work, 'out-'));
  const hooks = integration.hooks as Record<string, Hook>;
  await hooks['astro:config:done']!({ config: { site: SITE, base: '/', trailingSlash: 'ignore', build: { format: 'directory' } }, logger });
  await hooks['astro:routes:resolved']!({ routes: [], logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

describe('sitemap in its own order', () => {
  it('orders pages as the sitemap orders its URLs', () => {
    const urls = shuffled(PATHS).map((p) => new URL(p, SITE).href);
    const sitemapOrder = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const ours = inSitemapOrder(shuffled(PATHS).map((pathname) => ({ pathname }))).map((p) => new URL(p.pathname, SITE).href);
    expect(ours).toEqual(sitemapOrder);
    expect(ours.indexOf(`${SITE}mo-hinh/trang/9/`)).toBeLessThan(ours.indexOf(`${SITE}mo-hinh/trang/10/`));
  });

  it('writes the same sitemap as @astrojs/sitemap given the pages in any order', async () => {
    const filter = (page: string) => !new URL(page).pathname.startsWith('/phat-thanh/');
    const plain = await written(sitemap({ filter }), shuffled(PATHS));
    const ours = await written(sortedSitemap({ filter }), shuffled(PATHS));
    expect(Object.keys(plain)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(ours).toEqual(plain);
    expect(plain['sitemap-0.xml']).not.toContain('phat-thanh');
    expect(plain['sitemap-0.xml']).toContain(`<loc>${SITE}mo-hinh/trang/121/</loc>`);
  });
});
