/**
 * `npm start`: build the site, then serve it on http://127.0.0.1:4321. Ctrl-C stops everything.
 * (The local CMS backend joins here with the CMS issue.)
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(path.resolve('node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit', env }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
