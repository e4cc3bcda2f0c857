/**
 * Page-weight budget (issue #10): residents read on phones over slow mobile data, so the pages
 * they open first must arrive in the first round trips. HTML plus the CSS that blocks rendering,
 * each gzipped as a static host sends it, stays within 14 KB; content pages carry no JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSite } from '../helpers/sites.ts';
import { readPage } from '../helpers/html.ts';
import { firstInitiativePage, htmlPages, mayCarryScript } from '../helpers/page-types.ts';

const BUDGET = 14 * 1024;

let dir: string;
beforeAll(() => {
  dir = ensureSite('demo');
});

/** Stylesheets that block the first render: `<link rel=stylesheet>` without a non-screen media query. */
function blockingCss(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const media = /\bmedia=["']?([^"'>]+)/i.exec(tag)?.[1]?.trim();
    if (media && !/^(all|screen)\b/i.test(media)) continue; // print CSS does not block
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href) hrefs.push(href);
  }
  return hrefs;
}

/** Gzipped bytes of a page and its blocking CSS, as a static host sends them. */
function pageWeight(siteDir: string, urlPath: string) {
  const html = readPage(siteDir, urlPath);
  const css = blockingCss(html).map((href) => fs.readFileSync(path.join(siteDir, new URL(href, 'http://x' + urlPath).pathname)));
  const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
  const htmlGz = gz(html);
  const cssGz = css.reduce((sum, b) => sum + gz(b), 0);
  return { htmlGz, cssGz, total: htmlGz + cssGz };
}

describe('page weight', () => {
  it.each([
    ['the home page', '/'],
    ['the plan', '/ke-hoach/'],
  ])('keeps %s within 14 KB of gzipped HTML and blocking CSS', (_name, url) => {
    const w = pageWeight(dir, url);
    console.info(`${url}: HTML ${w.htmlGz} B + CSS ${w.cssGz} B = ${w.total} B gzip`);
    expect(w.total).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps an initiative page within 14 KB of gzipped HTML and blocking CSS', (ctx) => {
    const url = firstInitiativePage(dir);
    if (!url) return ctx.skip(); // initiative pages not built yet
    const w = pageWeight(dir, url);
    console.info(`${url}: HTML ${w.htmlGz} B + CSS ${w.cssGz} B = ${w.total} B gzip`);
    expect(w.total).toBeLessThanOrEqual(BUDGET);
  });

  it('ships no JavaScript on content pages (only search, broadcast, filters and the CMS)', () => {
    const offenders = htmlPages(dir).filter((p) => {
      const html = readPage(dir, p);
      return !mayCarryScript(p, html) && /<script\b(?![^>]*\btype=["']?application\/(ld\+)?json)/i.test(html);
    });
    expect(offenders).toEqual([]);
  });
});
