/**
 * The one way tests get a real Chromium. Default: the Chromium shipped inside the npm package
 * `@sparticuz/chromium` (nothing to install outside npm). CHROME_PATH points to another build,
 * e.g. Debian's /usr/bin/chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './sites.ts';

// Flags: no sandbox (tests run as root), and no background traffic: the machine has no network
// beyond the package registries, and refused connections only slow the browser down.
// Not `chromium.args` from the package: its --single-process crashes when a context is reopened.
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** Path of the Chromium the tests use; `npm run lighthouse` drives the same one. */
export async function executablePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  // The package unpacks into os.tmpdir()/chromium and reuses whatever is there, even another
  // version: give it a folder of the project's own.
  const tmp = path.join(ROOT, 'node_modules/.cache/sparticuz-chromium');
  fs.mkdirSync(tmp, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    return await sparticuz.executablePath();
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({ executablePath: await executablePath(), args: ARGS, headless: true });
}

/** A phone-sized context (360 px wide) in Vietnamese. */
export async function phoneContext(browser: Browser, width = 360): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height: 740 }, locale: 'vi-VN', deviceScaleFactor: 1 });
}

/**
 * axe-core's WCAG 2.1 A and AA violations, and its best practices (unique landmarks, one main,
 * headings in order…), on the page (or within `include`, a selector), one line each with up to
 * three of its elements.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Where screenshots go: looked at by people, not compared by tests. */
export function screenshotPath(name: string): string {
  const dir = path.join(ROOT, 'test-results/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

export type { Browser, Page };
