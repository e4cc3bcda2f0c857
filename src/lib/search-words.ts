/**
 * The extra words an indexed page carries, hidden, for Pagefind (`SearchIndexData.astro`), and the
 * phrases made from a query (`scripts/search-page.ts`). Pure, and free of the i18n module, so the
 * search page's script stays small.
 *
 * - Folded đ-words: Pagefind folds most marks itself ("chuyen" finds "chuyển"), but đ is a letter
 *   of its own in Unicode and does not decompose, so "doi" would never find "đổi".
 * - Phrases: with marks folded, syllables collide ("mới", "mỗi", "mọi" → "moi"), and Pagefind ranks
 *   each word on its own, so a page that says "đổi mới" would tie with one that says "đời" here and
 *   "mới" there. The search page therefore also runs each adjacent pair of the query's syllables as
 *   an exact phrase (Pagefind matches a quoted phrase on word positions, marks folded) and puts
 *   pages holding more of them first. Those look-ups read the index chunks the query itself reads,
 *   so they cost no download. Only đ hides a phrase from them ("doi moi" is not "đổi mới" to
 *   Pagefind), so each page also carries its đ-words with their neighbours, folded ("doi moi").
 * The search page maps a hit in these words back to the visible words (`search-excerpt.ts`).
 */
import { foldDiacritics } from '../schemas/slug.ts';

/**
 * Function words with đ, as written (with their marks): the index gives them no folded phrase
 * ("đã được", "để đến" are never what anyone looks for). Kept here rather than with the UI words,
 * so the search page's script does not carry the i18n module.
 */
const PHRASELESS = new Set(['được', 'để', 'đã', 'đang', 'đến', 'đó', 'đều', 'đây', 'đấy', 'đâu']);

/** A word: letters and digits, joined by inner hyphens or apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;
/** A character that ends a phrase (punctuation, or an element boundary marked by `htmlText`); no word holds one. */
const PHRASE_END = /[\n.,;:!?()[\]{}"“”‘’«»…–—|/·•]/u;

/**
 * Folded words already made. A site has a few thousand distinct syllables, each met thousands of
 * times while the pages are built (about 1 s of the build at 2,000 initiatives without it); cleared
 * when large, so an odd input cannot grow it without bound.
 */
const folded = new Map<string, string>();

/** The one folded form the index and the query share: no marks, đ → d, lower case, NFC. */
export function foldKey(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    if (folded.size >= 100_000) folded.clear();
    key = foldDiacritics(word.normalize('NFC')).toLowerCase();
    folded.set(word, key);
  }
  return key;
}

/** Block-level and table elements: their boundaries end a phrase (a cell never runs into the next). */
const BLOCK = /^(address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/i;

/** Text of some HTML (tags dropped, a few entities decoded), NFC; a block boundary becomes a line break. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_, tag: string) => (BLOCK.test(tag) ? '\n' : ' '))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .normalize('NFC');
}

/**
 * The words of a text, in order, split into phrases at punctuation and element boundaries. With
 * `onlyWithD`, only the phrases holding a đ, the only ones the index's folded words and phrases
 * come from: the others are never split into words (the search words were about 6 % of the render
 * phase, most of it splitting phrases without a đ).
 */
function phrases(text: string, onlyWithD = false): string[][] {
  const found: string[][] = [];
  for (const piece of text.normalize('NFC').split(PHRASE_END)) {
    if (onlyWithD && !/[đĐ]/.test(piece)) continue;
    const words = piece.match(WORD);
    if (words) found.push(words);
  }
  return found;
}

/**
 * The distinct words of a text that contain đ/Đ, folded, with how often each occurs (first
 * occurrence order, case-insensitive). The count lets the index weigh a folded word as much as
 * the visible word weighs, so "doi moi" ranks a page about "đổi mới" above one that says "mới" once.
 */
export function foldedWordCounts(text: string): { word: string; count: number }[] {
  return wordCounts(phrases(text, true));
}

function wordCounts(split: string[][]): { word: string; count: number }[] {
  return distinctCounts(split.flat().filter((w) => /[đĐ]/.test(w)).map(foldKey));
}

/** The distinct folded đ-words of a text. */
export function foldedWords(text: string): string[] {
  return foldedWordCounts(text).map((w) => w.word);
}

/**
 * The phrases of a text around its đ-words, folded: each run of words holding a đ-word, with one
 * neighbour on each side, within a phrase ("Chuyển đổi số ở thôn Đông Hòa" → "chuyen doi so",
 * "thon dong hoa"), distinct; function words ("được", "đã": PHRASELESS) make none. Pagefind finds the query's phrases in the visible text itself, except
 * where a syllable is a đ-word typed without its đ.
 */
export function foldedPhrases(text: string): string[] {
  return phrasesAroundD(phrases(text, true));
}

/** What SearchIndexData.astro writes for a page's text: its folded đ-phrases and đ-word counts, split once. */
export function pageTerms(text: string): { phrases: string[]; counts: { word: string; count: number }[] } {
  const split = phrases(text, true);
  return { phrases: phrasesAroundD(split), counts: wordCounts(split) };
}

function phrasesAroundD(split: string[][]): string[] {
  const found = new Set<string>();
  for (const words of split) {
    const hasD = words.map((w) => /[đĐ]/.test(w) && !PHRASELESS.has(w.toLowerCase()));
    for (let i = 0; i < words.length; i++) {
      if (!hasD[i]) continue;
      let end = i;
      while (end + 1 < words.length && hasD[end + 1]) end++;
      found.add(words.slice(Math.max(0, i - 1), Math.min(words.length, end + 2)).map(foldKey).join(' '));
      i = end;
    }
  }
  return [...found];
}

/**
 * The phrases a query's results are ordered by: each two adjacent syllables as typed, as a
 * Pagefind exact phrase ("đổi mới sáng tạo" → '"đổi mới"', '"mới sáng"', '"sáng tạo"'). Typed
 * without marks they find the visible words and the folded đ-phrases alike.
 */
export function queryPhrases(query: string): string[] {
  const pairs = new Set<string>();
  for (const words of phrases(query.toLowerCase())) {
    for (let i = 1; i < words.length; i++) pairs.add(`"${words[i - 1]} ${words[i]}"`);
  }
  return [...pairs];
}

function distinctCounts(words: string[]): { word: string; count: number }[] {
  const found = new Map<string, number>();
  for (const w of words) found.set(w, (found.get(w) ?? 0) + 1);
  return [...found].map(([word, count]) => ({ word, count }));
}

/** Pagefind weight (1–10) of a folded word that occurs `count` times in the page. */
export function foldWeight(count: number): number {
  return Math.min(10, Math.round(1 + Math.log2(count)));
}

/**
 * Orders a query's results: pages holding more of the query's phrases first (the syllables stand
 * together there, as typed), then by Pagefind's score plus the phrases' scores. `phraseHits` is one
 * result list per phrase; a page found only there is left out, so the results stay exactly what
 * the plain query finds.
 */
export function rankByPhrases<T extends { id: string; score: number }>(results: readonly T[], phraseHits: readonly (readonly { id: string; score: number }[])[]): T[] {
  const found = new Map<string, { n: number; score: number }>();
  for (const hits of phraseHits) {
    for (const { id, score } of hits) {
      const p = found.get(id) ?? { n: 0, score: 0 };
      found.set(id, { n: p.n + 1, score: p.score + score });
    }
  }
  const rank = (r: T) => ({ n: found.get(r.id)?.n ?? 0, score: r.score + (found.get(r.id)?.score ?? 0) });
  return results
    .map((r) => ({ r, ...rank(r) }))
    .sort((a, b) => b.n - a.n || b.score - a.score)
    .map(({ r }) => r);
}

/**
 * How well a page's title answers a query of two or more words: when the title holds the query's
 * words together and in order, the share of the title they make up (the unit "Thôn Đông Hòa" for
 * "thon dong hoa" 1, "Bản đồ số thôn Đông Hòa" 0.5), plus 1 when they match as typed with their
 * marks; 0 otherwise. Pagefind cannot see this (it scores words, not titles), so the search page
 * orders its first results by it: they are fetched to be shown anyway.
 */
export function titleMatch(query: string, title: string): number {
  const q = phrases(query).flat();
  const words = phrases(title).flat();
  if (q.length < 2) return 0;
  const at = (form: (w: string) => string) => {
    const qs = q.map(form);
    const ts = words.map(form);
    return ts.some((_, i) => qs.every((w, j) => ts[i + j] === w));
  };
  if (!at(foldKey)) return 0;
  const typed = q.some((w) => foldKey(w) !== w.toLowerCase()) && at((w) => w.normalize('NFC').toLowerCase());
  return q.length / words.length + (typed ? 1 : 0);
}

/**
 * The query's words that none of `contents` (the pages found) holds, as a word or the start of one,
 * marks folded. Pagefind leaves out a word it finds nowhere and answers with the others ("bánh
 * chưng" lists pages with "chung" alone), so the search page says which words no result has.
 * Only words of letters are judged: Pagefind splits digits and signs its own way.
 */
export function missingWords(query: string, contents: readonly string[]): string[] {
  const asked = new Map<string, string>();
  for (const w of query.normalize('NFC').match(WORD) ?? []) {
    if (/^\p{L}+$/u.test(w) && !asked.has(foldKey(w))) asked.set(foldKey(w), w);
  }
  if (!asked.size || !contents.length) return [];
  const held = new Set<string>();
  for (const text of contents) for (const w of text.match(WORD) ?? []) held.add(foldKey(w));
  const missing: string[] = [];
  for (const [key, word] of asked) {
    let found = false;
    for (const h of held) {
      if (h.startsWith(key)) {
        found = true;
        break;
      }
    }
    if (!found) missing.push(word);
  }
  return missing;
}
