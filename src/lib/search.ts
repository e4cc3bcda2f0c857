/**
 * What the Pagefind index holds, decided in one place. Detail pages are indexed (the plan, each
 * criteria group, initiative, honor, unit and story); lists, filters, pagination and feeds are not,
 * so a result always leads to the page that says the thing.
 *
 * The hidden words each indexed page carries for Vietnamese typed without diacritics and for
 * phrases are made in `search-words.ts`.
 */
import { t, type UiKey } from '../i18n/vi.ts';
import { sectionSegment } from '../routes.ts';

/**
 * Indexed sections: the section page itself (the plan), or one page per entry below it (numbered
 * pages below a list are its pagination, not entries).
 */
const SECTIONS: [section: string, entries: boolean, type: UiKey][] = [
  [sectionSegment('plan'), false, 'search.type.plan'],
  [sectionSegment('criteria'), true, 'search.type.criteria'],
  [sectionSegment('initiatives'), true, 'search.type.initiative'],
  [sectionSegment('honors'), true, 'search.type.honor'],
  [sectionSegment('units'), true, 'search.type.unit'],
  [sectionSegment('stories'), true, 'search.type.story'],
];

/** Result type of an indexed page, by URL; undefined = not indexed. */
const TYPES: [RegExp, UiKey][] = SECTIONS.map(([section, entries, type]) => [
  new RegExp(entries ? `^/${section}/(?!\\d+/)[^/]+/$` : `^/${section}/$`),
  type,
]);

/**
 * Where indexed pages can be, as folders of the built site: the section's own page, or one page
 * per folder right below it. The index step (scripts/search-index.ts) lists only these, so the
 * thousands of filter and pagination pages are never read (at 10,000 initiatives 12,656 of
 * 15,738 pages are indexed).
 */
export const INDEXED_FOLDERS: readonly { folder: string; entries: boolean }[] = SECTIONS.map(([folder, entries]) => ({ folder, entries }));

export function searchTypeOf(pathname: string): UiKey | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return TYPES.find(([pattern]) => pattern.test(path))?.[1];
}

/** Search filters: the name Pagefind and the page show, and the ASCII URL parameter (`?linh-vuc=…`). */
const filter = (key: 'type' | 'field' | 'year' | 'phase' | 'unitKind') => ({
  name: t(`search.filter.${key}`),
  param: t(`search.filter.${key}.param`),
});
export const FILTERS = {
  type: filter('type'),
  field: filter('field'),
  year: filter('year'),
  phase: filter('phase'),
  unitKind: filter('unitKind'),
} as const;
export type SearchFilters = Partial<Record<keyof typeof FILTERS, string | string[]>>;

/**
 * The index is built in shards of at most this many pages (issue 20). Pagefind's memory grows
 * with the pages of one run (about 130 KB a page: 1.6 GB at 10,000 initiatives, the build's peak);
 * two shards are indexed at a time, and after one publication only the shards holding a changed
 * page are indexed again, the others come from the build's cache. But a query reads a part of
 * every shard's word list: at 10,000 initiatives the first query "doi moi" fetched 243 KB with one
 * index, 300 KB in 3 shards (this size), 399 KB in 7 (2,000 pages). A site of up to this many pages
 * has one index, as Pagefind builds it alone.
 */
export const SHARD_PAGES = 5000;

/** How many shards `pages` indexed pages make, at most `shardPages` each (at least one shard). */
export function shardCount(pages: number, shardPages = SHARD_PAGES): number {
  return Math.max(1, Math.ceil(pages / shardPages));
}

/**
 * The shard of a page, by its file in the site (`mo-hinh/x/index.html`): a hash, so a page stays
 * in its shard while others come and go, and each shard is a fair sample of the site (Pagefind
 * ranks within a shard by that shard's word and length statistics; samples alike rank alike).
 */
export function shardOf(file: string, count: number): number {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}
