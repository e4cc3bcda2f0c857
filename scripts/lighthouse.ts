/**
 * `npm run lighthouse [-- --content DIR] [--runs K]`
 *
 * Mobile Lighthouse scores (performance, accessibility, best practices, SEO) for the home page,
 * the plan, the initiatives library and an initiative page. Builds the content (default fixtures/demo, BUILD_DATE fixed)
 * with the real pipeline, serves it on 127.0.0.1 (a free port) and runs the `lighthouse` CLI in
 * the same Chromium the browser tests use (tests/helpers/browser.ts). Each page runs K times
 * (default 1) and the median performance run is kept. Reports go to .tmp/lighthouse/.
 * Exits non-zero when a score is below 100, so it can gate a release when wanted.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ARGS, executablePath } from '../tests/helpers/browser.ts';
import { serveSite } from '../tests/helpers/server.ts';
import { firstInitiativePage } from '../tests/helpers/page-types.ts';
import { HOME_PATH, INITIATIVES_PATH, PLAN_PATH, initiativePath } from '../src/routes.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.tmp/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'fixtures/demo' }, runs: { type: 'string', default: '1' } },
  strict: true,
});
const runs = Math.max(1, Number(values.runs) || 1);
const site = path.join(OUT, 'site');

fs.mkdirSync(OUT, { recursive: true });
fs.rmSync(site, { recursive: true, force: true });
console.log(`Đang dựng ${values.content}…`);
const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', site], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CONTENT_DIR: path.resolve(ROOT, values.content), BUILD_DATE: process.env.BUILD_DATE ?? '2026-11-25' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const initiative = firstInitiativePage(site);
const pages: [string, string][] = [
  ['home', HOME_PATH],
  ['plan', PLAN_PATH],
  ['library', INITIATIVES_PATH],
  ...(initiative ? [['initiative', initiative] as [string, string]] : []),
];
if (!initiative) console.warn(`Chưa có trang sáng kiến (${initiativePath('…')}) trong bản dựng: bỏ qua.`);

const chromePath = await executablePath();
const server = await serveSite(site);
const results: { name: string; url: string; scores: Record<string, number> }[] = [];
let failed = false;
try {
  for (const [name, url] of pages) {
    const reports: { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } }[] = [];
    for (let i = 0; i < runs; i++) {
      const reportPath = path.join(OUT, `${name}${runs > 1 ? `-${i + 1}` : ''}.json`);
      // Asynchronous: the server answering Lighthouse lives in this process's event loop.
      const run = await promisify(execFile)(
        path.join(ROOT, 'node_modules/.bin/lighthouse'),
        [
          server.url + url,
          `--chrome-flags=--headless=new ${ARGS.join(' ')}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--form-factor=mobile',
          '--output=json',
          `--output-path=${reportPath}`,
          '--quiet',
        ],
        {
          cwd: ROOT,
          maxBuffer: 64 * 1024 * 1024,
          // chrome-launcher finds the browser through CHROME_PATH.
          env: { ...process.env, CHROME_PATH: chromePath, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
          timeout: 180_000,
        },
      ).catch((e: { stderr?: string; message: string }) => {
        throw new Error(`Lighthouse thất bại trên ${url}: ${e.stderr || e.message}`);
      });
      if (!fs.existsSync(reportPath)) {
        console.error(run.stderr || run.stdout);
        throw new Error(`Lighthouse thất bại trên ${url}`);
      }
      const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
      if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.message}`);
      reports.push(report);
    }
    const perf = (r: (typeof reports)[number]) => r.categories.performance?.score ?? 0;
    const median = [...reports].sort((a, b) => perf(a) - perf(b))[Math.floor(reports.length / 2)]!;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((median.categories[c]?.score ?? 0) * 100)]));
    if (Object.values(scores).some((s) => s < 100)) failed = true;
    results.push({ name, url, scores });
    console.log(`${url}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(' · ')}`);
  }
} finally {
  await server.close();
}

console.log(`\n| page | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---:').join('|')}|`);
for (const r of results) console.log(`| ${r.name} (\`${r.url}\`) | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`);
fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
if (failed) {
  console.error('\nCó điểm dưới 100: xem báo cáo chi tiết trong .tmp/lighthouse/*.json.');
  process.exit(1);
}
