/**
 * `npm run bench:serve -- [--initiatives N] [--seconds S] [--connections C]`: the publishing
 * server against Caddy (Debian's `caddy`, `apt-get install caddy`) serving the same built site in
 * the same run: requests per second for `/` and an initiative page (gzip accepted, autocannon,
 * alternating A/B rounds, medians), their ratio, and the publish-to-live time: a story saved and
 * published through /admin/api/v1 until its page is served. N generated initiatives (default 500)
 * in a git repository of their own under .tmp/bench-serve/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { generateContent, writeContent } from './fixtures.ts';
import { ADMIN_API_PATH, ADMIN_LOGIN_PATH, initiativePath, storyPath } from '../src/routes.ts';
import { StaffStore } from '../src/server/staff.ts';
import { freePort } from '../tests/helpers/server.ts';
import { request } from '../tests/helpers/publishing-server.ts';

const { values } = parseArgs({ options: { initiatives: { type: 'string', default: '500' }, seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' } } });
const n = Number(values.initiatives);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const root = path.resolve('.tmp/bench-serve');
const content = path.join(root, 'content');
const state = path.join(root, 'state');

fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(root, { recursive: true });
writeContent(content, generateContent({ initiatives: n, seed: 1 }).files);
const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: content, encoding: 'utf8' });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'Nội dung sinh tự động');
await new StaffStore(path.join(state, 'staff.json')).add('xuatban', 'publisher', 'mat-khau-do-kiem');

const children: ChildProcess[] = [];
const cleanup = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('exit', cleanup);

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await fetch(url).catch(() => undefined);
    if (res?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const port = await freePort();
const server = spawn(process.execPath, ['scripts/start.ts'], { env: { ...process.env, CONTENT_DIR: content, SERVER_DIR: state, PORT: String(port) }, stdio: 'ignore' });
children.push(server);
const ours = `http://127.0.0.1:${port}`;
const firstBuild = Date.now();
await waitFor(`${ours}/`, 15 * 60_000);
console.log(`first build: ${((Date.now() - firstBuild) / 1000).toFixed(1)} s for ${n} initiatives`);
const site = (JSON.parse(fs.readFileSync(path.join(state, 'current.json'), 'utf8')) as { dir: string }).dir;
const initiative = initiativePath(fs.readdirSync(path.join(content, 'initiatives')).find((f) => f.endsWith('.md'))!.slice(0, -3));

const caddyPort = await freePort();
const caddyfile = path.join(root, 'Caddyfile');
fs.writeFileSync(caddyfile, `{\n  admin off\n  auto_https off\n}\nhttp://127.0.0.1:${caddyPort} {\n  root * ${site}\n  encode gzip\n  file_server\n}\n`);
const hasCaddy = spawnSync('caddy', ['version']).status === 0;
const caddyUrl = `http://127.0.0.1:${caddyPort}`;
if (hasCaddy) {
  const caddy = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], { stdio: 'ignore' });
  children.push(caddy);
  await waitFor(`${caddyUrl}/`, 30_000);
} else console.log('caddy not installed (apt-get install caddy): only the server is measured');

async function rps(base: string, p: string): Promise<number> {
  const result = await autocannon({ url: base + p, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  if (result.non2xx || result.errors) throw new Error(`${base}${p}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const p of ['/', initiative]) {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    a.push(await rps(ours, p));
    if (hasCaddy) b.push(await rps(caddyUrl, p));
  }
  const line = `${p.padEnd(40)} server ${median(a).toFixed(0)} req/s` + (hasCaddy ? `, caddy ${median(b).toFixed(0)} req/s, ratio ${(median(a) / median(b)).toFixed(2)}` : '');
  console.log(line);
}

// Publish → live: save a story through the CMS backend, publish it, wait for its page.
const login = await request(ours, 'POST', ADMIN_LOGIN_PATH, { headers: { origin: ours, 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=xuatban&password=mat-khau-do-kiem' });
const cookie = String(login.headers['set-cookie']?.[0]).split(';')[0]!;
const api = (action: string, params: Record<string, unknown>) =>
  request(ours, 'POST', ADMIN_API_PATH, { headers: { origin: ours, cookie, 'content-type': 'application/json' }, body: JSON.stringify({ action, params: { branch: 'main', ...params } }) });
const slug = 'tin-do-thoi-gian-cong-bo';
const raw = `---\ntitle: Tin đo thời gian công bố\ndate: 2026-11-20\nsummary: Tin dùng để đo thời gian từ lúc công bố đến lúc trang công khai hiện bài.\n---\n\nNội dung.\n`;
const saved = await api('persistEntry', { dataFiles: [{ slug, path: `stories/${slug}.md`, raw }], assets: [], options: { collectionName: 'stories', useWorkflow: true, status: 'pending_publish' } });
if (saved.status !== 200) throw new Error(saved.body);
const started = Date.now();
const published = await api('publishUnpublishedEntry', { collection: 'stories', slug });
if (published.status !== 200) throw new Error(published.body);
await waitFor(`${ours}${storyPath(slug)}`, 10 * 60_000);
console.log(`publish → live: ${((Date.now() - started) / 1000).toFixed(1)} s (${n} initiatives)`);
cleanup();
process.exit(0);
