/** Static pagination: page 1 at `base`, page n at `base + 'trang/n/'` (`pagePath` in src/routes.ts). */
import { PAGE_SEGMENT, pagePath } from '../routes.ts';

export interface PageInfo<T> {
  items: T[];
  current: number;
  total: number;
  prevUrl?: string;
  nextUrl?: string;
}

/** `getStaticPaths` entries for a rest parameter `[...page]`: `undefined` for page 1, `trang/n` after. */
export function paginatePaths<T, P extends Record<string, unknown>>(
  items: readonly T[],
  size: number,
  base: string,
  extra: P = {} as P,
) {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const current = i + 1;
    const page: PageInfo<T> = {
      items: items.slice(i * size, current * size),
      current,
      total,
      prevUrl: current > 1 ? pagePath(base, current - 1) : undefined,
      nextUrl: current < total ? pagePath(base, current + 1) : undefined,
    };
    return { params: { page: current === 1 ? undefined : `${PAGE_SEGMENT}/${current}` }, props: { ...extra, page } };
  });
}
