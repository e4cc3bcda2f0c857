import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/server/headers.ts';

/** A TCP port free on 127.0.0.1 right now (for servers the tests start: the publishing server, …). */
export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Serves a built site on 127.0.0.1 (a free port), like a static host: directory indexes, 404.html,
 * and the response headers of its `_headers` file (Content-Security-Policy …).
 */
export async function serveSite(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ['html'] });
  const notFound = path.join(dir, '404.html');
  const rules = headerRules(dir);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The rules of the build's `_headers` file, applied as the publishing server applies them. */
function headerRules(dir: string): HeaderRule[] {
  const file = path.join(dir, '_headers');
  return fs.existsSync(file) ? parseHeaders(fs.readFileSync(file, 'utf8')) : [];
}
