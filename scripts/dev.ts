/**
 * `npm run dev`: Astro's dev server on http://127.0.0.1:4321 plus the local CMS backend
 * (decap-server on 127.0.0.1), so /admin/ edits the content the dev server shows. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startCmsServer } from '../src/cms/server.ts';
import { describeCms } from './lib/cms-notice.ts';

const cms = await startCmsServer();
const dev = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', '4321', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
console.log(describeCms(cms, 'http://127.0.0.1:4321'));

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  dev.kill('SIGTERM');
  await cms.stop();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
dev.on('exit', (code) => void stop(code ?? 0));
