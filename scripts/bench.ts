/**
 * `npm run bench -- --initiatives N [--runs R] [--keep]`
 *
 * Measures the real build against the floor Astro itself sets, in the same run on the same machine:
 *   1. site: `npm run fixtures` writes N initiatives (plus proportional stories, honors, units,
 *      reports), then the full pipeline `scripts/build.ts` (validate → astro build → strip-metadata
 *      → pagefind);
 *   2. bare: a minimal Astro project of N plain Markdown pages (one glob collection, one
 *      `[...slug].astro`), built with the same installed astro.
 * Each is built cold (no cache), then warm: one entry changed (a story for the site, as after a
 * publication; a page for bare) and built again into a NEW folder with the cache kept
 * (ASTRO_CACHE_DIR for the site), as the publishing server does. Alternating site and bare, so
 * a drift of the machine's speed touches both.
 * With --runs R (1–9) the whole pass (site cold, bare cold, site warm, bare warm) is made R times,
 * each with new caches, and every figure printed is the median over the passes, each ratio taken
 * within its pass (this machine's speed drifts by 20 % and more within an hour).
 * After bare's cold build, the same Pagefind program indexes bare's pages: a reference line gives
 * the site against bare Astro plus a search index (the ratio stays site / bare).
 * Prints wall time, peak memory, the ratio site/bare, and the site's step times. Peak memory is
 * the largest sum of RSS over the whole process tree (sampled from /proc every 100 ms), and GNU
 * time's maximum RSS of a single process when /usr/bin/time exists. Work goes to `.tmp/bench/`,
 * removed afterwards unless --keep.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pagefindProgram } from './search-index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'node_modules/.bin');
const GNU_TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Measurement {
  wallSeconds: number;
  /** Largest sum of RSS over the process tree seen while sampling, in bytes. */
  peakTreeRss: number;
  /** GNU time's "Maximum resident set size" (largest single process), in bytes, if available. */
  peakProcessRss?: number;
  /** Wall seconds of each step, as `scripts/build.ts --timings` prints them (site only). */
  steps: Record<string, number>;
}

/** RSS in bytes of every process, with its parent, read from /proc. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  const page = 4096;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * page });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Runs a command to completion, measuring wall time and peak memory; exits on failure. */
async function measure(label: string, cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measurement> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${label}.txt`);
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const child = spawn(file, argv, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peakTreeRss = 0;
  const sample = () => (peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid!)));
  const timer = setInterval(sample, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) {
    console.error(output.slice(-4000));
    console.error(`${label}: lệnh thất bại (mã ${code}): ${cmd} ${args.join(' ')}`);
    process.exit(1);
  }
  let peakProcessRss: number | undefined;
  if (GNU_TIME && fs.existsSync(timeFile)) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(timeFile, 'utf8'))?.[1];
    if (kb) peakProcessRss = Number(kb) * 1024;
    fs.rmSync(timeFile, { force: true });
  }
  const steps: Record<string, number> = {};
  for (const m of output.matchAll(/^build step (\S+): ([\d.]+) s$/gm)) steps[m[1]!] = Number(m[2]);
  return { wallSeconds, peakTreeRss, peakProcessRss, steps };
}

/** A minimal Astro project of n plain Markdown pages, each about the size of a generated initiative. */
function writeBareProject(dir: string, n: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const pages = path.join(dir, 'src/content/pages');
  fs.mkdirSync(pages, { recursive: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }));
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      "const pages = defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/pages' }), schema: z.object({ title: z.string() }) });",
      'export const collections = { pages };',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('pages')).map((page) => ({ params: { slug: page.id }, props: { page } }));",
      '}',
      'const { page } = Astro.props;',
      'const { Content } = await render(page);',
      '---',
      '<html lang="vi"><head><meta charset="utf-8" /><title>{page.data.title}</title></head>',
      '<body><main><h1>{page.data.title}</h1><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  for (let i = 1; i <= n; i++) {
    fs.writeFileSync(
      path.join(pages, `trang-${i}.md`),
      `---\ntitle: "Trang thử số ${i}"\n---\n\n## Vấn đề\n\nTrước khi có cách làm này, thông tin số ${i} nằm rải rác trong sổ sách của thôn.\n\n` +
        `## Giải pháp\n\nTừ ngày 24/6/2026, đơn vị số hóa các điểm quan trọng lên bản đồ trực tuyến dùng chung. UBND xã phối hợp hướng dẫn.\n\n` +
        `## Kết quả\n\n- Điểm được số hóa: ${i * 7} điểm.\n- Người dân được hướng dẫn: ${i * 3} người.\n\n` +
        `## Cách nhân rộng\n\nCác thôn, xóm và cơ quan khác có thể áp dụng trong khoảng 6 tuần; cần 4 người phụ trách.\n`,
    );
  }
}

const mb = (b: number | undefined) => (b === undefined ? '–' : `${Math.round(b / 1024 / 1024)} MB`);

function countFiles(dir: string, ext: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith(ext)) n++;
  return n;
}

/** Appends a paragraph to a Markdown file: the one change a publication brings. */
function touchMarkdown(file: string, run: number): void {
  fs.appendFileSync(file, `\nĐoạn văn bổ sung lần ${run} khi đo thời gian dựng lại.\n`);
}

/** Cold and warm builds of one pass, site and bare, run back to back. */
interface Pass {
  siteCold: Measurement;
  bareCold: Measurement;
  /** The same Pagefind program indexing bare's cold output: what a search index alone costs. */
  barePagefind: Measurement;
  siteWarm: Measurement;
  bareWarm: Measurement;
}

const quotient = (a: number | undefined, b: number | undefined) => (a && b ? a / b : undefined);
const times = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(2)}×`);

/** The median of the known values (the mean of the middle two for an even count). */
function median(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const mid = known.length >> 1;
  return known.length % 2 ? known[mid] : (known[mid - 1]! + known[mid]!) / 2;
}

async function main() {
  const { values } = parseArgs({
    options: { initiatives: { type: 'string' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
    strict: true,
  });
  const n = Number(values.initiatives);
  if (!values.initiatives || !Number.isInteger(n) || n < 1) {
    console.error(`--initiatives phải là số nguyên dương, nhận được "${values.initiatives ?? ''}".`);
    process.exit(2);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
    console.error(`--runs phải là số nguyên từ 1 đến 9, nhận được "${values.runs}".`);
    process.exit(2);
  }
  const work = path.join(ROOT, '.tmp/bench', `n${n}`);
  const content = path.join(work, 'content');
  const siteCache = (pass: number) => path.join(work, `cache-${pass}`);
  const bare = path.join(work, 'bare');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}` };
  const siteEnv = { ...env, CONTENT_DIR: content, BUILD_DATE: '2026-11-25' };

  console.log(`Đang tạo dữ liệu mẫu: ${n} sáng kiến…`);
  const fx = spawnSync(process.execPath, ['scripts/fixtures.ts', '--out', content, '--initiatives', String(n), '--force'], { cwd: ROOT, env, encoding: 'utf8' });
  if (fx.status !== 0) {
    console.error(fx.stderr || fx.stdout);
    process.exit(1);
  }
  writeBareProject(bare, n);
  const site = (out: string, cache: string) => measure('site', process.execPath, ['scripts/build.ts', '--outDir', out, '--timings'], { cwd: ROOT, env: { ...siteEnv, ASTRO_CACHE_DIR: cache } });
  const bareBuild = (out: string) => measure('bare', path.join(BIN, 'astro'), ['build', '--root', bare, '--outDir', out], { cwd: bare, env });
  const pagefind = await pagefindProgram();
  const bareIndex = (site: string) => measure('bare-pagefind', pagefind, ['--site', site, '--output-path', path.join(site, 'pagefind')], { cwd: bare, env });
  const story = fs.readdirSync(path.join(content, 'stories')).filter((f) => f.endsWith('.md')).sort()[0]!;

  const passes: Pass[] = [];
  for (let pass = 1; pass <= runs; pass++) {
    const label = runs > 1 ? `, lượt ${pass}/${runs}` : '';
    // Cold: neither side has a cache (the site's is a new ASTRO_CACHE_DIR, bare's its node_modules/.astro).
    fs.rmSync(path.join(bare, 'node_modules'), { recursive: true, force: true });
    fs.rmSync(path.join(bare, '.astro'), { recursive: true, force: true });
    for (const old of ['site-cold', 'bare-cold', 'site-warm', 'bare-warm']) fs.rmSync(path.join(work, old), { recursive: true, force: true });
    console.log(`Đang dựng nguội${label}: trang thật (validate → astro build → strip-metadata → pagefind), rồi trang Astro tối giản…`);
    const siteCold = await site(path.join(work, 'site-cold'), siteCache(pass));
    const bareCold = await bareBuild(path.join(work, 'bare-cold'));
    const barePagefind = await bareIndex(path.join(work, 'bare-cold'));
    // Warm: one entry changed, rebuilt into a new folder with the cache kept.
    touchMarkdown(path.join(content, 'stories', story), pass);
    touchMarkdown(path.join(bare, 'src/content/pages/trang-1.md'), pass);
    console.log(`Đang dựng ấm${label} (một mục đổi, thư mục ra mới, giữ bộ nhớ đệm)…`);
    const siteWarm = await site(path.join(work, 'site-warm'), siteCache(pass));
    const bareWarm = await bareBuild(path.join(work, 'bare-warm'));
    passes.push({ siteCold, bareCold, barePagefind, siteWarm, bareWarm });
    if (pass < runs || !values.keep) fs.rmSync(siteCache(pass), { recursive: true, force: true });
  }

  const sitePages = countFiles(path.join(work, 'site-cold'), '.html');
  const barePages = countFiles(path.join(work, 'bare-cold'), '.html');
  /** The median over the passes of one figure. */
  const med = (f: (p: Pass) => number | undefined) => median(passes.map(f));
  const rows = [
    ['', 'site (full pipeline)', 'bare Astro', 'ratio'],
    ['HTML pages', String(sitePages), String(barePages), ''],
  ];
  const figures = [
    ['wall time', (m: Measurement) => m.wallSeconds, (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(1)} s`)],
    ['peak RSS, process tree', (m: Measurement) => m.peakTreeRss, mb],
    ['peak RSS, largest process', (m: Measurement) => m.peakProcessRss, mb],
  ] as const;
  for (const [label, site, bare] of [['cold', 'siteCold', 'bareCold'], ['warm', 'siteWarm', 'bareWarm']] as const) {
    for (const [name, get, show] of figures) {
      rows.push([
        `${label}: ${name}`,
        show(med((p) => get(p[site]))),
        show(med((p) => get(p[bare]))),
        times(med((p) => quotient(get(p[site]), get(p[bare])))),
      ]);
    }
  }
  rows.push([
    'warm / cold, wall time',
    times(med((p) => p.siteWarm.wallSeconds / p.siteCold.wallSeconds)),
    times(med((p) => p.bareWarm.wallSeconds / p.bareCold.wallSeconds)),
    '',
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const [load1, load5] = os.loadavg();
  console.log(
    `\nN = ${n} sáng kiến · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${mb(os.totalmem())} RAM · Node ${process.version} · ` +
      `${new Date().toISOString().slice(0, 10)} · tải ${load1!.toFixed(1)} / ${load5!.toFixed(1)}` +
      (runs > 1 ? ` · trung vị của ${runs} lượt (mỗi tỉ lệ tính trong một lượt)` : ''),
  );
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  if (runs > 1) {
    const each = (f: (p: Pass) => number) => passes.map((p) => times(f(p))).join(', ');
    console.log(
      `\ntừng lượt, thời gian site/bare: nguội ${each((p) => p.siteCold.wallSeconds / p.bareCold.wallSeconds)}; ` +
        `ấm ${each((p) => p.siteWarm.wallSeconds / p.bareWarm.wallSeconds)}\n` +
        `từng lượt, bộ nhớ cây tiến trình site/bare (nguội): ${each((p) => p.siteCold.peakTreeRss / p.bareCold.peakTreeRss)}`,
    );
  }
  // A reference, not the baseline: how far the site is from bare Astro followed by a
  // search index of bare's pages, which no site with Pagefind can go below.
  const reference = (p: Pass) => p.bareCold.wallSeconds + p.barePagefind.wallSeconds;
  const referenceRss = (p: Pass) => Math.max(p.bareCold.peakTreeRss, p.barePagefind.peakTreeRss);
  console.log(
    `\nđối chiếu, nguội: Astro tối giản rồi Pagefind trên trang của nó ${med(reference)!.toFixed(1)} s ` +
      `(Pagefind ${med((p) => p.barePagefind.wallSeconds)!.toFixed(1)} s, đỉnh ${mb(med((p) => p.barePagefind.peakTreeRss))}); ` +
      `site / đối chiếu: thời gian ${times(med((p) => p.siteCold.wallSeconds / reference(p)))}, bộ nhớ ${times(med((p) => p.siteCold.peakTreeRss / referenceRss(p)))}`,
  );
  const steps = (which: 'siteCold' | 'siteWarm') => {
    const names = [...new Set(passes.flatMap((p) => Object.keys(p[which].steps)))];
    return names.map((k) => `${k} ${med((p) => p[which].steps[k])!.toFixed(1)} s`).join(' · ');
  };
  console.log(`\nsite, từng bước (nguội): ${steps('siteCold')}\nsite, từng bước (ấm):    ${steps('siteWarm')}`);
  const result = {
    n,
    date: new Date().toISOString(),
    loadavg: os.loadavg(),
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim(),
    pages: { site: sitePages, bare: barePages },
    runs: passes,
  };
  fs.writeFileSync(path.join(ROOT, '.tmp/bench', `result-n${n}.json`), JSON.stringify(result, null, 2));
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}

await main();
