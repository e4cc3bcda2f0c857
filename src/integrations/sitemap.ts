/**
 * @astrojs/sitemap, handed the built pages already in its own order. It sorts every URL with
 * `localeCompare(b, 'en', { numeric: true })`, which builds a collator on each of the ~200,000
 * comparisons at 10,000 initiatives (15,738 pages): 0.48 s of a warm build's 15.7 s in a profile.
 * Sorted first with one collator of the same locale and options (the pages share the site's
 * prefix, so their order is the URLs' order), its sort only walks the run. Its sort still
 * decides the order, so the sitemap is the same file either way (tests/unit/sitemap.test.ts).
 */
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** The order @astrojs/sitemap sorts its URLs in (its generate-sitemap.js). */
const collator = new Intl.Collator('en', { numeric: true });

/** Pages in the sitemap's own order, as `astro:build:done` hands them. */
export function inSitemapOrder<T extends { pathname: string }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => collator.compare(a.pathname, b.pathname));
}

export function sortedSitemap(options?: SitemapOptions): AstroIntegration {
  const inner = sitemap(options);
  const done = inner.hooks['astro:build:done'];
  if (!done) return inner;
  return {
    ...inner,
    hooks: { ...inner.hooks, 'astro:build:done': (params) => done({ ...params, pages: inSitemapOrder(params.pages) }) },
  };
}
