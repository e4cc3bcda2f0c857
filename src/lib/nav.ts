import type { UiKey } from '../i18n/vi.ts';

/** Main navigation, in the order of the public URLs of DESIGN.md. */
export const NAV: readonly { href: string; key: UiKey }[] = [
  { href: '/', key: 'nav.home' },
  { href: '/ke-hoach/', key: 'nav.plan' },
  { href: '/tieu-chi/', key: 'nav.criteria' },
  { href: '/mo-hinh/', key: 'nav.initiatives' },
  { href: '/bang-vang/', key: 'nav.honors' },
  { href: '/don-vi/', key: 'nav.units' },
  { href: '/tin-tuc/', key: 'nav.stories' },
  { href: '/thong-ke/', key: 'nav.stats' },
  { href: '/phat-thanh/', key: 'nav.broadcast' },
];

/** Whether `href` is the current section of `pathname` (the home link only on `/`). */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
