/**
 * A real publishing server (`scripts/start.ts`, what `npm start` runs) on a temporary git copy of
 * fixtures/demo, with its own state folder and staff accounts, for HTTP and browser tests.
 * `seedSite` lets a test start from an already built site instead of building one first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { StaffStore, type Role } from '../../src/server/staff.ts';
import { freePort } from './server.ts';
import { ROOT, TEST_BUILD_DATE } from './sites.ts';

export interface PublishingServer {
  url: string;
  port: number;
  /** The content repository (a git copy of fixtures/demo). */
  work: string;
  stateDir: string;
  git: (...args: string[]) => string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  accounts: { name: string; role: Role; password: string }[];
  seedSite?: string;
}

export async function startPublishingServer(opts: StartOptions): Promise<PublishingServer> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-content-'));
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-server-'));
  fs.cpSync(path.join(ROOT, 'fixtures/demo'), work, { recursive: true });
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: work, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.invalid', '-c', 'commit.gpgsign=false', 'add', '-A');
  git('-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Nội dung mẫu');

  const staff = new StaffStore(path.join(stateDir, 'staff.json'));
  for (const a of opts.accounts) await staff.add(a.name, a.role, a.password);
  if (opts.seedSite) {
    const dir = path.join(stateDir, 'sites', 'seed');
    fs.cpSync(opts.seedSite, dir, { recursive: true });
    const rev = git('rev-parse', 'main').trim();
    fs.writeFileSync(path.join(stateDir, 'current.json'), JSON.stringify({ dir, rev, builtAt: new Date().toISOString() }));
  }

  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: work, SERVER_DIR: stateDir, PORT: String(port), HOST: '127.0.0.1', BUILD_DATE: TEST_BUILD_DATE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    for (const dir of [work, stateDir]) fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped:\n${out}`);
    const res = await request(url, 'GET', '/').catch(() => undefined);
    if (res?.status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not serve / in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, port, work, stateDir, git, output: () => out, stop };
}

export interface Answer { status: number; headers: http.IncomingHttpHeaders; body: string }

/**
 * One request through node:http, which sends the Host and Origin it is given (fetch replaces
 * Host with the real one, so DNS rebinding could not be tested with it).
 */
export function request(base: string, method: string, pathname: string, opts: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  const u = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: u.pathname + u.search, headers: { host: u.host, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
