/**
 * The publishing server: one Fastify app that serves the public site (the latest good build,
 * with the headers of its `_headers`, compression, long caching for hashed assets, the site's
 * own 404 page and range requests) and, under /admin/, the staff login, the Decap CMS and its
 * backend. It answers only requests whose Host is the site's own and refuses a foreign Origin
 * (DNS rebinding, cross-site requests). Sessions: @fastify/session, an HttpOnly SameSite=Strict
 * cookie (Secure behind HTTPS), idle and absolute expiry.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import words from '../i18n/vi/server.ts';
import { ADMIN_API_PATH, ADMIN_LOGIN_PATH, ADMIN_LOGOUT_PATH, ADMIN_PAGE_FILE, ADMIN_PATH, ADMIN_STATUS_PATH, ASSETS_PATH, NOT_FOUND_FILE } from '../routes.ts';
import { audit, BackendError, MAX_UPLOAD_BYTES, type CmsBackend } from './cms-backend.ts';
import { headersFor } from './headers.ts';
import type { LiveSite } from './live-site.ts';
import { loginPage } from './login-page.ts';
import type { StaffMember, StaffStore } from './staff.ts';
import { LoginThrottle, LOCK_MS } from './throttle.ts';

declare module 'fastify' {
  interface Session { member?: StaffMember; loginAt?: number }
}

export const IDLE_MS = 2 * 60 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** JSON bodies of the CMS backend: an image of MAX_UPLOAD_BYTES, base64-encoded, and its entry. */
const BODY_LIMIT = Math.ceil(MAX_UPLOAD_BYTES * 1.4) + 1024 * 1024;

export interface ServerOptions {
  host: string;
  port: number;
  /** The site's public address (site.yml `url`): its host is accepted besides HOST:PORT. */
  siteUrl: string;
  /** More accepted hosts (`name` or `name:port`), e.g. from ALLOWED_HOSTS. */
  extraHosts?: string[];
  commune: string;
  staff: StaffStore;
  backend: Pick<CmsBackend, 'handle'>;
  /** The public site; absent for `npm run dev`, where Astro's dev server shows the pages. */
  site?: LiveSite;
  /** `npm run dev` only: every request is this member, without a login (loopback, developer's machine). */
  autoMember?: StaffMember;
  /**
   * Secure session cookie: when the site is reached over HTTPS (site.yml `url`, or COOKIE_SECURE).
   * Not @fastify/session's 'auto', which turns SameSite=Strict into Lax on plain HTTP.
   */
  secureCookie?: boolean;
  /** Trust X-Forwarded-* from these proxies (Fastify's trustProxy), e.g. '127.0.0.1' behind Caddy. */
  trustProxy?: string | boolean;
}

export function allowedHosts(o: Pick<ServerOptions, 'host' | 'port' | 'siteUrl' | 'extraHosts'>): Set<string> {
  const hosts = new Set<string>();
  const add = (h: string) => hosts.add(h.toLowerCase());
  for (const name of [o.host, '127.0.0.1', 'localhost', '[::1]']) add(`${name}:${o.port}`);
  try {
    const url = new URL(o.siteUrl);
    add(url.host);
  } catch {
    // no site address: only HOST:PORT
  }
  for (const h of o.extraHosts ?? []) if (h) add(h.trim());
  return hosts;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildServer(o: ServerOptions) {
  const app = Fastify({ logger: false, trustProxy: o.trustProxy ?? '127.0.0.1', bodyLimit: BODY_LIMIT, return503OnClosing: true });
  const hosts = allowedHosts(o);
  const throttle = new LoginThrottle();

  // ── Host and Origin: before anything else, for every request ───────────────
  app.addHook('onRequest', async (req, reply) => {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!hosts.has(host)) return reply.code(403).type('text/plain; charset=utf-8').send(words.api.foreign);
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let ok = false;
      try {
        const u = new URL(origin);
        ok = (u.protocol === 'http:' || u.protocol === 'https:') && hosts.has(u.host.toLowerCase()) && u.host.toLowerCase() === host;
      } catch {
        ok = false;
      }
      if (!ok) return reply.code(403).type('application/json; charset=utf-8').send({ error: words.api.foreign });
    } else if (!SAFE_METHODS.has(req.method)) {
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') return reply.code(403).send({ error: words.api.foreign });
    }
  });

  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: crypto.randomBytes(32).toString('hex'),
    cookieName: 'vd_phien',
    saveUninitialized: false,
    rolling: true,
    cookie: { path: ADMIN_PATH.slice(0, -1), httpOnly: true, sameSite: 'strict', secure: o.secureCookie ?? o.siteUrl.startsWith('https:'), maxAge: IDLE_MS },
  });
  await app.register(fastifyFormbody, { bodyLimit: 16 * 1024 });
  await app.register(fastifyStatic, { root: path.resolve('.'), serve: false, cacheControl: false, dotfiles: 'deny', index: false });

  app.setErrorHandler((err: Error & { code?: string; statusCode?: number }, _req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: words.api.bodyTooLarge(BODY_LIMIT) });
    if (err.statusCode && err.statusCode < 500) return reply.code(err.statusCode).send({ error: words.api.badRequest });
    console.error(err);
    return reply.code(500).send({ error: words.api.internal });
  });

  /** The signed-in member, or undefined (an expired session is ended here). */
  const memberOf = (req: FastifyRequest): StaffMember | undefined => {
    if (o.autoMember) return o.autoMember;
    const { member, loginAt } = req.session;
    if (!member) return undefined;
    if (!loginAt || Date.now() - loginAt > ABSOLUTE_MS) return undefined;
    return member;
  };

  const sendLogin = (reply: FastifyReply, status: number, opts: { message?: string; name?: string; error?: boolean } = {}) =>
    reply.code(status).header('cache-control', 'no-store').header('x-frame-options', 'DENY').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
      .type('text/html; charset=utf-8').send(loginPage({ commune: o.commune, ...opts }));

  // ── /admin/: login page until there is a session, then the CMS ─────────────
  const adminHome = async (req: FastifyRequest<{ Querystring: { ra?: string } }>, reply: FastifyReply) => {
    if (!memberOf(req)) return sendLogin(reply, 200, req.query.ra ? { message: words.login.loggedOut } : {});
    return serveFile(reply, ADMIN_PAGE_FILE);
  };
  app.get(ADMIN_PATH, adminHome);
  app.get(ADMIN_PAGE_FILE, adminHome);
  app.get(ADMIN_PATH.slice(0, -1), (_req, reply) => reply.redirect(ADMIN_PATH, 301));

  app.post(ADMIN_LOGIN_PATH, async (req: FastifyRequest<{ Body: { name?: string; password?: string } }>, reply) => {
    const name = String(req.body?.name ?? '').trim().toLowerCase().slice(0, 64);
    const password = String(req.body?.password ?? '');
    if (!name || !password) return sendLogin(reply, 400, { message: words.login.missing, name, error: true });
    const locked = throttle.lockedFor(name, req.ip);
    if (locked > 0) {
      audit({ name }, 'đăng nhập bị khóa', req.ip);
      return sendLogin(reply, 429, { message: words.login.locked(Math.ceil(locked / 60_000)), name, error: true });
    }
    const member = await o.staff.check(name, password);
    if (!member) {
      const wait = throttle.fail(name, req.ip);
      audit({ name }, 'đăng nhập sai', req.ip);
      await new Promise((r) => setTimeout(r, wait));
      const nowLocked = throttle.lockedFor(name, req.ip);
      return sendLogin(reply, 401, { message: nowLocked ? words.login.locked(Math.ceil(LOCK_MS / 60_000)) : words.login.wrong, name, error: true });
    }
    throttle.succeed(name, req.ip);
    await req.session.regenerate();
    req.session.member = member;
    req.session.loginAt = Date.now();
    audit(member, 'đăng nhập', req.ip);
    return reply.redirect(ADMIN_PATH, 303);
  });

  app.post(ADMIN_LOGOUT_PATH, async (req, reply) => {
    const member = req.session.member;
    await req.session.destroy();
    if (member) audit(member, 'đăng xuất');
    return reply.redirect(`${ADMIN_PATH}?ra=1`, 303);
  });

  app.get(ADMIN_STATUS_PATH, async (req, reply) => {
    const member = memberOf(req);
    if (!member) return reply.code(401).send({ error: words.api.unauthorized });
    return reply.header('cache-control', 'no-store').send({ member, site: o.site?.status() ?? { building: false, queued: false } });
  });

  app.post(ADMIN_API_PATH, async (req: FastifyRequest<{ Body: { action?: unknown; params?: Record<string, unknown> } }>, reply) => {
    const member = memberOf(req);
    if (!member) return reply.code(401).send({ error: words.api.unauthorized });
    const body = req.body ?? {};
    try {
      const result = await o.backend.handle(body.action, { branch: (body as { branch?: unknown }).branch, ...(body.params ?? {}) }, member);
      return reply.header('cache-control', 'no-store').send(result ?? null);
    } catch (err) {
      if (err instanceof BackendError) return reply.code(err.status).send({ error: err.message });
      throw err;
    }
  });

  // ── the public site ────────────────────────────────────────────────────────
  /** No site yet: it is being built for the first time, or that build failed (staff see why on /admin/). */
  function noSite(reply: FastifyReply) {
    const status = o.site?.status();
    const text = status?.error && !status.building ? words.site.failed : words.site.building;
    return reply.code(503).header('retry-after', '30').header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(text);
  }

  async function serveFile(reply: FastifyReply, pathname: string) {
    const build = o.site?.current;
    if (!build) return noSite(reply);
    for (const [name, value] of headersFor(build.rules, pathname)) reply.header(name, value);
    reply.header('cache-control', pathname.startsWith(ASSETS_PATH) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.sendFile(pathname.slice(1), build.dir);
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: async (req, reply) => {
      const build = o.site?.current;
      if (!build) return noSite(reply);
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      } catch {
        return notFound(reply);
      }
      if (pathname.includes('\0') || pathname.split('/').some((p) => p === '..' || (p.startsWith('.') && p !== '.well-known'))) return notFound(reply);
      const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      const full = path.join(build.dir, file);
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) {
        if (fs.existsSync(path.join(full, 'index.html'))) return reply.redirect(`${pathname}/`, 301);
        return notFound(reply);
      }
      if (!stat?.isFile()) return notFound(reply);
      if (file === '/_headers') return notFound(reply);
      return serveFile(reply, file);
    },
  });

  function notFound(reply: FastifyReply) {
    const build = o.site!.current!;
    for (const [name, value] of headersFor(build.rules, NOT_FOUND_FILE)) reply.header(name, value);
    reply.header('cache-control', 'no-cache');
    return reply.code(404).sendFile(NOT_FOUND_FILE.slice(1), build.dir);
  }

  return app;
}
