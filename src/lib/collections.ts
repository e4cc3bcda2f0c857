import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

/** Entries that may be shown: drafts never reach a page, list, feed, sitemap, index or statistic. */
export async function published<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(collection);
  return entries.filter((e) => !(e.data as { draft?: boolean }).draft);
}
