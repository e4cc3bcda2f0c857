/**
 * `npm run dev` as a developer meets it: scripts/dev.ts starts Astro's dev server and the CMS
 * backend behind its proxy. The CMS's requests go through that proxy with the page's own Host and
 * Origin, which the backend must accept (Vite's string shorthand for a proxy rewrote the Host, and
 * every request of /admin/ was refused), while a foreign Origin or Host is still refused and
 * writes nothing.
 *
 * Runs in a scratch copy of the project (node_modules linked): the dev server writes the project's
 * `.astro/` for its content, which a build of the tests running meanwhile in the checkout reads.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_API_PATH, ADMIN_PATH } from '../../src/routes.ts';
import { request } from '../helpers/publishing-server.ts';
import { freePort } from '../helpers/server.ts';
import { ROOT, TEST_BUILD_DATE } from '../helpers/sites.ts';

const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const story = '---\ntitle: Tin viết lúc phát triển\ndate: 2026-11-20\nsummary: Bản tin thử nghiệm lưu qua trang quản trị của máy chủ phát triển.\n---\n\nNội dung.\n';

let scratch: string;
let content: string;
let child: ChildProcess;
let url: string;
let output = '';

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-dev-project-'));
  for (const name of PROJECT_FILES) fs.cpSync(path.join(ROOT, name), path.join(scratch, name), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'));
  content = path.join(scratch, 'content');
  fs.cpSync(path.join(ROOT, 'fixtures/demo'), content, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['scripts/dev.ts'], {
    cwd: scratch,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      // Not vitest's own variables: Astro's dev server under VITEST routes no page (404 for all).
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name))),
      PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      CONTENT_DIR: content,
      PORT: String(port),
      CMS_PORT: String(await freePort()),
      STAFF_FILE: path.join(scratch, 'staff.json'),
      BUILD_DATE: TEST_BUILD_DATE,
    },
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run dev ended (${child.exitCode}):\n${output}`);
    const res = await request(url, 'GET', ADMIN_PATH).catch((error: Error) => error);
    if (!(res instanceof Error) && res.status === 200) break;
    const last = res instanceof Error ? res.message : `${res.status} ${res.body.slice(0, 300)}`;
    if (Date.now() > deadline) throw new Error(`npm run dev did not answer within 120 s (last: ${last}):\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 180_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const ended = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await ended;
  }
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** One CMS request through the dev server's proxy, as Decap on /admin/ sends it. */
function api(action: string, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  return request(url, 'POST', ADMIN_API_PATH, {
    headers: { 'content-type': 'application/json', origin: url, 'sec-fetch-site': 'same-origin', ...headers },
    body: JSON.stringify({ action, params }),
  });
}

const persist = (file: string, headers?: Record<string, string>) =>
  api('persistEntry', { dataFiles: [{ slug: 'x', path: file, raw: story }], assets: [], options: { useWorkflow: false } }, headers);

describe('npm run dev', () => {
  it("lists a collection's entries for the CMS through the dev server", async () => {
    const res = await api('entriesByFolder', { folder: 'stories', extension: 'md', depth: 1 });
    expect(res.status, res.body).toBe(200);
    const entries = JSON.parse(res.body) as { file: { path: string } }[];
    const onDisk = fs.readdirSync(path.join(content, 'stories')).filter((n) => n.endsWith('.md'));
    expect(entries.map((e) => path.basename(e.file.path)).sort()).toEqual(onDisk.sort());
  });

  it('saves an entry from the CMS into the content folder at once', async () => {
    const res = await persist('stories/tin-viet-luc-phat-trien.md');
    expect(res.status, res.body).toBe(200);
    expect(fs.readFileSync(path.join(content, 'stories/tin-viet-luc-phat-trien.md'), 'utf8')).toBe(story);
  });

  it('refuses a foreign Origin or Host and writes nothing', async () => {
    const foreignOrigin = await persist('stories/tu-trang-la.md', { origin: 'http://trang-la.example' });
    expect(foreignOrigin.status).toBe(403);
    const foreignHost = await persist('stories/tu-ten-mien-la.md', { host: 'trang-la.example', origin: 'http://trang-la.example' });
    expect(foreignHost.status).toBe(403);
    expect(fs.existsSync(path.join(content, 'stories/tu-trang-la.md'))).toBe(false);
    expect(fs.existsSync(path.join(content, 'stories/tu-ten-mien-la.md'))).toBe(false);
  });
});
