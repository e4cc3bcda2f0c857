/**
 * The content sets that build and browser tests read, each built once into `.tmp/sites/` under
 * a hash of everything the output depends on, so a rerun with nothing changed builds nothing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Name → content directory (relative to the project). Tests refer to sites by name. */
export const SITES = {
  content: 'content',
  demo: 'fixtures/demo',
} as const;
export type SiteName = keyof typeof SITES;

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
  const hash = createHash('sha256');
  for (const input of [...INPUTS, SITES[name]]) hashTree(hash, path.join(ROOT, input));
  hash.update(TEST_BUILD_DATE);
  return path.join(ROOT, '.tmp/sites', `${name}-${hash.digest('hex').slice(0, 16)}`);
}

export function siteExists(name: SiteName): boolean {
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

/** Builds a named site unless an up-to-date build exists; returns its folder. */
export function ensureSite(name: SiteName): string {
  const out = siteDir(name);
  const done = path.join(out, '.build-complete');
  if (fs.existsSync(done)) return out;
  fs.rmSync(out, { recursive: true, force: true });
  const result = buildContent(SITES[name], out);
  if (result.status !== 0) {
    throw new Error(`Build of "${name}" failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  fs.writeFileSync(done, new Date().toISOString());
  return out;
}
