/**
 * The server's settings from the environment: HOST, PORT, STAFF_FILE, SERVER_DIR (builds,
 * workflow state; default .server/ in the project, ignored by git), ALLOWED_HOSTS (more Host
 * names to answer, comma-separated), TRUST_PROXY (addresses whose X-Forwarded-* are believed),
 * COOKIE_SECURE (1: session cookie only over HTTPS; default: when site.yml's url is https).
 */
import path from 'node:path';
import words from '../i18n/vi/server.ts';

export interface ServerSettings {
  host: string;
  port: number;
  stateDir: string;
  staffFile: string;
  extraHosts: string[];
  trustProxy: string | boolean;
  /** COOKIE_SECURE=1|0 overrides what the site address says. */
  secureCookie?: boolean;
}

export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const port = Number(env.PORT || 4321);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(words.console.badPort(String(env.PORT)));
  const stateDir = path.resolve(env.SERVER_DIR || '.server');
  return {
    host: env.HOST || '127.0.0.1',
    port,
    stateDir,
    staffFile: path.resolve(env.STAFF_FILE || path.join(stateDir, 'staff.json')),
    extraHosts: (env.ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
    trustProxy: env.TRUST_PROXY || '127.0.0.1',
    secureCookie: env.COOKIE_SECURE === undefined ? undefined : env.COOKIE_SECURE === '1',
  };
}
