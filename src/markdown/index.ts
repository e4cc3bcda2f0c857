import { unified, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { CLOBBER_PREFIX } from './clobber.ts';
import rehypeHeadingLevels from './rehype-heading-levels.ts';
import rehypeInPageLinks from './rehype-in-page-links.ts';
import rehypeNfc from './rehype-nfc.ts';
import rehypeSectionIds from './rehype-section-ids.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeTables from './rehype-tables.ts';
import rehypeCodeBlocks from './rehype-code-blocks.ts';
import rehypeTaskLists from './rehype-task-lists.ts';
import { t } from '../i18n/vi.ts';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * The Markdown pipeline for everything staff write. Sanitising comes first, so that only the
 * markup our own plugins add afterwards (ids, anchor links) carries attributes the sanitiser
 * would refuse; `<script>`, `<iframe>`, `on*=` and `javascript:` URLs never reach the page.
 */
export const rehypePlugins: RehypePlugins = [
  [rehypeSanitize, { ...defaultSchema, clobberPrefix: CLOBBER_PREFIX }],
  rehypeNfc,
  rehypeHeadingLevels,
  rehypeInPageLinks,
  rehypeExternalLinks,
  rehypeTables,
  rehypeCodeBlocks,
  rehypeTaskLists,
  rehypeSectionIds,
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      test: ['h2', 'h3', 'h4'],
      // An empty link named by aria-label: its "#" is drawn by CSS, so copying or reading the text of
      // a heading never picks it up. The name says which section, as a list of links reads them apart.
      properties: (heading: Readonly<Element>) => ({ className: ['anchor'], ariaLabel: t('doc.anchorLabel', { heading: toString(heading).replace(/\s+/g, ' ').trim() }) }),
      content: [],
    },
  ],
];

/**
 * The Markdown processor of the site (astro.config.mjs), also built inside the render workers
 * (render-pool.ts), so both render alike. No smart punctuation: official text is reproduced
 * character for character ("..." stays three dots).
 */
export function markdownProcessor() {
  return unified({ smartypants: false, rehypePlugins: [...rehypePlugins], remarkRehype: footnotes });
}

/**
 * GFM footnotes in Vietnamese, under a visible "Chú thích" heading (remark-rehype hides it with a
 * class the site does not have, and names it and its back links in English); ids without
 * remark-rehype's own prefix, since the sanitiser adds the site's (rehype-in-page-links.ts).
 */
const footnotes = {
  clobberPrefix: '',
  footnoteLabel: t('doc.footnotes'),
  footnoteLabelProperties: {},
  footnoteBackLabel: (index: number) => t('doc.footnoteBack', { n: index + 1 }),
};
