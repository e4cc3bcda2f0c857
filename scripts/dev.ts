/**
 * `npm run dev` (developers only): Astro's dev server on http://127.0.0.1:4321 plus the CMS
 * backend on the developer's working tree (src/server/dev-backend.ts) behind it, reached through
 * the dev server's proxy at /admin/api/v1: same origin, a signed-in developer without a login
 * page, the same Host, Origin and path rules as the publishing server. Ctrl-C stops both.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { cmsRepository } from '../src/cms/repository.ts';
import { contentDir } from '../src/node/content-dir.ts';
import { loadSite } from '../src/node/site.ts';
import { ADMIN_API_PATH, ADMIN_PATH, ADMIN_STATUS_PATH } from '../src/routes.ts';
import { buildServer } from '../src/server/app.ts';
import { DevBackend } from '../src/server/dev-backend.ts';
import { serverSettings } from '../src/server/settings.ts';
import { StaffStore } from '../src/server/staff.ts';

const settings = serverSettings();
const content = contentDir();
const site = loadSite(content);
const repository = cmsRepository(content);
const backendPort = Number(process.env.CMS_PORT || settings.port + 1);
const gitName = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8' }).stdout.trim();
// A login name as git would not take one: the developer's git name folded to the account rules.
const developer = (gitName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'nha-phat-trien').slice(0, 32);

const app = await buildServer({
  host: '127.0.0.1',
  port: backendPort,
  siteUrl: site.url,
  // The dev server forwards requests with their own Host and Origin (127.0.0.1:4321).
  extraHosts: [`127.0.0.1:${settings.port}`, `localhost:${settings.port}`],
  commune: site.commune,
  staff: new StaffStore(settings.staffFile),
  backend: new DevBackend(repository.root, repository.contentFolder),
  autoMember: { name: developer, role: 'publisher' },
});
await app.listen({ host: '127.0.0.1', port: backendPort });

const dev = spawn(path.resolve('node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(settings.port), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CMS_DEV_BACKEND: `http://127.0.0.1:${backendPort}`,
    CMS_DEV_PATHS: [ADMIN_API_PATH, ADMIN_STATUS_PATH].join(','),
    CMS_PUBLISH_MODE: 'simple',
    CMS_CONTENT_FOLDER: repository.contentFolder,
  },
});
console.log(`Trang quản trị (nhà phát triển, tự đăng nhập là "${developer}", lưu thẳng vào ${content}): http://127.0.0.1:${settings.port}${ADMIN_PATH}`);

const stop = async (code: number) => {
  dev.kill('SIGTERM');
  await app.close();
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
dev.on('exit', (code) => void stop(code ?? 0));
