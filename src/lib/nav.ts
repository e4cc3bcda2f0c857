import type { UiKey } from '../i18n/vi.ts';
import { BROADCAST_PATH, CRITERIA_PATH, HOME_PATH, HONORS_PATH, INITIATIVES_PATH, PLAN_PATH, STATS_PATH, STORIES_PATH, UNITS_PATH } from '../routes.ts';

/** Main navigation, in the order of the public URLs of DESIGN.md. */
export const NAV: readonly { href: string; key: UiKey }[] = [
  { href: HOME_PATH, key: 'nav.home' },
  { href: PLAN_PATH, key: 'nav.plan' },
  { href: CRITERIA_PATH, key: 'nav.criteria' },
  { href: INITIATIVES_PATH, key: 'nav.initiatives' },
  { href: HONORS_PATH, key: 'nav.honors' },
  { href: UNITS_PATH, key: 'nav.units' },
  { href: STORIES_PATH, key: 'nav.stories' },
  { href: STATS_PATH, key: 'nav.stats' },
  { href: BROADCAST_PATH, key: 'nav.broadcast' },
];

/** Whether `href` is the current section of `pathname` (the home link only on `/`). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === HOME_PATH ? path === HOME_PATH : path.startsWith(href);
}
