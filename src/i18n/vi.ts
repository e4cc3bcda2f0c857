/**
 * Every string a visitor reads, in one place, under dotted keys. Components call `t(key)`; a
 * missing key is a type error. `{name}` placeholders are filled from `params`.
 * Each area keeps its strings in `vi/<area>.ts` under its own key prefix; this module merges them
 * into the one dictionary `t()` reads. `AREAS` is exported so a test can prove no key is defined twice.
 */
import shell from './vi/shell.ts';
import vocabulary from './vi/vocabulary.ts';
import search from './vi/search.ts';
import contentPages from './vi/content-pages.ts';
import statistics from './vi/statistics.ts';
import broadcast from './vi/broadcast.ts';
import { fill } from './fill.ts';

export const LANG = 'vi';
export const LOCALE = 'vi-VN';

export const AREAS = { shell, vocabulary, search, contentPages, statistics, broadcast } as const;

export const vi = {
  ...shell,
  ...vocabulary,
  ...search,
  ...contentPages,
  ...statistics,
  ...broadcast,
} as const;

export type UiKey = keyof typeof vi;

/** The Vietnamese string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(vi[key], params);
}

/** Label of a vocabulary value, e.g. `label('field', 'chuyen-doi-so')`. */
export function label(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in vi ? vi[key as UiKey] : value;
}
