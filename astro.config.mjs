// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { contentDir } from './src/lib/content-dir.ts';
import { loadSite } from './src/lib/site.ts';
import { rehypePlugins } from './src/markdown/index.ts';
import { decapBundle } from './src/integrations/decap-bundle.ts';

const site = loadSite();
// One content-layer cache per content directory and output folder, so builds of different
// CONTENT_DIRs (tests, benchmarks), even running at the same time, never share cached entries.
const outFlag = process.argv.indexOf('--outDir');
const outDir = outFlag >= 0 ? process.argv[outFlag + 1] : 'dist';
const cacheKey = createHash('sha256').update(`${contentDir()}\0${outDir}`).digest('hex').slice(0, 12);

export default defineConfig({
  site: site.url,
  output: 'static',
  // ASTRO_CACHE_DIR: the publishing server keeps one cache across its rebuilds (a new output folder each time).
  cacheDir: process.env.ASTRO_CACHE_DIR || `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'ignore',
  // The CMS and the error page are not pages to find; drafts are never built, so never listed.
  integrations: [mdx(), decapBundle(), sitemap({ filter: (page) => !/\/(admin|404)(\/|\.html)?$|\/admin\//.test(new URL(page).pathname) })],
  markdown: {
    // No smart punctuation: official text is reproduced character for character ("..." stays three dots).
    processor: unified({ smartypants: false, rehypePlugins: [...rehypePlugins] }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Telemetry stays off: the site is built on machines without outside network access.
  vite: {
    server: {
      watch: { ignored: ['**/.tmp/**', '**/dist/**', '**/.server/**'] },
      // `npm run dev`: the CMS backend of scripts/dev.ts behind the dev server, same origin.
      proxy: process.env.CMS_DEV_BACKEND
        ? Object.fromEntries((process.env.CMS_DEV_PATHS ?? '').split(',').map((p) => [p, process.env.CMS_DEV_BACKEND]))
        : undefined,
    },
    // Scripts always ship as files, never inline: the Content-Security-Policy (src/lib/security.ts)
    // allows only scripts from the site itself. Other assets keep Vite's default (undefined).
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
  },
});
