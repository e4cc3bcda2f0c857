import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { t } from '../i18n/vi.ts';
import { loadSite } from '../node/site.ts';
import { siteData } from '../data/site-data.ts';
import { storyPath } from '../routes.ts';

/** `/rss.xml`: published stories, newest first. */
export async function GET(context: APIContext) {
  const site = loadSite();
  const { stories } = await siteData();
  return rss({
    title: `${t('stories.title')} – ${site.campaign} – xã ${site.commune}`,
    description: t('stories.lead'),
    site: context.site ?? site.url,
    customData: '<language>vi</language>',
    items: stories.map((s) => ({
      title: s.data.title,
      description: s.data.summary,
      pubDate: new Date(`${s.data.date}T00:00:00+07:00`),
      link: storyPath(s.id),
    })),
  });
}
