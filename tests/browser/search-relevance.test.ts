/**
 * Relevance of the search page on the demo site, over the queries of `search-relevance.cases.ts`:
 * precision at 3, mean reciprocal rank and the share of "must rank below" pages that do. It runs
 * the real search page against the real Pagefind index, so it measures what a visitor gets.
 * RELEVANCE_SITE=DIR measures another built site (a before/after comparison).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../helpers/browser.ts';
import { scoreCase, summarize, type CaseScore } from '../helpers/relevance.ts';
import { browseSite } from '../helpers/site-session.ts';
import { ensureSite, ROOT } from '../helpers/sites.ts';
import { initiativePath, PLAN_PATH, SEARCH_PATH, storyPath, unitPath, criteriaGroupPath } from '../../src/routes.ts';
import { CASES } from './search-relevance.cases.ts';

/**
 * Set from the measurements of issue 18 on these 63 queries (P@3 / MRR / below-order): before,
 * each syllable ranked on its own, 0.897 / 0.833 / 0.896; everything but the query's syllable
 * pairs 0.905 / 0.906 / 0.948; with pairs, titles and page length 0.3 1.000 / 1.000 / 1.000.
 * The query's phrases (exact-phrase look-ups, which replaced hidden pair tokens) give the same
 * 1.000 / 1.000 / 1.000. A query or two may slip as the demo content changes; losing the phrases fails.
 */
const MIN = { precision: 0.97, mrr: 0.95, order: 0.97 };

const session = browseSite(() => (process.env.RELEVANCE_SITE ? path.resolve(ROOT, process.env.RELEVANCE_SITE) : ensureSite('demo')));
let page: Page;

async function search(q: string): Promise<string[]> {
  await page.goto(`${session.url}${SEARCH_PATH}?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search relevance on the demo site', () => {
  const scores: CaseScore[] = [];
  const firsts = new Map<string, string | undefined>();

  beforeAll(async () => {
    page = await session.browser.newPage();
    for (const c of CASES) {
      const results = await search(c.q);
      firsts.set(c.q, results[0]);
      scores.push(scoreCase(c, results));
    }
    const sum = summarize(CASES, scores);
    const misses = scores.filter((s) => s.precision < 1 || s.reciprocalRank < 1 || s.misplaced.length);
    console.log(
      `Relevance over ${CASES.length} queries: P@3 ${sum.precision.toFixed(3)}, MRR ${sum.mrr.toFixed(3)}, below-order ${sum.order.toFixed(3)}\n` +
        misses.map((s) => `  "${s.q}": P@3 ${s.precision.toFixed(2)}, RR ${s.reciprocalRank.toFixed(2)}, first ${firsts.get(s.q)}${s.misplaced.length ? `, too high: ${s.misplaced.join(' ')}` : ''}`).join('\n'),
    );
  }, 300_000);

  it('has at least 40 queries, typed with and without diacritics', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => /[^\x00-\x7f]/.test(c.q)).length).toBeGreaterThanOrEqual(15);
    expect(CASES.filter((c) => !/[^\x00-\x7f]/.test(c.q)).length).toBeGreaterThanOrEqual(15);
  });

  it('keeps precision at 3, mean reciprocal rank and the below-order above their thresholds', () => {
    const sum = summarize(CASES, scores);
    expect(sum.precision).toBeGreaterThanOrEqual(MIN.precision);
    expect(sum.mrr).toBeGreaterThanOrEqual(MIN.mrr);
    expect(sum.order).toBeGreaterThanOrEqual(MIN.order);
  });

  it.each([
    ['doi moi', [PLAN_PATH]],
    ['đổi mới', [PLAN_PATH]],
    ['chuyen doi so', [storyPath('ngay-hoi-chuyen-doi-so-2026'), PLAN_PATH]],
    ['dien tu', [initiativePath('so-tay-dien-tu-cong-tac-quoc-phong'), initiativePath('nhat-ky-dong-ruong-dien-tu')]],
    ['binh dan hoc vu so', [PLAN_PATH, criteriaGroupPath('1-2')]],
    ['xom trai moi', [unitPath('xom-trai-moi')]],
    ['thon dong hoa', [unitPath('thon-dong-hoa')]],
  ])('"%s" puts the page a reader means first', (q, meant) => {
    expect(meant).toContain(firsts.get(q));
  });
});
