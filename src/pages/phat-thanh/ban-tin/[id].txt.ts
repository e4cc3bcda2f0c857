import type { APIRoute } from 'astro';
import { bulletins, type Bulletin } from '../../../data/broadcast.ts';
import { textKey } from '../../../data/page-keys.ts';
import { loadSite } from '../../../node/site.ts';

/** `/phat-thanh/ban-tin/<year>-w<week>.txt`: the week's stories between an opening and a closing line. */
export async function getStaticPaths() {
  const list = await bulletins(loadSite());
  return list.map((b) => ({ params: { id: b.id }, props: { bulletin: b }, cacheKey: textKey(b.text) }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { bulletin: Bulletin }).bulletin.text + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
