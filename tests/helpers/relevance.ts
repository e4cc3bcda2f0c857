/**
 * Relevance measures for the search test set (`tests/browser/search-relevance.test.ts`). Pure, so
 * the arithmetic is unit-tested on its own.
 */

export interface RelevanceCase {
  q: string;
  /** Pages a reader means: each must be in the top 3. */
  top: string[];
  /** The one page that must come first, when a reader clearly means one (a unit's own page). */
  first?: string;
  /** Pages that may be found but must rank below every page of `top`. */
  below: string[];
}

export interface CaseScore {
  q: string;
  /** Share of `top` in the first 3 results (of at most 3 pages). */
  precision: number;
  /** 1 / rank of `first` (or of the first page of `top`); 0 if not shown. */
  reciprocalRank: number;
  /** Pages of `below` ranked above some page of `top` (or shown while a page of `top` is missing). */
  misplaced: string[];
}

export function scoreCase(c: RelevanceCase, results: readonly string[]): CaseScore {
  const top3 = results.slice(0, 3);
  const precision = c.top.filter((p) => top3.includes(p)).length / Math.min(3, c.top.length);
  const wanted = c.first ? [c.first] : c.top;
  const rank = results.findIndex((p) => wanted.includes(p));
  const ranks = c.top.map((p) => results.indexOf(p));
  const lastTop = ranks.includes(-1) ? Infinity : Math.max(...ranks);
  const misplaced = c.below.filter((p) => {
    const r = results.indexOf(p);
    return r !== -1 && r < lastTop;
  });
  return { q: c.q, precision, reciprocalRank: rank === -1 ? 0 : 1 / (rank + 1), misplaced };
}

export interface Summary {
  /** Mean precision at 3. */
  precision: number;
  /** Mean reciprocal rank. */
  mrr: number;
  /** Share of `below` pages that did rank below. */
  order: number;
}

export function summarize(cases: readonly RelevanceCase[], scores: readonly CaseScore[]): Summary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const below = cases.reduce((n, c) => n + c.below.length, 0);
  const misplaced = scores.reduce((n, s) => n + s.misplaced.length, 0);
  return {
    precision: mean(scores.map((s) => s.precision)),
    mrr: mean(scores.map((s) => s.reciprocalRank)),
    order: below ? 1 - misplaced / below : 1,
  };
}
