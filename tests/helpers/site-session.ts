/**
 * The start of most browser test files: a built site served on 127.0.0.1 and one Chromium, ready
 * before the file's tests and closed after them. Read `browser` and `url` inside the tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import { serveSite } from './server.ts';

export interface SiteSession { browser: Browser; url: string }

export function browseSite(siteDir: () => string): SiteSession {
  const session = {} as SiteSession;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveSite(siteDir());
    close = server.close;
    session.url = server.url;
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await close?.();
  });
  return session;
}
