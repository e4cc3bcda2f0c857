/**
 * `npm start`: build the site, then serve it on http://127.0.0.1:4321 with the CMS at /admin/,
 * backed by decap-server on 127.0.0.1 editing the local content. Ctrl-C stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { startCmsServer } from '../src/cms/server.ts';
import { runWithCms } from './lib/with-cms.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const cms = await startCmsServer().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
const preview = spawn(path.resolve('node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit', env });
runWithCms(preview, cms, 'http://127.0.0.1:4321');
