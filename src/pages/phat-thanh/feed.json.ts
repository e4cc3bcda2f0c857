import type { APIContext } from 'astro';
import { t } from '../../i18n/vi.ts';
import { loadSite } from '../../node/site.ts';
import { broadcastData, bulletins, bulletinSlug } from '../../data/broadcast.ts';
import { BROADCAST_WPM, PART_LENGTH } from '../../lib/speech/index.ts';
import { BROADCAST_FEED_JSON_PATH, BROADCAST_PATH, broadcastPartPath, broadcastTextPath, bulletinPath } from '../../routes.ts';

/**
 * `/phat-thanh/feed.json`: JSON Feed 1.1 for smart-loudspeaker platforms. `content_text` is the
 * speech text; `_vu_duong` carries the reading time at broadcast pace, the .txt address and the text
 * in numbered parts of at most PART_LENGTH characters for text-to-speech engines. The feed's own
 * `_vu_duong.bulletins` lists the weekly bulletins with their parts (JSON Feed allows `_` extensions).
 */
export async function GET(context: APIContext) {
  const site = loadSite();
  const base = String(context.site ?? site.url);
  const abs = (p: string) => new URL(p, base).href;
  const { items } = await broadcastData();
  const parts = (slug: string, list: string[]) => list.map((text, k) => ({ number: k + 1, text, characters: text.length, text_url: abs(broadcastPartPath(slug, k + 1)) }));
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: t('broadcast.feedTitle', { campaign: site.campaign, commune: site.commune }),
    home_page_url: abs(BROADCAST_PATH),
    feed_url: abs(BROADCAST_FEED_JSON_PATH),
    description: t('broadcast.lead'),
    language: 'vi',
    authors: [{ name: site.issuer }],
    _vu_duong: {
      part_length: PART_LENGTH,
      bulletins: (await bulletins(site)).map((b) => ({
        id: b.id,
        year: b.year,
        week: b.week,
        text_url: abs(bulletinPath(b.id)),
        reading_minutes: b.minutes,
        parts: parts(bulletinSlug(b), b.parts),
      })),
    },
    items: items.map((i) => ({
      id: abs(broadcastTextPath(i.slug)),
      url: abs(i.page),
      title: i.title,
      summary: i.summary,
      content_text: i.text,
      date_published: `${i.date}T00:00:00+07:00`,
      language: 'vi',
      _vu_duong: {
        reading_minutes: i.minutes,
        words: i.words,
        words_per_minute: BROADCAST_WPM,
        text_url: abs(broadcastTextPath(i.slug)),
        kind: i.kind,
        parts: parts(i.slug, i.parts),
      },
    })),
  };
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
