/**
 * `npm run build`: validate the content, build the site with Astro, strip image metadata, index it
 * with Pagefind and drop the words only the index needed from the pages (search-index.ts).
 * Validation runs beside Astro's start-up (see runAfterCheck), the last step beside Pagefind's
 * indexing; the others one at a time. Stops at the first failing step with its exit code. `--outDir DIR` builds elsewhere than dist/;
 * `--timings` prints each step's wall time on stderr (`npm run bench` reads them); `--keep-index-words`
 * skips the last step (`npm run bench:search` re-indexes the pages and needs the hidden words).
 * Set ASTRO_CACHE_DIR to keep Astro's cache between builds into different folders (astro.config.mjs).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { lockProject } from './project-lock.ts';
import { shardPagesSet } from './shard-pages.ts';
import { contentDir } from '../src/node/content-dir.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'dist');
const timings = args.includes('--timings');
// `npm run bench:search` indexes the site again itself: it needs the index-only words left in.
const keepIndexWords = args.includes('--keep-index-words');
/**
 * Where the steps build. Astro's incremental build (src/data/page-keys.ts) hashes the output folder
 * into every page that shows a picture (its astro:assets module holds the path), so a build into a
 * new folder, as the publishing server makes for each publication, would render every page again.
 * With a kept cache the site is built in one folder beside the cache, the same every time for
 * this content, and moved to --outDir once every step has passed: a failed build leaves
 * --outDir as it was.
 */
const contentKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);
const buildDir = process.env.ASTRO_CACHE_DIR ? path.join(path.resolve(process.env.ASTRO_CACHE_DIR), `out-${contentKey}`) : outDir;
const bin = (name: string) => path.resolve('node_modules/.bin', name);
// node_modules/.bin first on PATH, so the tools' `#!/usr/bin/env node` finds Node 24 even when
// this script is run directly rather than through npm.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  // Always a production build: under another NODE_ENV (a developer's shell, vitest's "test") Vite
  // builds with import.meta.env.DEV set, and Astro adds its dev toolbar's marks to the pages.
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  // Vite's bundler (Rolldown) allocates with mimalloc, which keeps freed pages until it is called
  // again; Astro bundles once, then renders for seconds, and 60–70 MB the bundler had freed stayed
  // in the build's peak (2,000 initiatives). 0: give them back at once.
  MIMALLOC_PURGE_DELAY: '0',
  PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
};

// import.meta.env's own names, which vitest's workers set (DEV=1, MODE=test, SSR=1, PROD, BASE_URL):
// a DEV in the environment alone gives Astro's build import.meta.env.DEV (27 demo pages then
// carried data-image-component), so a build started from a test differed from `npm run build`.
for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[name];

type Step = [name: string, cmd: string, argv: string[]];

/** With --timings, a step's wall time on stderr, as `npm run bench` reads it. */
function reportTime(name: string, start: number): void {
  if (timings) console.error(`build step ${name}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}

/** Runs one step with inherited output; resolves with its exit code. */
function run([name, cmd, argv]: Step): Promise<number> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', env });
    child.on('error', () => resolve(1));
    child.on('close', (code) => {
      reportTime(name, start);
      resolve(code ?? 1);
    });
  });
}

/**
 * Astro with its output held back until `check` has passed: validation and Astro's start-up run
 * side by side (two cores; validation takes about a second, Astro's start-up longer). If the
 * content is invalid, Astro is stopped and only the validator's lines are shown; Astro's cache
 * survives being stopped (it commits its store by renaming).
 */
async function runAfterCheck(check: Promise<number>, [name, cmd, argv]: Step): Promise<number> {
  const start = performance.now();
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let passed = false;
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from.on('data', (chunk: Buffer) => (passed ? to.write(chunk) : held.push([to, chunk])));
  }
  const done = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
  const checked = await check;
  if (checked !== 0) {
    child.kill('SIGTERM');
    await done;
    return checked;
  }
  passed = true;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
  const code = await done;
  reportTime(name, start);
  return code;
}

const validate: Step = ['validate', process.execPath, ['scripts/validate.ts']];
const astro: Step = ['astro', bin('astro'), ['build', '--outDir', buildDir]];
const stripMetadata: Step = ['strip-metadata', process.execPath, ['scripts/strip-metadata.ts', buildDir]];

// Read before any step runs: a wrong value stops the build at once, not after Astro.
const shardLimit = shardPagesSet();

/**
 * The search index (search-index.ts), with the index-only words dropped from the pages beside it
 * unless --keep-index-words. With a kept cache, its shards are kept beside Astro's.
 */
async function index(): Promise<number> {
  const start = performance.now();
  try {
    // Loaded only now: this process waits beside Astro, whose memory peak is the build's, and the
    // index's modules (the UI strings among them) would add about 40 MB to it.
    const [{ indexSite, pagefindProgram }, { formatNumber }] = await Promise.all([import('./search-index.ts'), import('../src/lib/format.ts')]);
    const pagefind = await pagefindProgram();
    const cacheDir = process.env.ASTRO_CACHE_DIR ? path.join(path.resolve(process.env.ASTRO_CACHE_DIR), `search-${contentKey}`) : undefined;
    const report = await indexSite(buildDir, { program: pagefind, cacheDir, strip: !keepIndexWords, shardPages: shardLimit, env, onTime: reportTime });
    const reused = report.shards - report.indexed;
    console.log(
      `Chỉ mục tìm kiếm: ${formatNumber(report.pages)} trang trong ${report.shards} phần, lập mới ${report.indexed} phần` +
        (reused ? `, dùng lại ${reused} phần không đổi từ lần dựng trước.` : '.'),
    );
    return 0;
  } catch (error) {
    console.error(`Không lập được chỉ mục tìm kiếm: ${(error as Error).message}`);
    return 1;
  } finally {
    reportTime('pagefind', start);
  }
}

const checking = run(validate);
const locking = lockProject();
// Invalid content is said at once, even while another build holds the lock.
const early = await Promise.race([checking, locking.then(() => 0)]);
if (early !== 0) process.exit(early);
const release = await locking;
const built = await runAfterCheck(checking, astro);
if (built !== 0) process.exit(built);
const cleaned = await run(stripMetadata);
if (cleaned !== 0) process.exit(cleaned);
const indexed = await index();
if (indexed !== 0) process.exit(indexed);
if (buildDir !== outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  try {
    fs.renameSync(buildDir, outDir);
  } catch (error) {
    // Another file system: copy, then remove.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.cpSync(buildDir, outDir, { recursive: true });
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
}
// Held to the end: with a kept cache the later steps work in the shared build folder.
release();
