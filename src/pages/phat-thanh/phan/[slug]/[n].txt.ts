import type { APIRoute } from 'astro';
import { loadSite } from '../../../../node/site.ts';
import { broadcastData, bulletins, bulletinSlug } from '../../../../data/broadcast.ts';
import { textKey } from '../../../../data/page-keys.ts';

/**
 * `/phat-thanh/phan/<slug>/<n>.txt`: part n of an item's or a weekly bulletin's text, at most
 * PART_LENGTH characters, cut at a sentence end, for text-to-speech engines that take one request each.
 */
export async function getStaticPaths() {
  const { items } = await broadcastData();
  const weekly = await bulletins(loadSite());
  const all = [...items.map((i) => ({ slug: i.slug, parts: i.parts })), ...weekly.map((b) => ({ slug: bulletinSlug(b), parts: b.parts }))];
  return all.flatMap(({ slug, parts }) => parts.map((text, k) => ({ params: { slug, n: String(k + 1) }, props: { text }, cacheKey: textKey(text) })));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
