/**
 * The search index of a built site, in shards (src/lib/search.ts: SHARD_PAGES, shardOf), built by
 * Pagefind's own program two shards at a time, with a cache of shards kept between builds.
 *
 * Each shard's pages are hard-linked into a folder of their own beside the site, and Pagefind
 * indexes that folder: the URLs are the same, since the paths below it are. A shard is named by
 * the hash of its pages (file and content) and of Pagefind's version, so with a cache a shard
 * whose pages are all the same as in an earlier build is linked from the cache instead of indexed
 * again; Pagefind writes the same files for the same pages (tests/build/warm-build.test.ts
 * compares a warm build with a cold one file by file). The pages' index-only words are dropped
 * meanwhile (strip-index-only), each page replaced by a new file so that the linked one Pagefind
 * reads keeps them; with a cache the stripped pages are kept too (passPages).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STRIP_VERSION, stripIndexOnly } from './strip-index-only.ts';
import { INDEXED_FOLDERS, SHARD_PAGES, searchTypeOf, shardCount, shardOf } from '../src/lib/search.ts';
import { foldPieces, pagePieces, shardWords, type ShardList } from '../src/lib/search-shards.ts';
import { PAGEFIND_SHARDS, pagefindShardPath } from '../src/routes.ts';

export interface IndexOptions {
  /** Pagefind's program (scripts/build.ts finds it). */
  program: string;
  /** Where shards are kept between builds; none: a one-off build keeps nothing. */
  cacheDir?: string;
  /** Drop the index-only words from every page of the site meanwhile. */
  strip: boolean;
  shardPages?: number;
  env?: NodeJS.ProcessEnv;
  /** Told each part's wall time (`npm run build -- --timings`). */
  onTime?: (part: string, start: number) => void;
}

export interface IndexReport {
  pages: number;
  shards: number;
  /** Shards Pagefind indexed in this build (the others came from the cache). */
  indexed: number;
}

interface Shard {
  files: string[];
  key: string;
}

/**
 * Pagefind's own program, found as its npm wrapper finds it (PAGEFIND_BINARY_PATH, then the
 * package for this platform), so that no Node process waits between (about 50 MB more at the
 * build's memory peak, which is Pagefind's); the wrapper should that fail.
 */
export async function pagefindProgram(): Promise<string> {
  try {
    const resolver = pathToFileURL(path.resolve('node_modules/pagefind/lib/resolveBinary.js')).href;
    const { resolveBinaryPath } = (await import(resolver)) as { resolveBinaryPath: (names: string[]) => string };
    return resolveBinaryPath(['pagefind_extended', 'pagefind']);
  } catch {
    return path.resolve('node_modules/.bin/pagefind');
  }
}
/** Pagefind's version: a new one may write other files for the same pages. */
function pagefindVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The built pages in the indexed folders (INDEXED_FOLDERS), sorted, as paths below `site`. Detail
 * pages only: the numbered pages of a list's pagination also sit there, and are left out. Folder
 * by folder, not by a glob: at 10,000 initiatives fs.globSync took 0.35 s, this 0.07 s.
 */
export function indexedFiles(site: string): string[] {
  const files: string[] = [];
  for (const { folder, entries } of INDEXED_FOLDERS) {
    const names = entries ? listFolders(path.join(site, folder)).map((name) => `${folder}/${name}`) : [folder];
    for (const name of names) {
      const file = `${name}/index.html`;
      if (searchTypeOf(`/${name}/`) !== undefined && fs.existsSync(path.join(site, file))) files.push(file);
    }
  }
  return files.sort();
}

/** The folders right inside `dir` (none if it does not exist). */
function listFolders(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The pages Pagefind would index (`data-pagefind-body`), grouped into shards and named. */
function planShards(site: string, program: string, shardPages: number): { shards: Shard[]; digests: Map<string, string> } {
  // The shard count is known before the pages are read: it depends on the number of files only.
  const files = indexedFiles(site);
  const count = shardCount(files.length, shardPages);
  const groups: string[][] = Array.from({ length: count }, () => []);
  const digests = new Map<string, string>();
  for (const file of files) {
    // Bytes, not text: decoding 12,656 pages to hash them again as UTF-8 doubled the plan's time.
    const bytes = fs.readFileSync(path.join(site, file));
    // Pagefind indexes only such pages once one page has the attribute; a shard without any
    // would index whole pages, so the others are not given to it at all.
    if (bytes.indexOf('data-pagefind-body') < 0) continue;
    groups[shardOf(file, count)]!.push(file);
    digests.set(file, createHash('sha256').update(bytes).digest('hex'));
  }
  const version = `${pagefindVersion()}\0${path.basename(program)}`;
  const shards = groups.map((group) => {
    const hash = createHash('sha256').update(version);
    for (const file of group) hash.update(`\0${file}\0${digests.get(file)}`);
    return { files: group, key: hash.digest('hex').slice(0, 32) };
  });
  return { shards, digests };
}

/**
 * One pass over the indexed pages while Pagefind indexes: the words of the pages in `pieces` are
 * added to their shard's set, and with `strip` the index-only words are dropped from every page
 * (strip-index-only.ts). A page is replaced by a new file, never rewritten in place: Pagefind
 * reads the old one through a hard link. With `kept` (a folder of the cache), each stripped page
 * is kept there under the digest of the page before stripping and linked into the site, so that
 * a page unchanged since the last build is neither read nor written again (at 10,000 initiatives
 * 12,656 pages, of which a warm build after one story reads only its shard's). A kept file is
 * only ever linked, never written to, so no later build changes a page of a site being served.
 */
async function passPages(site: string, digests: Map<string, string>, pieces: Map<string, Set<string>>, strip: boolean, kept?: string): Promise<void> {
  const have = new Set(kept ? fs.readdirSync(kept) : []);
  // Only this build's pages are kept: the others go first.
  const used = new Set(digests.values());
  for (const name of have) if (!used.has(name)) fs.rmSync(path.join(kept!, name), { force: true });
  await inTurns(strip ? digests.keys() : pieces.keys(), (file) => {
    const page = path.join(site, file);
    const set = pieces.get(file);
    const digest = digests.get(file)!;
    const html = set || !have.has(digest) ? fs.readFileSync(page, 'utf8') : undefined;
    if (set) pagePieces(html!, set);
    if (!strip) return;
    if (kept) {
      const stripped = path.join(kept, digest);
      if (!have.has(digest)) replaceFile(stripped, (part) => fs.writeFileSync(part, stripIndexOnly(html!)));
      have.add(digest);
      replaceFile(page, (part) => linkFile(stripped, part));
      return;
    }
    const stripped = stripIndexOnly(html!);
    if (stripped !== html) replaceFile(page, (part) => fs.writeFileSync(part, stripped));
  });
}

/** Puts a new file at `file` (made by `make` beside it, then renamed over it), never writing into the old one. */
function replaceFile(file: string, make: (part: string) => void): void {
  make(`${file}.part`);
  fs.renameSync(`${file}.part`, file);
}

/** Calls `each` on every item, giving way to other work (Pagefind's output, timers) every 100. */
async function inTurns<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
  let done = 0;
  for (const item of items) {
    each(item);
    if (++done % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Links every file below `from` into `to` (copies across file systems). */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkFile(source, target);
  }
}

function linkFile(source: string, target: string): void {
  try {
    fs.linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.copyFileSync(source, target);
  }
}

/** Runs Pagefind on one shard's pages; its chatter is kept and shown only if it fails. */
function runPagefind(program: string, pages: string, output: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, ['--site', pages, '--output-path', output], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let said = '';
    child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.on('error', (error) => reject(new Error(`Không chạy được Pagefind (${program}): ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`Pagefind dừng với mã ${code}:\n${said}`))));
  });
}

/** Runs `tasks` at most `lanes` at a time; rejects with the first failure once all have ended. */
async function inLanes(tasks: (() => Promise<void>)[], lanes: number): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const lane = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await task().catch((error: unknown) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, tasks.length) }, lane));
  if (errors.length) throw errors[0];
}

/**
 * Indexes `site` into `site/pagefind/` (first shard) and `site/pagefind/shard-N/`, with the other
 * shards' paths and words in PAGEFIND_SHARDS (src/routes.ts). Throws, with Pagefind's own words, if a run fails;
 * the site's pagefind/ folder is then incomplete and the build must fail.
 */
export async function indexSite(site: string, options: IndexOptions): Promise<IndexReport> {
  const { program, cacheDir, strip, env = process.env, onTime = () => {} } = options;
  let start = performance.now();
  const { shards, digests } = planShards(site, program, options.shardPages ?? SHARD_PAGES);
  onTime('search-plan', start);
  start = performance.now();
  // Beside the site, so that hard links work (one file system) and nothing extra is in the site.
  const work = `${site}.search-index`;
  const store = cacheDir ?? path.join(work, 'shards');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(store, { recursive: true });

  const sharded = shards.length > 1;
  // A kept shard is used with its words (with more than one shard), else it is indexed again.
  const kept = (shard: Shard) => fs.existsSync(path.join(store, shard.key)) && (!sharded || fs.existsSync(path.join(store, `${shard.key}${WORDS}`)));
  const missing = shards.filter((shard) => !cacheDir || !kept(shard));
  // The scratch folder goes, whether Pagefind succeeded or not.
  try {
    for (const shard of missing) {
      for (const file of shard.files) {
        const target = path.join(work, 'pages', shard.key, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        linkFile(path.join(site, file), target);
      }
    }
    onTime('search-link', start);
    start = performance.now();
    // Every page Pagefind reads is linked by now: the site's own files may be rewritten. With more
    // than one shard, the words of each shard's pages (src/lib/search-shards.ts) are gathered
    // meanwhile, for the shards indexed now; a kept shard's are kept beside it.
    const gathered = sharded ? missing.map(() => new Set<string>()) : [];
    const pieces = new Map(gathered.flatMap((set, i) => missing[i]!.files.map((file) => [file, set] as const)));
    const readStart = start;
    const strippedDir = cacheDir && strip ? path.join(cacheDir, STRIPPED) : undefined;
    if (strippedDir) fs.mkdirSync(strippedDir, { recursive: true });
    const reading = passPages(site, digests, pieces, strip, strippedDir).then(() => onTime(strip ? 'search-strip' : 'search-words', readStart));
    try {
      const lanes = Math.min(2, os.availableParallelism());
      await inLanes(
        missing.map((shard) => async () => {
          const part = path.join(store, `${shard.key}.part`);
          fs.rmSync(part, { recursive: true, force: true });
          await runPagefind(program, path.join(work, 'pages', shard.key), part, env);
          fs.rmSync(path.join(store, shard.key), { recursive: true, force: true });
          fs.renameSync(part, path.join(store, shard.key));
        }),
        lanes,
      );
    } finally {
      await reading;
    }
    onTime('search-pagefind', start);
    start = performance.now();

    const bundle = path.join(site, pagefindShardPath(0));
    fs.rmSync(bundle, { recursive: true, force: true });
    shards.forEach((shard, n) => linkTree(path.join(store, shard.key), path.join(site, pagefindShardPath(n))));
    const list: ShardList = { indexes: shards.slice(1).map((_, i) => pagefindShardPath(i + 1)) };
    if (sharded) {
      const made = foldPieces(gathered);
      const words = shards.map((shard) => {
        const at = missing.indexOf(shard);
        return at >= 0 ? made[at]! : readWords(path.join(store, `${shard.key}${WORDS}`));
      });
      if (cacheDir) missing.forEach((shard, i) => fs.writeFileSync(path.join(store, `${shard.key}${WORDS}`), [...made[i]!].join('\n')));
      Object.assign(list, shardWords(words));
    }
    fs.writeFileSync(path.join(site, PAGEFIND_SHARDS), `${JSON.stringify(list)}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  if (cacheDir) {
    // Only this build's shards are kept: a cache that only grows would fill the server's disk.
    const used = new Set([...shards.flatMap((shard) => [shard.key, `${shard.key}${WORDS}`]), STRIPPED]);
    for (const name of fs.readdirSync(cacheDir)) if (!used.has(name)) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
  onTime('search-place', start);
  return { pages: digests.size, shards: shards.length, indexed: missing.length };
}

/** Beside a kept shard: the words its pages hold, one per line. */
const WORDS = '.words';
/** Beside the shards: the stripped pages (passPages), in a folder of the stripping code's version. */
const STRIPPED = `pages-${STRIP_VERSION}`;

/** A kept shard's words. */
function readWords(file: string): Set<string> {
  return new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean));
}
