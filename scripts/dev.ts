/**
 * `npm run dev`: Astro's dev server on http://127.0.0.1:4321 plus the local CMS backend
 * (decap-server on 127.0.0.1), so /admin/ edits the content the dev server shows. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startCmsServer } from '../src/cms/server.ts';
import { runWithCms } from './lib/with-cms.ts';

const cms = await startCmsServer().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
const dev = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', '4321', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
runWithCms(dev, cms, 'http://127.0.0.1:4321');
