/**
 * Page types of a built site, discovered from its files rather than listed by hand, so the quality
 * checks (budget, validator, axe, links) cover every page added later without edits.
 * A type is the URL shape (`/`, `/ke-hoach/`, `/mo-hinh/`, an initiative, a filtered listing, …).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_PATH, INITIATIVES_PATH, sectionOf, type Section } from '../../src/routes.ts';

/** Every HTML page of a built site as a URL path (`ke-hoach/index.html` → `/ke-hoach/`). */
export function htmlPages(siteDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Pagefind's own files and Astro's assets are not pages.
        if (entry.name === 'pagefind' || entry.name === '_astro') continue;
        walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = path.relative(siteDir, full).split(path.sep).join('/');
        out.push('/' + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel));
      }
    }
  };
  walk(siteDir);
  return out.sort();
}

/**
 * The type of a page: its URL shape (first segment kept, deeper segments as `*`, so
 * `/mo-hinh/abc/` becomes the shape "/mo-hinh/STAR/"), and for deeper pages whether it is a detail page. Detail
 * pages are the ones the search indexes (`data-pagefind-body`, src/lib/search.ts); other deep
 * pages are listings (pre-rendered filters, pagination) and get " (danh sách)" appended.
 */
export function pageTypeOf(urlPath: string, html?: string): string {
  const parts = urlPath.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const shape = '/' + parts.map((p, i) => (i === 0 ? p : '*')).join('/') + (urlPath.endsWith('/') ? '/' : '');
  if (parts.length === 1 || html === undefined) return shape;
  return isDetailPage(html) ? shape : `${shape} (danh sách)`;
}

/** A detail page (one initiative, honor, unit, story…): indexed for search. */
export const isDetailPage = (html: string) => /<main\b[^>]*\sdata-pagefind-body/i.test(html);

const read = (siteDir: string, urlPath: string) =>
  fs.readFileSync(path.join(siteDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath), 'utf8');

/** One page per type: the first in sort order, so the choice is stable between runs. */
export function representativePages(siteDir: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const page of htmlPages(siteDir)) {
    const type = pageTypeOf(page, read(siteDir, page));
    if (!types.has(type)) types.set(type, page);
  }
  return types;
}

/** The first initiative detail page (/mo-hinh/SLUG/), if the site has one. */
export function firstInitiativePage(siteDir: string): string | undefined {
  return htmlPages(siteDir).find((p) => pageTypeOf(p) === `${INITIATIVES_PATH}*/` && isDetailPage(read(siteDir, p)));
}

/**
 * Where scripts are allowed (issue #10): search, the broadcast desk's copy and listen buttons,
 * the CMS, and the filter enhancement of listing pages. Detail and other content pages carry none.
 */
const SCRIPTED: Section[] = ['search', 'broadcast', 'admin'];
const FILTERED_LISTS: Section[] = ['initiatives', 'honors', 'units', 'stories'];

export function mayCarryScript(urlPath: string, html: string): boolean {
  const section = sectionOf(urlPath);
  if (section === undefined) return false;
  if (SCRIPTED.includes(section)) return true;
  return FILTERED_LISTS.includes(section) && !isDetailPage(html);
}

/** The CMS is a JavaScript application with its own rules; content-page checks leave it out. */
export const isCmsPage = (urlPath: string) => urlPath.startsWith(ADMIN_PATH);
