import { describe, expect, it } from 'vitest';
import { scoreCase, summarize, type RelevanceCase } from '../helpers/relevance.ts';

const c: RelevanceCase = { q: 'doi moi', top: ['/a/', '/b/'], below: ['/x/', '/y/'] };

describe('relevance measures', () => {
  it('counts the expected pages in the first three, out of at most three', () => {
    expect(scoreCase(c, ['/a/', '/x/', '/b/']).precision).toBe(1);
    expect(scoreCase(c, ['/a/', '/x/', '/y/', '/b/']).precision).toBe(0.5);
    expect(scoreCase({ ...c, top: ['/a/', '/b/', '/c/', '/d/'] }, ['/a/', '/b/', '/c/']).precision).toBe(1);
  });

  it('takes the reciprocal rank of the first expected page, or of `first` when given', () => {
    expect(scoreCase(c, ['/x/', '/b/', '/a/']).reciprocalRank).toBe(0.5);
    expect(scoreCase({ ...c, first: '/a/' }, ['/x/', '/b/', '/a/']).reciprocalRank).toBeCloseTo(1 / 3);
    expect(scoreCase(c, ['/x/']).reciprocalRank).toBe(0);
  });

  it('flags a "below" page ranked above an expected page, or shown while one is missing', () => {
    expect(scoreCase(c, ['/a/', '/x/', '/b/', '/y/']).misplaced).toEqual(['/x/']);
    expect(scoreCase(c, ['/a/', '/b/', '/x/']).misplaced).toEqual([]);
    expect(scoreCase(c, ['/a/', '/y/']).misplaced).toEqual(['/y/']);
  });

  it('averages precision and reciprocal rank and gives the share of "below" pages in place', () => {
    const cases = [c, { ...c, q: 'x' }];
    const scores = [scoreCase(c, ['/a/', '/b/']), scoreCase(cases[1]!, ['/x/', '/a/', '/y/', '/b/'])];
    expect(summarize(cases, scores)).toEqual({ precision: 0.75, mrr: 0.75, order: 0.5 });
  });
});
