/**
 * Every public path of the site, and the only place that spells one (DESIGN.md "Public URLs" fixes
 * them; a unit test fails on a section path written anywhere else in src/, scripts/ or
 * tests/helpers/). Paths are site-relative, start with `/`, and pages end with `/`. Pure: no
 * Astro, no file system, so the browser scripts and the node scripts import it too.
 * The page files under src/pages/ must keep matching these (Astro routes by file name).
 */

/*
 * Section paths are plain literals (not built from a table) so that the bundler inlines and
 * tree-shakes them in the browser scripts, which then ship only the strings they use.
 */
export const HOME_PATH = '/';
export const PLAN_PATH = '/ke-hoach/';
export const CRITERIA_PATH = '/tieu-chi/';
export const INITIATIVES_PATH = '/mo-hinh/';
export const HONORS_PATH = '/bang-vang/';
export const UNITS_PATH = '/don-vi/';
export const STORIES_PATH = '/tin-tuc/';
export const STATS_PATH = '/thong-ke/';
export const BROADCAST_PATH = '/phat-thanh/';
export const SEARCH_PATH = '/tim-kiem/';
/** Decap CMS. */
export const ADMIN_PATH = '/admin/';
/** Decap's configuration, generated at build. */
export const ADMIN_CONFIG_PATH = `${ADMIN_PATH}config.yml`;
/** The publishing server's staff endpoints: login form target, logout, session and site status, CMS backend. */
export const ADMIN_LOGIN_PATH = `${ADMIN_PATH}dang-nhap`;
export const ADMIN_LOGOUT_PATH = `${ADMIN_PATH}dang-xuat`;
export const ADMIN_STATUS_PATH = `${ADMIN_PATH}trang-thai`;
export const ADMIN_API_PATH = `${ADMIN_PATH}api/v1`;
/** The CMS page itself, as a file of the build. */
export const ADMIN_PAGE_FILE = `${ADMIN_PATH}index.html`;
/** The error page every unknown path gets. */
export const NOT_FOUND_FILE = '/404.html';
/** Vite's hashed assets: cached for a year. */
export const ASSETS_PATH = '/_astro/';
/** Pagefind's index and scripts (written by the build, not a page). */
export const PAGEFIND_PATH = '/pagefind/';
/**
 * Where shard `n` of the index is (scripts/search-index.ts): the first is Pagefind's own bundle,
 * whose script the search page loads; the others are merged into it (Pagefind's `mergeIndex`).
 */
export const pagefindShardPath = (n: number) => (n === 0 ? PAGEFIND_PATH : `${PAGEFIND_PATH}shard-${n}/`);
/** The other shards' paths, as a JSON array, which the search page merges. */
export const PAGEFIND_SHARDS = `${PAGEFIND_PATH}shards.json`;

/** Every section by name, in the order of the main navigation. */
export const SECTION_PATHS = {
  plan: PLAN_PATH,
  criteria: CRITERIA_PATH,
  initiatives: INITIATIVES_PATH,
  honors: HONORS_PATH,
  units: UNITS_PATH,
  stories: STORIES_PATH,
  stats: STATS_PATH,
  broadcast: BROADCAST_PATH,
  search: SEARCH_PATH,
  admin: ADMIN_PATH,
} as const;
export type Section = keyof typeof SECTION_PATHS;

/** URL segment of a section (`initiatives` → `mo-hinh`). */
export const sectionSegment = (section: Section): string => SECTION_PATHS[section].slice(1, -1);

/** Section of a site path (`/mo-hinh/abc/` → `initiatives`); undefined for the home page and paths outside sections. */
export function sectionOf(pathname: string): Section | undefined {
  return (Object.keys(SECTION_PATHS) as Section[]).find((s) => pathname.startsWith(SECTION_PATHS[s]) || pathname === SECTION_PATHS[s].slice(0, -1));
}

/**
 * Ids of the parts a page shows around an entry's body (header, skip link, the plan's details and
 * contents, an initiative's honors and stories). A heading of the body never takes one
 * (src/markdown/rehype-section-ids.ts): "## Nội dung chính" in a story would otherwise give the page
 * two elements of one id, and the skip link or a section link would land on the wrong one.
 */
export const PAGE_IDS = {
  search: 'o-tim-kiem',
  nav: 'dieu-huong',
  main: 'noi-dung-chinh',
  documentMeta: 'thong-tin-van-ban',
  toc: 'muc-luc',
  initiativeHonors: 'khen-thuong',
  initiativeStories: 'tin-lien-quan',
} as const;

/** A section of the plan by its heading anchor (`/ke-hoach/#iv-2`). */
export const planSectionPath = (anchor: string): string => `${PLAN_PATH}#${anchor}`;

/** Detail pages, by entry id. */
export const criteriaGroupPath = (id: string): string => `${CRITERIA_PATH}${id}/`;
export const initiativePath = (id: string): string => `${INITIATIVES_PATH}${id}/`;
export const honorPath = (id: string): string => `${HONORS_PATH}${id}/`;
export const unitPath = (id: string): string => `${UNITS_PATH}${id}/`;
export const storyPath = (id: string): string => `${STORIES_PATH}${id}/`;
/** The printable summary of one campaign year. */
export const statsYearPath = (year: number | string): string => `${STATS_PATH}${year}/`;

/** A one-dimension filter page of the initiatives library (`/mo-hinh/linh-vuc/chuyen-doi-so/`). */
export const initiativeFilterPath = (dimension: string, value: string): string => `${INITIATIVES_PATH}${dimension}/${value}/`;

/** Segment in front of a page number, so no page number can clash with a slug. */
export const PAGE_SEGMENT = 'trang';
/** Page `n` of a paginated list at `base`: page 1 is `base` itself, page n is `base + 'trang/n/'`. */
export const pagePath = (base: string, n: number): string => (n <= 1 ? base : `${base}${PAGE_SEGMENT}/${n}/`);

/** Compact index of published initiatives for the combined filters (browser script). */
export const INITIATIVE_INDEX_PATH = `${INITIATIVES_PATH}chi-muc.json`;
/** Open data: one row per initiative for Excel, and every aggregate of the statistics page. */
export const STATS_CSV_PATH = `${STATS_PATH}mo-hinh.csv`;
export const STATS_JSON_PATH = `${STATS_PATH}thong-ke.json`;

/** RSS of the stories. */
export const RSS_PATH = '/rss.xml';
/** The site's icon: drawn once in public/favicon.svg, the others rendered from it at build. */
export const ICON_SVG_PATH = '/favicon.svg';
export const ICON_ICO_PATH = '/favicon.ico';
export const APPLE_TOUCH_ICON_PATH = '/apple-touch-icon.png';
/** Broadcast feeds: JSON Feed 1.1 and RSS. */
export const BROADCAST_FEED_JSON_PATH = `${BROADCAST_PATH}feed.json`;
export const BROADCAST_RSS_PATH = `${BROADCAST_PATH}rss.xml`;
/** Loudspeaker text of one broadcast item, by its file name (without `.txt`). */
export const broadcastTextPath = (slug: string): string => `${BROADCAST_PATH}${slug}.txt`;
/** A weekly bulletin, by id (`2026-w48`). */
export const bulletinPath = (id: string): string => `${BROADCAST_PATH}ban-tin/${id}.txt`;
/** Part n (from 1) of an item's or a bulletin's loudspeaker text, for text-to-speech engines. */
export const broadcastPartPath = (slug: string, n: number): string => `${BROADCAST_PATH}phan/${slug}/${n}.txt`;

/** The search page, with a query when given (`/tim-kiem/?q=…`). */
export const searchPath = (query?: string): string => (query === undefined ? SEARCH_PATH : `${SEARCH_PATH}?q=${encodeURIComponent(query)}`);

/** Decap's `preview_path` for a kind of detail page: no leading slash, Decap fills `{{slug}}`. */
export const cmsPreviewPath = (detailPath: (id: string) => string): string => detailPath('{{slug}}').slice(1);
