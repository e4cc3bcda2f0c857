/**
 * Which shards of the search index may answer a query (scripts/search-index.ts builds the shards).
 *
 * Pagefind forgives a typo: a query word that no word of the index starts with is searched as the
 * longest index word it starts with ("vangx" as "vang"). With one index that happens only for a
 * word the site does not have; with shards it would happen in every shard that lacks a word
 * another shard has ("vang" searched as "van" where no page says "vàng"), and those pages would
 * be mixed into the real results. So the build lists which shards hold each word, and the search
 * page asks only the shards that hold every word of the query (a word no shard holds is left to
 * Pagefind's forgiveness, everywhere alike, as one index would).
 */
import { foldKey, htmlText } from './search-words.ts';

/** What the search page reads (PAGEFIND_SHARDS): the other shards, and the words of all of them. */
export interface ShardList {
  /** Paths of the shards after the first, merged into it. */
  indexes: string[];
  /** Only with more than one shard: the folded words in every shard, sorted. */
  everywhere?: string[];
  /** The folded words some shards lack, by the shards (0 = the first) that hold them, space-separated. */
  some?: { shards: number[]; words: string }[];
}

/** The Pagefind filter each shard's pages carry (Pagefind's `mergeFilter`), by which a search keeps to some shards. */
export const SHARD_FILTER = 'shard';

/**
 * The folded words of some text, as Pagefind may index them: each run of letters and digits, and
 * each space-separated word with its punctuation taken out ("COVID-19" → covid, 19, covid19). More
 * words than Pagefind's only make a shard answer a query it cannot (as every shard would without
 * this list); fewer could keep a shard from answering what it holds, so it errs on the side of more.
 */
export function indexWords(text: string, into: Set<string>): void {
  for (const chunk of text.split(/\s+/)) {
    if (!chunk) continue;
    const runs = chunk.match(/[\p{L}\p{N}]+/gu);
    if (!runs) continue;
    for (const run of runs) into.add(foldKey(run));
    if (runs.length > 1) into.add(foldKey(runs.join('')));
  }
}

/**
 * The text a built page gives Pagefind, as space-separated pieces, into `into`: its text from
 * `data-pagefind-body` on, and the attributes Pagefind also reads (image descriptions, metadata
 * and filters), wherever they are. A site repeats most pieces on many pages, so they are folded
 * into words only once each, by `foldPieces`.
 */
export function pagePieces(html: string, into: Set<string>): void {
  const body = html.indexOf('data-pagefind-body');
  const texts = [htmlText(body < 0 ? html : html.slice(html.indexOf('>', body) + 1))];
  for (const m of html.matchAll(/\s(?:alt|data-pagefind-meta|data-pagefind-filter)="([^"]*)"/g)) texts.push(htmlText(m[1]!));
  for (const text of texts) for (const piece of text.split(/\s+/)) if (piece) into.add(piece);
}

/** The words of each shard, from the pieces of text its pages hold (each piece folded once). */
export function foldPieces(pieces: readonly Set<string>[]): Set<string>[] {
  const folded = new Map<string, Set<string>>();
  return pieces.map((set) => {
    const words = new Set<string>();
    for (const piece of set) {
      let of = folded.get(piece);
      if (!of) {
        of = new Set();
        indexWords(piece, of);
        folded.set(piece, of);
      }
      for (const word of of) words.add(word);
    }
    return words;
  });
}

/** The list of words of the shards, from the words each shard holds. */
export function shardWords(words: readonly Set<string>[]): Pick<ShardList, 'everywhere' | 'some'> {
  if (words.length < 2) return {};
  const holders = new Map<string, number[]>();
  words.forEach((set, shard) => {
    for (const word of set) {
      const list = holders.get(word);
      if (list) list.push(shard);
      else holders.set(word, [shard]);
    }
  });
  const everywhere: string[] = [];
  const groups = new Map<string, { shards: number[]; words: string[] }>();
  for (const word of [...holders.keys()].sort()) {
    const shards = holders.get(word)!;
    if (shards.length === words.length) {
      everywhere.push(word);
      continue;
    }
    const key = shards.join(',');
    const group = groups.get(key);
    if (group) group.words.push(word);
    else groups.set(key, { shards, words: [word] });
  }
  return { everywhere, some: [...groups.values()].map(({ shards, words }) => ({ shards, words: words.join(' ') })) };
}

/** A query's words as Pagefind reads them: lower case, no punctuation, folded. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => foldKey(word.replace(/[^\p{L}\p{N}]/gu, '')))
    .filter(Boolean);
}

/**
 * The shards that may answer `query`: undefined for all of them, else the shards holding a word
 * that starts with each query word (none: no page has every word, so there is no result).
 */
export function shardsFor(query: string, list: ShardList): number[] | undefined {
  const { everywhere, some } = list;
  if (!everywhere || !some) return undefined;
  const count = list.indexes.length + 1;
  let allowed: Set<number> | undefined;
  for (const word of queryWords(query)) {
    if (startsAny(everywhere, word)) continue;
    const holding = new Set<number>();
    for (const group of some) if (startsAny(wordsOf(group), word)) for (const s of group.shards) holding.add(s);
    if (!holding.size) {
      // No shard holds it: one index would take it for the longest word of the site it starts
      // with, so only the shards holding that word may answer (each would take it for that one).
      const forgiven = longestPrefix(word, everywhere, some);
      if (forgiven === undefined) continue;
      for (const s of forgiven) holding.add(s);
    }
    allowed = allowed ? new Set([...allowed].filter((s) => holding.has(s))) : holding;
  }
  if (!allowed || allowed.size === count) return undefined;
  return [...allowed].sort((a, b) => a - b);
}

/**
 * The shards holding the longest word of the site that `word` starts with: undefined when every
 * shard holds it or there is none (no restriction either way).
 */
function longestPrefix(word: string, everywhere: readonly string[], some: NonNullable<ShardList['some']>): number[] | undefined {
  for (let end = word.length - 1; end > 0; end--) {
    const prefix = word.slice(0, end);
    if (firstAtLeast(everywhere, prefix) === prefix) return undefined;
    const group = some.find((g) => firstAtLeast(wordsOf(g), prefix) === prefix);
    if (group) return group.shards;
  }
  return undefined;
}

/** A group's words as a sorted list, split once. */
const split = new WeakMap<object, string[]>();
function wordsOf(group: { words: string }): string[] {
  let list = split.get(group);
  if (!list) {
    list = group.words.split(' ');
    split.set(group, list);
  }
  return list;
}

/** Whether a word of a sorted list starts with `prefix`. */
function startsAny(sorted: readonly string[], prefix: string): boolean {
  return firstAtLeast(sorted, prefix)?.startsWith(prefix) ?? false;
}

/** The first word of a sorted list that is not below `word` (binary search). */
function firstAtLeast(sorted: readonly string[], word: string): string | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}
