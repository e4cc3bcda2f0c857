/**
 * The content sets that build and browser tests read, each built once into `.tmp/sites/` under
 * a hash of everything the output depends on, so a rerun with nothing changed builds nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { generateContent, writeContent } from '../../scripts/fixtures.ts';
import { lockProject } from '../../scripts/project-lock.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Name → content directory (relative to the project). Tests refer to sites by name. */
export const SITES = {
  content: 'content',
  demo: 'fixtures/demo',
  /** `npm run fixtures -- --initiatives 120 --image-every 30`, regenerated when the generator's output changes. */
  generated: '.tmp/fixtures/generated',
  /** The demo content with its search index in shards of 8 pages (the real site shards above 2,000). */
  'demo-sharded': 'fixtures/demo',
} as const;
export type SiteName = keyof typeof SITES;

/** What a site's build is given besides its content. */
const BUILD_ENV: Partial<Record<SiteName, Record<string, string>>> = {
  'demo-sharded': { SEARCH_SHARD_PAGES: '8' },
};

/** Sites written by a tool rather than kept in git: made (or refreshed) before they are hashed or built. */
const PREPARE: Partial<Record<SiteName, () => void>> = {
  generated: () => {
    const dir = path.join(ROOT, SITES.generated);
    const { files } = generateContent({ initiatives: 120, seed: 1, imageEvery: 30 });
    const hash = createHash('sha256');
    for (const [rel, data] of files) hash.update(rel).update('\0').update(data).update('\0');
    const digest = hash.digest('hex');
    const stamp = `${dir}.hash`;
    if (fs.existsSync(dir) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === digest) return;
    // Written beside the target and renamed, so a concurrent worker never sees a half-written set.
    const temp = `${dir}.tmp-${process.pid}`;
    fs.rmSync(temp, { recursive: true, force: true });
    writeContent(temp, files);
    fs.rmSync(dir, { recursive: true, force: true });
    try {
      fs.renameSync(temp, dir);
      fs.writeFileSync(stamp, digest);
    } catch {
      fs.rmSync(temp, { recursive: true, force: true }); // another worker got there first
    }
  },
};

/** Fixed "today" for builds under test, so pages computed from the date are reproducible. */
export const TEST_BUILD_DATE = '2026-11-25';

const INPUTS = ['src', 'astro.config.mjs', 'scripts', 'package-lock.json', 'public'];

function hashTree(hash: ReturnType<typeof createHash>, p: string): void {
  if (!fs.existsSync(p)) return;
  const stat = fs.statSync(p);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) hashTree(hash, path.join(p, name));
  } else {
    hash.update(path.relative(ROOT, p));
    hash.update(fs.readFileSync(p));
  }
}

/** Output folder of a site for the current sources and content. */
export function siteDir(name: SiteName): string {
  PREPARE[name]?.();
  const hash = createHash('sha256');
  for (const input of [...INPUTS, SITES[name]]) hashTree(hash, path.join(ROOT, input));
  hash.update(TEST_BUILD_DATE).update(JSON.stringify(BUILD_ENV[name] ?? {}));
  return path.join(ROOT, '.tmp/sites', `${name}-${hash.digest('hex').slice(0, 16)}`);
}

export function siteExists(name: SiteName): boolean {
  PREPARE[name]?.();
  return fs.existsSync(path.join(ROOT, SITES[name]));
}

/** Runs the real `npm run build` pipeline (validate, Astro, Pagefind) for a content directory. */
export function buildContent(contentDir: string, outDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.resolve(ROOT, contentDir), BUILD_DATE: TEST_BUILD_DATE, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Astro alone on a content directory, without the validator before it: for tests that the renderer
 * holds by itself on content the validator would refuse. Holds the project's build lock, as
 * scripts/build.ts does around Astro.
 */
export async function buildUnchecked(contentDir: string, outDir: string) {
  const release = await lockProject(ROOT);
  try {
    return spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: path.resolve(ROOT, contentDir),
        BUILD_DATE: TEST_BUILD_DATE,
        ASTRO_TELEMETRY_DISABLED: '1',
        PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    release();
  }
}

/** Builds a named site unless an up-to-date build exists; returns its folder. */
export function ensureSite(name: SiteName): string {
  const out = siteDir(name);
  const done = path.join(out, '.build-complete');
  if (fs.existsSync(done)) return out;
  fs.rmSync(out, { recursive: true, force: true });
  const result = buildContent(SITES[name], out, BUILD_ENV[name]);
  if (result.status !== 0) {
    throw new Error(`Build of "${name}" failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  fs.writeFileSync(buildLogOf(out), `${result.stdout}\n${result.stderr}`);
  fs.writeFileSync(done, new Date().toISOString());
  pruneOlderBuilds(name, out);
  return out;
}

/**
 * Removes the builds of `name` made for other sources or content (each change of either gets a
 * new folder of about 30 MB for the demo, and nothing else removes them: 2.1 GB of .tmp/sites
 * was seen on a developer's machine), with their logs and the folders tests made beside them.
 */
function pruneOlderBuilds(name: SiteName, current: string): void {
  const dir = path.dirname(current);
  const mine = new RegExp(`^${name}-[0-9a-f]{16}(?:-[a-z0-9-]+)?(?:\\.log)?$`);
  const keep = path.basename(current);
  for (const entry of fs.readdirSync(dir)) {
    if (!mine.test(entry) || entry.startsWith(keep)) continue;
    fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

/** What a site's build printed (both streams), kept beside its folder for tests of the log. */
export function buildLogOf(out: string): string {
  return `${out}.log`;
}
