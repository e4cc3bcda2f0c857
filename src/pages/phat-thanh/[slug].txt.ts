import type { APIRoute } from 'astro';
import { broadcastData, type BroadcastItem } from '../../data/broadcast.ts';
import { textKey } from '../../data/page-keys.ts';

/** `/phat-thanh/<slug>.txt`: the loudspeaker text, UTF-8, title first. */
export async function getStaticPaths() {
  const { items } = await broadcastData();
  return items.map((item) => ({ params: { slug: item.slug }, props: { item }, cacheKey: textKey(item.text) }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { item: BroadcastItem }).item.text + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
