/**
 * `npm run build`: validate the content, build the site with Astro, strip image metadata, then
 * index it with Pagefind.
 * Stops at the first failing step with its exit code. `--outDir DIR` builds elsewhere than dist/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PAGEFIND_GLOB } from '../src/lib/search.ts';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'dist');
const bin = (name: string) => path.resolve('node_modules/.bin', name);
// node_modules/.bin first on PATH, so the tools' `#!/usr/bin/env node` finds Node 24 even when
// this script is run directly rather than through npm.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
};

const steps: [string, string[]][] = [
  [process.execPath, ['scripts/validate.ts']],
  [bin('astro'), ['build', '--outDir', outDir]],
  [process.execPath, ['scripts/strip-metadata.ts', outDir]],
  [bin('pagefind'), ['--site', outDir, '--glob', PAGEFIND_GLOB, '--silent']],
];

for (const [cmd, argv] of steps) {
  const result = spawnSync(cmd, argv, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
