import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { hasEntryFiles } from '../node/entry-files.ts';

/** No cache here: Astro's content layer keeps the entries; siteData() keeps the filtered lists. */

/**
 * Entries that may be shown: drafts never reach a page, list, feed, sitemap, index or statistic.
 * A collection without entry files is not in Astro's store, and getCollection() would warn on every
 * build (the publishing log) that the content configuration may be wrong: it is simply empty.
 */
export async function published<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  if (!hasEntryFiles(collection)) return [];
  const entries = await getCollection(collection);
  return entries.filter((e) => !(e.data as { draft?: boolean }).draft);
}
