// @ts-check
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDir } from './src/node/content-dir.ts';
import { loadSite } from './src/node/site.ts';
import { markdownProcessor } from './src/markdown/index.ts';
import { decapBundle } from './src/integrations/decap-bundle.ts';
import { dataStoreFile } from './src/integrations/data-store-file.ts';
import { sortedSitemap } from './src/integrations/sitemap.ts';

const site = loadSite();

/**
 * Astro's content-layer cache (parsed entries, rendered Markdown, optimised images).
 * - `ASTRO_CACHE_DIR` set (the publishing server, `npm run bench`): one cache per content directory
 *   and source code inside that folder, whatever the output folder, so a rebuild into a new folder
 *   is warm. The sources are in the key because Astro only notices edits of content.config.ts
 *   itself, not of the schemas or Markdown plugins it imports. One build at a time per cache.
 * - unset: one cache per content directory and output folder, so builds of different CONTENT_DIRs
 *   or outputs (tests, running at the same time) never share cached entries.
 */
function cacheDir() {
  const base = process.env.ASTRO_CACHE_DIR;
  const hash = createHash('sha256').update(contentDir());
  if (base) {
    const root = path.dirname(fileURLToPath(import.meta.url));
    for (const input of ['src', 'astro.config.mjs', 'package-lock.json']) hashTree(hash, root, input);
    return path.join(path.resolve(base), hash.digest('hex').slice(0, 12));
  }
  const outFlag = process.argv.indexOf('--outDir');
  const outDir = outFlag >= 0 ? process.argv[outFlag + 1] : 'dist';
  return `./node_modules/.astro/${hash.update(`\0${outDir}`).digest('hex').slice(0, 12)}`;
}

/** @param {import('node:crypto').Hash} hash @param {string} root @param {string} rel */
function hashTree(hash, root, rel) {
  const full = path.join(root, rel);
  if (fs.statSync(full).isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) hashTree(hash, root, path.join(rel, name));
  } else hash.update(rel).update('\0').update(fs.readFileSync(full)).update('\0');
}

/** `npm run dev`: where scripts/dev.ts runs the CMS backend (string), else undefined. */
const devBackend = process.env.CMS_DEV_BACKEND;

export default defineConfig({
  site: site.url,
  output: 'static',
  cacheDir: cacheDir(),
  trailingSlash: 'ignore',
  // The CMS and the error page are not pages to find; drafts are never built, so never listed.
  integrations: [mdx(), decapBundle(), dataStoreFile(), sortedSitemap({ filter: (page) => !/\/(admin|404)(\/|\.html)?$|\/admin\//.test(new URL(page).pathname) })],
  markdown: {
    processor: markdownProcessor(),
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Pages are rendered 16 at a time: with one, the renderer waits for each page's folder and file
  // to be written (a third of the rendering time idle in a profile at 10,000 initiatives); 16
  // overlaps the writing with the next pages (2,000 initiatives: rendering 8.4–9.2 s → 5.1–6.3 s,
  // same peak memory, same output). Page metadata for the incremental cache is collected per
  // render (AsyncLocalStorage), and the sitemap sorts its URLs, so the order pages finish in
  // changes nothing.
  build: { concurrency: 16 },
  // A rebuild copies the pages whose cacheKey (src/data/page-keys.ts) and code are unchanged from
  // the cache instead of rendering them again: after one publication only what it touches is
  // rendered. Only with a kept cache (ASTRO_CACHE_DIR: the publishing server, the benchmark): it
  // writes every page into the cache too, which a one-off build (tests, CI) would pay for nothing
  // (cold build 1.2× slower).
  experimental: { incrementalBuild: Boolean(process.env.ASTRO_CACHE_DIR) },
  // Telemetry stays off: the site is built on machines without outside network access.
  vite: {
    server: {
      watch: { ignored: ['**/.tmp/**', '**/dist/**', '**/.server/**'] },
      // `npm run dev`: the CMS backend of scripts/dev.ts behind the dev server, same origin. The
      // request keeps its Host (not Vite's string shorthand, which sets changeOrigin and so sends
      // the backend's own host beside the page's Origin: the backend refuses that pair).
      proxy: devBackend
        ? Object.fromEntries((process.env.CMS_DEV_PATHS ?? '').split(',').map((p) => [p, { target: devBackend, changeOrigin: false }]))
        : undefined,
    },
    // Scripts always ship as files, never inline: the Content-Security-Policy (src/lib/security.ts)
    // allows only scripts from the site itself. Other assets keep Vite's default (undefined).
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
  },
});
