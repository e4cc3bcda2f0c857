import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

/** No cache here: Astro's content layer keeps the entries; siteData() keeps the filtered lists. */

/** Entries that may be shown: drafts never reach a page, list, feed, sitemap, index or statistic. */
export async function published<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.filter((e) => !(e.data as { draft?: boolean }).draft);
}
