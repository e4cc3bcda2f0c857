/**
 * `npm run bench:search -- [--initiatives N | --site DIR] [--keep]`
 *
 * The search targets of issue 9, measured the way a visitor meets them:
 *   - index time: the Pagefind step of the build, run alone on the built site (3 runs);
 *   - first-query transfer: real Chromium opens /tim-kiem/?q=… on a fresh profile and every byte the
 *     page fetches for that query is counted: the page itself, its script and CSS, Pagefind's script,
 *     WebAssembly, entry, metadata, index chunks and result fragments. Text files count at their gzip
 *     size (what any static host sends); Pagefind's own index files are already compressed.
 * With --initiatives N (default 10000) a generated content set is built first into .tmp/bench-search/.
 * The pages are built with their index-only words kept (`--keep-index-words`), indexed, then stripped
 * as the build strips them; a --site DIR must be such a build (`scripts/build.ts --keep-index-words`),
 * since indexing a finished site again would index pages without their hidden words.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { indexSite, pagefindProgram, type IndexReport } from './search-index.ts';
import { shardPagesSet } from './shard-pages.ts';
import { stripIndexOnlyTree } from './strip-index-only.ts';
import { serveSite } from '../tests/helpers/server.ts';
import { PLAN_PATH, searchPath } from '../src/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { initiatives: { type: 'string' }, site: { type: 'string' }, keep: { type: 'boolean' }, runs: { type: 'string', default: '3' } },
});
const QUERIES = ['doi moi', 'chuyen doi so', 'dien tu', 'chuyển đổi xanh', 'dong'];

const work = path.join(ROOT, '.tmp/bench-search');
let site = values.site ? path.resolve(values.site) : '';
if (!site) {
  const n = Number(values.initiatives ?? 10000);
  fs.rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  site = path.join(work, 'site');
  const fx = spawnSync(process.execPath, ['scripts/fixtures.ts', '--out', content, '--initiatives', String(n), '--force'], { cwd: ROOT, stdio: 'inherit' });
  if (fx.status !== 0) process.exit(fx.status ?? 1);
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', site, '--keep-index-words'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CONTENT_DIR: content, BUILD_DATE: '2026-11-25' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The plan page carries the index-only block unless the site was stripped already.
if (!fs.readFileSync(path.join(site, PLAN_PATH.slice(1), 'index.html'), 'utf8').includes('data-index-only')) {
  console.error(`${site}: các trang đã bị bỏ khối từ ẩn cho chỉ mục (data-index-only), lập chỉ mục lại sẽ sai; hãy dựng bằng scripts/build.ts --keep-index-words`);
  process.exit(1);
}

// Index time: the index step alone, as the build runs it (search-index.ts: shards, no cache),
// on the site without its previous index.
const program = await pagefindProgram();
const times: number[] = [];
let report: IndexReport | undefined;
for (let i = 0; i < Number(values.runs); i++) {
  fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
  const started = performance.now();
  report = await indexSite(site, { program, strip: false, shardPages: shardPagesSet() });
  times.push((performance.now() - started) / 1000);
}
console.log(
  `Chỉ mục Pagefind: ${report!.pages.toLocaleString('vi-VN')} trang trong ${report!.shards} phần; thời gian ${times.map((t) => t.toFixed(1)).join(' / ')} s (nhỏ nhất ${Math.min(...times).toFixed(1)} s)`,
);

// First-query transfer in Chromium, on a copy stripped as the build strips it (the site stays re-indexable).
const served = path.join(work, 'served');
fs.rmSync(served, { recursive: true, force: true });
fs.cpSync(site, served, { recursive: true });
stripIndexOnlyTree(served);
const server = await serveSite(served);
const browser = await launchBrowser();
const TEXT = /\.(html?|js|mjs|css|json|svg|txt)(\?|$)|\/$/;
try {
  for (const q of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (req) => {
      const res = await req.response();
      if (!res) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      const url = new URL(req.url()).pathname;
      fetched.push({ url, bytes: TEXT.test(url) ? gzipSync(body, { level: 6 }).length : body.length });
    });
    await page.goto(`${server.url}${searchPath(q)}`);
    await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const total = fetched.reduce((a, b) => a + b.bytes, 0);
    const pf = fetched.filter((f) => f.url.startsWith('/pagefind/'));
    const by = (re: RegExp) => pf.filter((f) => re.test(f.url)).reduce((a, b) => a + b.bytes, 0);
    console.log(
      `"${q}": ${(total / 1024).toFixed(0)} KB trong ${fetched.length} yêu cầu ` +
        `(trang ${((total - pf.reduce((a, b) => a + b.bytes, 0)) / 1024).toFixed(0)} KB; pagefind: js ${(by(/\.js$/) / 1024).toFixed(0)}, wasm ${(by(/wasm/) / 1024).toFixed(0)}, ` +
        `meta ${(by(/\.pf_meta$/) / 1024).toFixed(0)}, chỉ mục ${(by(/\.pf_index$/) / 1024).toFixed(0)} (${pf.filter((f) => f.url.endsWith('.pf_index')).length} tệp), ` +
        `bộ lọc ${(by(/\.pf_filter$/) / 1024).toFixed(0)}, kết quả ${(by(/\.pf_fragment$/) / 1024).toFixed(0)} (${pf.filter((f) => f.url.endsWith('.pf_fragment')).length} tệp), khác ${(by(/entry\.json$/) / 1024).toFixed(0)} KB)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(served, { recursive: true, force: true });
  if (!values.site && !values.keep) fs.rmSync(work, { recursive: true, force: true });
}
