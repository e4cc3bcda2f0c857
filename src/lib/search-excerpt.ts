/**
 * Excerpts for search results, built in the browser from what Pagefind returns for a page: its
 * whole indexed `content` (words split on whitespace) and the word `locations` that matched.
 * The last `foldCount` words are the hidden folded words and phrases (see `search-words.ts`); a hit
 * there is shown on the visible words it came from. Pure, so it is
 * unit-tested without a browser.
 */
import { foldKey } from './search-words.ts';

/** A word as the hidden words spell it: folded, without its punctuation. */
const key = (word: string) => foldKey(word).replace(/[^\p{L}\p{N}]/gu, '');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Excerpt {
  /** HTML with `<mark>` around matched words; everything else escaped. */
  html: string;
  /** Positions (in the visible words) that matched. */
  hits: number[];
}

/**
 * Start of the window that holds the most distinct matched words (then the most matches), so
 * "bình dân học vụ số" shows the sentence with all five words, not a stray "dân" in the header.
 */
function bestWindow(words: readonly string[], hits: readonly number[], length: number): number {
  let best = hits[0] ?? 0;
  let bestScore = [-1, -1];
  for (let i = 0; i < hits.length; i++) {
    const inside = hits.filter((h) => h >= hits[i]! && h < hits[i]! + length);
    const score = [new Set(inside.map((h) => key(words[h]!))).size, inside.length];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = hits[i]!;
      bestScore = score;
    }
  }
  return best;
}

export function buildExcerpt(content: string, locations: readonly number[], foldCount: number, length = 30): Excerpt {
  const words = content.split(/\s+/).filter(Boolean);
  const visible = Math.max(0, words.length - foldCount);
  const keys = words.slice(0, visible).map(key);
  const hits = new Set<number>();
  for (const loc of locations) {
    if (loc < visible) {
      hits.add(loc);
      continue;
    }
    const target = key(words[loc] ?? '');
    if (!target) continue;
    for (let i = 0; i < visible; i++) {
      if (keys[i] === target) hits.add(i);
    }
  }
  const sorted = [...hits].sort((a, b) => a - b);
  const start = Math.max(0, Math.min(bestWindow(words, sorted, length) - Math.floor(length / 10), visible - length));
  const end = Math.min(visible, start + length);
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const w = escape(words[i]!);
    parts.push(hits.has(i) ? `<mark>${w}</mark>` : w);
  }
  const html = `${start > 0 ? '… ' : ''}${parts.join(' ')}${end < visible ? ' …' : ''}`;
  return { html, hits: sorted };
}
