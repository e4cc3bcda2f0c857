import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SITES, ensureSite, siteExists, type SiteName } from './sites.ts';

/** Builds every registered site once before build and browser tests, under a lock shared by projects. */
export default async function setup() {
  const lock = path.join(ROOT, '.tmp/build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after 10 minutes.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    for (const name of Object.keys(SITES) as SiteName[]) {
      if (siteExists(name)) ensureSite(name);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
