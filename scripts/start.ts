/**
 * `npm start`: the publishing server, the same on a laptop and on the commune's server. Serves
 * the public site (building it first if the published branch has moved) and the CMS at /admin/
 * behind staff login, on HOST:PORT (default 127.0.0.1:4321), meant to sit behind a TLS reverse
 * proxy. Ctrl-C stops it. See README "Running the server".
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { cmsRepository } from '../src/cms/repository.ts';
import { contentDir } from '../src/node/content-dir.ts';
import { loadSite } from '../src/node/site.ts';
import words from '../src/i18n/vi/server.ts';
import { ADMIN_PATH } from '../src/routes.ts';
import { buildServer } from '../src/server/app.ts';
import { CmsBackend } from '../src/server/cms-backend.ts';
import { Git } from '../src/server/git.ts';
import { LiveSite } from '../src/server/live-site.ts';
import { serverSettings } from '../src/server/settings.ts';
import { StaffStore } from '../src/server/staff.ts';
import { Workflow } from '../src/server/workflow.ts';

const settings = serverSettings();
const content = contentDir();
const site = loadSite(content);
const repository = cmsRepository(content);
if (repository.mode !== 'git') {
  console.error(words.console.notGit(content));
  process.exit(1);
}

const staff = new StaffStore(settings.staffFile);
if (staff.list().length === 0) {
  const password = crypto.randomBytes(12).toString('base64url');
  await staff.add('quantri', 'publisher', password);
  console.log(words.console.firstAccount('quantri', password));
}

const git = new Git(repository.root);
const live = new LiveSite({
  git,
  branch: site.cms.branch,
  contentFolder: repository.contentFolder,
  stateDir: settings.stateDir,
  projectRoot: path.resolve(import.meta.dirname, '..'),
  env: { CMS_CONTENT_FOLDER: repository.contentFolder, ...(process.env.BUILD_DATE ? { BUILD_DATE: process.env.BUILD_DATE } : {}) },
  log: (line) => console.log(line),
});
const backend = new CmsBackend({
  git,
  contentFolder: repository.contentFolder,
  branch: site.cms.branch,
  workflow: new Workflow(path.join(settings.stateDir, 'workflow.json')),
  tempDir: settings.stateDir,
  onPublished: () => void live.rebuild().catch((err: unknown) => console.error(err)),
});
const app = await buildServer({
  host: settings.host,
  port: settings.port,
  siteUrl: site.url,
  extraHosts: settings.extraHosts,
  commune: site.commune,
  staff,
  backend,
  site: live,
  trustProxy: settings.trustProxy,
  secureCookie: settings.secureCookie,
});
try {
  await app.listen({ host: settings.host, port: settings.port });
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? words.console.portBusy(settings.host, settings.port) : String(err));
  process.exit(1);
}
console.log(words.console.listening(`http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${settings.port}`, ADMIN_PATH));

if (!live.current) console.log(words.console.building);
live.ensureFresh().catch((err: unknown) => console.error(err));

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
