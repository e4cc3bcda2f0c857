/**
 * Links on the built site (issue #10): every internal link, image, stylesheet, script and form
 * target resolves to a file in the output, every `#fragment` to an id on its page; link text says
 * where it goes ("xem thêm" alone does not); links to other sites carry rel="noopener".
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSite, siteExists, type SiteName } from '../helpers/sites.ts';
import { duplicateIds, readPage, textOf } from '../helpers/html.ts';
import { htmlPages, isCmsPage } from '../helpers/page-types.ts';

const SITES_CHECKED: SiteName[] = ['demo', 'generated'];
const ORIGIN = 'http://site.invalid';

/** Link texts that say nothing about the target when read alone (screen-reader link lists). */
export const VAGUE_LINK_TEXT = ['xem thêm', 'tại đây', 'bấm vào đây', 'nhấn vào đây', 'click here', 'đọc thêm', 'chi tiết', 'read more', 'here', 'link'];

/** Every URL an HTML page refers to, with the attribute it came from. */
export function urlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<(a|link|img|script|source|form|iframe|video|audio|use)\b([^>]*)>/gi)) {
    const attrs = m[2]!;
    for (const a of attrs.matchAll(/\s(href|src|action|xlink:href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      urls.push(decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    const srcset = /\ssrcset=(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    if (srcset) for (const part of (srcset[1] ?? srcset[2])!.split(',')) urls.push(decodeEntities(part.trim().split(/\s+/)[0]!));
  }
  return urls.filter(Boolean);
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x2F;/gi, '/').replace(/&quot;/g, '"');

const isInternal = (u: string) => !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(u);

/** The file a URL path resolves to on a static host, or undefined. */
function fileFor(siteDir: string, pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  const candidates = pathname.endsWith('/') ? [path.join(rel, 'index.html')] : [rel, `${rel}.html`, path.join(rel, 'index.html')];
  return candidates.map((c) => path.join(siteDir, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = fs.readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)=["']?([^"'\s>]+)/gi)].map((m) => decodeURIComponent(decodeEntities(m[1]!))));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Broken internal references of a whole site, as "page → url (why)". */
export function brokenLinks(siteDir: string): string[] {
  const broken: string[] = [];
  for (const page of htmlPages(siteDir)) {
    const html = readPage(siteDir, page);
    const pageFile = fileFor(siteDir, page)!;
    for (const raw of urlsOf(html)) {
      if (!isInternal(raw)) continue;
      const url = new URL(raw, ORIGIN + page);
      const file = fileFor(siteDir, url.pathname);
      if (!file) {
        broken.push(`${page} → ${raw} (no such file)`);
        continue;
      }
      const frag = url.hash.slice(1);
      if (frag && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(frag))) {
        broken.push(`${page} → ${raw} (no id "${frag}" on ${file === pageFile ? 'this page' : 'that page'})`);
      }
    }
  }
  // Fonts and images that stylesheets refer to.
  const astro = path.join(siteDir, '_astro');
  for (const name of fs.existsSync(astro) ? fs.readdirSync(astro) : []) {
    if (!name.endsWith('.css')) continue;
    const css = fs.readFileSync(path.join(astro, name), 'utf8');
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      if (!isInternal(m[1]!) || m[1]!.startsWith('data:') || m[1]!.startsWith('#')) continue;
      const url = new URL(m[1]!, `${ORIGIN}/_astro/${name}`);
      if (!fileFor(siteDir, url.pathname)) broken.push(`/_astro/${name} → ${m[1]} (no such file)`);
    }
  }
  return broken;
}

describe.each(SITES_CHECKED)('links of the %s site', (name) => {
  let dir = '';
  beforeAll(() => {
    if (siteExists(name)) dir = ensureSite(name);
  });

  it('resolves every internal link, asset and fragment to a file of the output', (ctx) => {
    if (!dir) return ctx.skip();
    expect(htmlPages(dir).length).toBeGreaterThan(3);
    expect(brokenLinks(dir)).toEqual([]);
  });

  it('gives no two elements of a page one id', (ctx) => {
    if (!dir) return ctx.skip();
    expect(duplicateIds(dir, htmlPages(dir))).toEqual([]);
  });

  it('names where a link goes instead of "xem thêm" or "tại đây"', (ctx) => {
    if (!dir) return ctx.skip();
    const vague: string[] = [];
    for (const page of htmlPages(dir).filter((p) => !isCmsPage(p))) {
      for (const m of readPage(dir, page).matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
        // An aria-label replaces the text for assistive technology; judge that name instead.
        const label = /\saria-label=["']([^"']*)["']/i.exec(m[1]!)?.[1];
        const text = (label ?? textOf(m[2]!)).toLocaleLowerCase('vi').replace(/[.…:»›→]+$/u, '').trim();
        if (VAGUE_LINK_TEXT.includes(text)) vague.push(`${page}: "${text}"`);
      }
    }
    expect(vague).toEqual([]);
  });

  it('opens links to other sites with rel="noopener"', (ctx) => {
    if (!dir) return ctx.skip();
    const missing: string[] = [];
    for (const page of htmlPages(dir).filter((p) => !isCmsPage(p))) {
      for (const m of readPage(dir, page).matchAll(/<a\b([^>]*)>/gi)) {
        const href = /\shref=["']?(https?:\/\/[^"'\s>]+)/i.exec(m[1]!)?.[1];
        if (!href) continue;
        const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readPage(dir, page))?.[1];
        if (canonical && new URL(href).host === new URL(canonical).host) continue;
        const rel = /\srel=["']([^"']*)["']/i.exec(m[1]!)?.[1] ?? '';
        if (!rel.split(/\s+/).includes('noopener')) missing.push(`${page} → ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the link checker', () => {
  it('reports a missing page, a missing asset and a missing fragment', () => {
    const tmp = fs.mkdtempSync(path.join(import.meta.dirname, '../../.tmp/links-'));
    try {
      fs.mkdirSync(path.join(tmp, 'a'));
      fs.writeFileSync(path.join(tmp, 'index.html'), '<a href="/a/">ok</a><a href="/b/">no</a><img src="/x.png" alt=""><a href="/a/#h">frag</a><a href="#top">top</a><p id="top">');
      fs.writeFileSync(path.join(tmp, 'a/index.html'), '<h1 id="g">A</h1><img srcset="/a/y.avif 1x, ../index.html 2x" alt="">');
      expect(brokenLinks(tmp)).toEqual([
        '/ → /b/ (no such file)',
        '/ → /x.png (no such file)',
        '/ → /a/#h (no id "h" on that page)',
        '/a/ → /a/y.avif (no such file)',
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
