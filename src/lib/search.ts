/**
 * What the Pagefind index holds, decided in one place. Detail pages are indexed (the plan, each
 * criteria group, initiative, honor, unit and story); lists, filters, pagination and feeds are not,
 * so a result always leads to the page that says the thing.
 *
 * Vietnamese without diacritics: Pagefind folds most marks itself ("chuyen" finds "chuyển"), but
 * đ is a letter of its own in Unicode and does not decompose, so "doi" never finds "đổi". Each
 * indexed page therefore carries a hidden, searchable list of its đ-words with đ → d ("dổi"); the
 * search page maps a hit there back to the visible word for the excerpt (`search-excerpt.ts`).
 */
import type { UiKey } from '../i18n/vi.ts';
import { sectionSegment } from '../routes.ts';

/**
 * Indexed sections: the section page itself (the plan), or one page per entry below it (numbered
 * pages below a list are its pagination, not entries).
 */
const SECTIONS: [section: string, entries: boolean, type: UiKey][] = [
  [sectionSegment('plan'), false, 'search.type.plan'],
  [sectionSegment('criteria'), true, 'search.type.criteria'],
  [sectionSegment('initiatives'), true, 'search.type.initiative'],
  [sectionSegment('honors'), true, 'search.type.honor'],
  [sectionSegment('units'), true, 'search.type.unit'],
  [sectionSegment('stories'), true, 'search.type.story'],
];

/** Result type of an indexed page, by URL; undefined = not indexed. */
const TYPES: [RegExp, UiKey][] = SECTIONS.map(([section, entries, type]) => [
  new RegExp(entries ? `^/${section}/(?!\\d+/)[^/]+/$` : `^/${section}/$`),
  type,
]);

/**
 * The files Pagefind reads (`pagefind --glob`): only where indexed pages can be, so the thousands
 * of filter and pagination pages are not even parsed (at 10,000 initiatives: 12,656 of 15,738 files).
 */
export const PAGEFIND_GLOB = `{${SECTIONS.map(([section, entries]) => (entries ? `${section}/*` : section)).join(',')}}/index.html`;

export function searchTypeOf(pathname: string): UiKey | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return TYPES.find(([pattern]) => pattern.test(path))?.[1];
}

/** Search filters: the name Pagefind and the page show, and the ASCII URL parameter (`?linh-vuc=…`). */
export const FILTERS = {
  type: { name: 'Loại trang', param: 'loai' },
  field: { name: 'Lĩnh vực', param: 'linh-vuc' },
  year: { name: 'Năm', param: 'nam' },
  phase: { name: 'Giai đoạn', param: 'giai-doan' },
  unitKind: { name: 'Loại đơn vị', param: 'loai-don-vi' },
} as const;
export type SearchFilters = Partial<Record<keyof typeof FILTERS, string | string[]>>;

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** đ → d, Đ → D; every other mark is left for Pagefind to fold. */
export function foldD(word: string): string {
  return word.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Text of some HTML (tags dropped, a few entities decoded), NFC. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .normalize('NFC');
}

/**
 * The distinct words of a text that contain đ/Đ, folded, with how often each occurs (first
 * occurrence order, case-insensitive). The count lets the index weigh a folded word as much as
 * the visible word weighs, so "doi moi" ranks a page about "đổi mới" above one that says "mới" once.
 */
export function foldedWordCounts(text: string): { word: string; count: number }[] {
  const found = new Map<string, { word: string; count: number }>();
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    if (!/[đĐ]/.test(word)) continue;
    const folded = foldD(word);
    const key = folded.toLocaleLowerCase('vi');
    const entry = found.get(key);
    if (entry) entry.count++;
    else found.set(key, { word: folded, count: 1 });
  }
  return [...found.values()];
}

/** The distinct folded đ-words of a text. */
export function foldedWords(text: string): string[] {
  return foldedWordCounts(text).map((w) => w.word);
}

/** Pagefind weight (1–10) of a folded word that occurs `count` times in the page. */
export function foldWeight(count: number): number {
  return Math.min(10, Math.round(1 + Math.log2(count)));
}
