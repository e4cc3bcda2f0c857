/** Static pagination: page 1 at `base`, page n at `base + 'trang/n/'`, so no page number can clash with a slug. */
export interface PageInfo<T> {
  items: T[];
  current: number;
  total: number;
  prevUrl?: string;
  nextUrl?: string;
}

export function pageUrl(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`;
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
      prevUrl: current > 1 ? pageUrl(base, current - 1) : undefined,
      nextUrl: current < total ? pageUrl(base, current + 1) : undefined,
    };
    return { params: { page: current === 1 ? undefined : `trang/${current}` }, props: { ...extra, page } };
  });
}
