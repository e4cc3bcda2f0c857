import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../../i18n/vi.ts';
import { loadSite } from '../../node/site.ts';
import { broadcastData } from '../../data/broadcast.ts';

/** `/phat-thanh/rss.xml`: the broadcast items with their speech text as the description. */
export async function GET(context: APIContext) {
  const site = loadSite();
  const { items } = await broadcastData();
  return rss({
    title: t('broadcast.feedTitle', { campaign: site.campaign, commune: site.commune }),
    description: t('broadcast.lead'),
    site: context.site ?? site.url,
    customData: '<language>vi</language>',
    items: items.map((i) => ({
      title: i.title,
      description: i.text,
      pubDate: new Date(`${i.date}T00:00:00+07:00`),
      link: i.page,
    })),
  });
}
