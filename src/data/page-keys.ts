/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild` in astro.config.mjs):
 * a page from `getStaticPaths()` whose key and code are the same as in the previous build is
 * copied from the cache instead of rendered, so a rebuild after one publication renders only the
 * pages that show what changed.
 *
 * A key covers everything a page shows apart from its code (Astro hashes the code itself): the
 * entries the page reads, each by file digest and resolved data (a replaced picture changes the
 * data's image URL), and what every page shows (site.yml, the glossary). Today's date is not in
 * it: only the home and statistics pages show it (deadlines, reports due), and they have no key,
 * so they are always rendered; the first build of a day copies every other page like any other.
 * A page whose key leaves out something it shows would be served stale: tests/build/warm-build.test.ts
 * compares a warm build with a cold one file by file, also on the next day.
 */
import { createHash } from 'node:crypto';
import { loadGlossary } from '../node/glossary.ts';
import { loadSite } from '../node/site.ts';

/** What a key is made of: entries of a collection, texts, or nothing (an optional link not set). */
export type KeyPart = KeyEntry | readonly KeyEntry[] | string | undefined;
interface KeyEntry { id: string; collection: string; digest?: string | number; data: unknown }

// Per build process, like siteData(): content and site.yml do not change during a build.
let everyPage: string | undefined;
const entryText = new WeakMap<KeyEntry, string>();
const listKeys = new WeakMap<readonly KeyEntry[], string>();

function entryKey(entry: KeyEntry): string {
  let text = entryText.get(entry);
  if (text === undefined) {
    text = `${entry.collection}/${entry.id}\0${entry.digest ?? ''}\0${JSON.stringify(entry.data)}`;
    entryText.set(entry, text);
  }
  return text;
}

/** The key of a page that shows `parts` (in a fixed order for each kind of page). */
export function pageKey(...parts: KeyPart[]): string {
  everyPage ??= JSON.stringify([loadSite(), loadGlossary()]);
  const hash = createHash('sha256').update(everyPage);
  for (const part of parts) {
    if (part === undefined) hash.update('\0none');
    else if (typeof part === 'string') hash.update('\0text\0').update(part);
    else if (Array.isArray(part)) hash.update('\0list\0').update(listKey(part));
    else hash.update('\0entry\0').update(entryKey(part as KeyEntry));
  }
  return hash.digest('base64url');
}

/** A whole list's part of a key, made once per list (listing pages share their collection's). */
function listKey(entries: readonly KeyEntry[]): string {
  let key = listKeys.get(entries);
  if (key === undefined) {
    const hash = createHash('sha256');
    for (const e of entries) hash.update(entryKey(e)).update('\0');
    key = hash.digest('base64url');
    listKeys.set(entries, key);
  }
  return key;
}

/**
 * The key of one page of a list (`paginatePaths` props): its items, what each item's card links to
 * (`linked`, e.g. the unit named on an initiative card), and the list's own figures (count, page
 * numbers, filter label). Only the pages whose items or figures changed are rendered again.
 */
export function listPageKey<T extends KeyEntry>(
  props: { page: { items: readonly T[]; current: number; total: number } } & Record<string, unknown>,
  linked: (item: T) => KeyEntry | undefined = () => undefined,
): string {
  const { page, ...figures } = props;
  return pageKey(
    JSON.stringify({ ...figures, current: page.current, total: page.total }),
    page.items,
    page.items.flatMap((item) => linked(item) ?? []),
  );
}

/**
 * The key of a file that is nothing but `text` (the broadcast texts): the text's own digest, so a
 * copy from the cache is always exactly what would be rendered.
 */
export function textKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
