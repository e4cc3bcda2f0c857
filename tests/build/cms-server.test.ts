/**
 * The local CMS backend writes to disk without any login, so it must answer on loopback only.
 * Proven three ways on a running decap-server: it answers on 127.0.0.1; a connection to every
 * other address of this machine is refused; and the kernel's socket table shows it bound to
 * 127.0.0.1 alone. Also: a git repository with uncommitted work gets plain file mode.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../src/cms/server.ts';
import { cmsRepository } from '../../src/cms/repository.ts';
import { freePort } from '../helpers/server.ts';

let dir: string;
let cms: CmsServer;
let port: number;


/** Resolves to 'connected' or the error code of a TCP connection attempt. */
function connect(host: string, p: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: p, timeout: 2000 });
    socket.once('connect', () => { socket.destroy(); resolve('connected'); });
    socket.once('timeout', () => { socket.destroy(); resolve('timeout'); });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}

/** Local addresses listening on `p` according to /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
function listeningAddresses(p: number): string[] {
  const hexPort = p.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    // st 0A = LISTEN
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
    .map((cols) => cols[1]!.split(':')[0]!);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-cms-bind-'));
  fs.mkdirSync(path.join(dir, 'stories'));
  port = await freePort();
  cms = await startCmsServer({ contentDir: dir, port, quiet: true });
});

afterAll(async () => {
  await cms?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('local CMS backend (decap-server)', () => {
  it('answers on 127.0.0.1', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: 'local_fs' });
  });

  it('refuses connections on every non-loopback address of this machine', async () => {
    const addresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && !a.internal)
      .map((a) => (a.family === 'IPv6' && a.scopeid ? `${a.address}%${a.scopeid}` : a.address));
    for (const address of addresses) expect(await connect(address, port), address).toBe('ECONNREFUSED');
  });

  it('is bound to 127.0.0.1 alone in the kernel socket table', () => {
    const bound = listeningAddresses(port);
    // 0100007F is 127.0.0.1 in the kernel's little-endian hex.
    expect(bound).toEqual(['0100007F']);
  });

  it('refuses to start on a port another program holds, and says what to do', async () => {
    await expect(startCmsServer({ contentDir: dir, port, quiet: true })).rejects.toThrow(/Cổng \d+ .* CMS_PORT/);
  });

  it('uses file mode for a git repository with uncommitted changes, so its commits never sweep in other work', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-cms-dirty-'));
    try {
      const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      fs.writeFileSync(path.join(repo, 'site.yml'), 'commune: X\n');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'x');
      expect(cmsRepository(repo).mode).toBe('git');
      fs.writeFileSync(path.join(repo, 'unfinished.txt'), 'work in progress\n');
      const server = await startCmsServer({ contentDir: repo, port: await freePort(), quiet: true });
      try {
        expect(server.mode).toBe('fs');
      } finally {
        await server.stop();
      }
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
