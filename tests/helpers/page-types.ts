/**
 * Page types of a built site, discovered from its files rather than listed by hand, so the quality
 * checks (budget, validator, axe, links) cover every page added later without edits.
 * A type is the URL shape: `/` , `/ke-hoach/`, `/mo-hinh/`, `/mo-hinh/*` (detail pages), …
 */
import fs from 'node:fs';
import path from 'node:path';

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

/** The type of a page: its first segment, plus `*` when it lies deeper (a detail page). */
export function pageTypeOf(urlPath: string): string {
  const parts = urlPath.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return urlPath.endsWith('/') ? `/${parts[0]}/` : `/${parts[0]}`;
  return `/${parts[0]}/*`;
}

/** One page per type: the first in sort order, so the choice is stable between runs. */
export function representativePages(siteDir: string): Map<string, string> {
  const types = new Map<string, string>();
  for (const page of htmlPages(siteDir)) {
    const type = pageTypeOf(page);
    if (!types.has(type)) types.set(type, page);
  }
  return types;
}

/** Where scripts are allowed (issue #10): search, broadcast buttons, filter enhancement, the CMS. */
export const SCRIPT_PAGE_TYPES = ['/tim-kiem/', '/phat-thanh/', '/phat-thanh/*', '/mo-hinh/', '/bang-vang/', '/don-vi/', '/tin-tuc/', '/admin/', '/admin/*'];

/** The CMS is a JavaScript application with its own rules; content-page checks leave it out. */
export const isCmsPage = (urlPath: string) => urlPath.startsWith('/admin/');
