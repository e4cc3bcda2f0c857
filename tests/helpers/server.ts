import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

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

type HeaderRule = { pattern: RegExp; detach: string[]; set: [string, string][] };

/** Rules of a Netlify / Cloudflare Pages `_headers` file (`/path/*` lines, indented `Name: value`, `! Name`). */
function headerRules(dir: string): HeaderRule[] {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), detach: [], set: [] });
    } else if (rules.length) {
      const rule = rules[rules.length - 1]!;
      const detach = /^\s*!\s*(\S+)/.exec(line);
      if (detach) rule.detach.push(detach[1]!.toLowerCase());
      else {
        const i = line.indexOf(':');
        rule.set.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
      }
    }
  }
  return rules;
}

/** Headers for a path: every matching rule in file order; a later rule's `! Name` drops an earlier value. */
function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name.toLowerCase(), value);
  }
  return headers;
}
