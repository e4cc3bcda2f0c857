import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phoneContext, screenshotPath, type Browser, type Page } from '../helpers/browser.ts';
import { serveSite } from '../helpers/server.ts';
import { ensureSite, ROOT, siteExists, type SiteName } from '../helpers/sites.ts';
import type { ShardList } from '../../src/lib/search-shards.ts';
import { PAGEFIND_SHARDS } from '../../src/routes.ts';

let browser: Browser;
const servers: Awaited<ReturnType<typeof serveSite>>[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

async function open(site: SiteName): Promise<{ page: Page; url: string }> {
  const server = await serveSite(ensureSite(site));
  servers.push(server);
  const page = await (await phoneContext(browser, 400)).newPage();
  return { page, url: server.url };
}

/** Runs a query through the search page (as a linked `?q=` URL) and returns result URLs in order. */
async function search(page: Page, base: string, q: string, extra = ''): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}${extra}`);
  await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/Tìm thấy|Không tìm thấy|Không trang nào/);
  return resultPaths(page);
}

function resultPaths(page: Page): Promise<string[]> {
  return page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The filter box opened, and its shown values of one filter as value → count ("Đơn vị (2)"). */
async function filterCounts(page: Page, filter: string): Promise<Record<string, number>> {
  await page.locator('#search-filter-box').evaluate((box) => ((box as HTMLDetailsElement).open = true));
  const group = page.locator('#search-filters fieldset', { has: page.locator('legend', { hasText: filter }) });
  await expect.poll(() => group.locator('label:visible').count()).toBeGreaterThan(0);
  const labels = await group.locator('label:visible').allTextContents();
  return Object.fromEntries(labels.map((l) => l.trim().match(/^(.*) \(([\d.]+)\)$/)!.slice(1)).map(([v, n]) => [v!, Number(n!.replace(/\./g, ''))]));
}

describe('search over the real content', () => {
  let page: Page;
  let url: string;
  beforeAll(async () => {
    ({ page, url } = await open('content'));
  });

  it('finds "Đổi mới" typed without diacritics, đ included', async () => {
    const results = await search(page, url, 'doi moi');
    expect(results[0]).toBe('/ke-hoach/');
    // The excerpt shows the page's own words, never the hidden folded copy.
    const excerpt = await page.locator('#search-results li p:last-child').first().innerHTML();
    expect(excerpt).toMatch(/<mark>[Đđ]ổi<\/mark>/);
    expect(excerpt).not.toMatch(/[^đĐ\p{L}]d[ổộồ]i/u);
  });

  it('finds "chuyển đổi xanh" with and without diacritics, the same pages', async () => {
    const withMarks = await search(page, url, 'chuyển đổi xanh');
    const without = await search(page, url, 'chuyen doi xanh');
    expect(withMarks.length).toBeGreaterThan(0);
    expect(new Set(without)).toEqual(new Set(withMarks));
  });

  it('puts the plan and criteria 1.2 first for "bình dân học vụ số"', async () => {
    const results = await search(page, url, 'bình dân học vụ số');
    expect(results.slice(0, 2).sort()).toEqual(['/ke-hoach/', '/tieu-chi/1-2/']);
    await page.screenshot({ path: screenshotPath('tim-kiem-binh-dan-hoc-vu-so'), fullPage: true });
  });

  it('narrows results with a type filter, kept in the URL', async () => {
    const all = await search(page, url, 'doanh nghiep');
    expect(all).toContain('/ke-hoach/');
    await page.getByText('Lọc kết quả').click();
    await page.getByRole('checkbox', { name: /^Tiêu chí/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('loai')).toEqual(['Tiêu chí']);
    // The list is emptied, then refilled: wait for the narrowed, non-empty result.
    await expect.poll(async () => {
      const n = await page.locator('#search-results li h2 a').count();
      return n > 0 && n < all.length;
    }).toBe(true);
    const filtered = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((p) => p.startsWith('/tieu-chi/'))).toBe(true);
    // The filtered search is a link: reopening the URL gives the same results.
    const again = await search(page, url, 'doanh nghiep', `&loai=${encodeURIComponent('Tiêu chí')}`);
    expect(again).toEqual(filtered);
  });

  it('is reached from the header search box without JavaScript on the page it starts from', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${url}/ke-hoach/`);
    await plain.getByRole('searchbox', { name: 'Tìm kiếm trên trang' }).fill('doi moi');
    await plain.getByRole('button', { name: 'Tìm', exact: true }).click();
    expect(new URL(plain.url()).pathname).toBe('/tim-kiem/');
    expect(new URL(plain.url()).searchParams.get('q')).toBe('doi moi');
    await expect.poll(() => plain.locator('noscript').count()).toBe(1);
    await context.close();
  });
});

describe.runIf(siteExists('demo'))('search over the demo content', () => {
  let page: Page;
  let url: string;
  beforeAll(async () => {
    ({ page, url } = await open('demo'));
  });

  it('"dien tu" puts pages about "điện tử" first', async () => {
    const results = await search(page, url, 'dien tu');
    expect(results.length).toBeGreaterThan(0);
    const excerpts = await page.locator('#search-results li p:last-child').allTextContents();
    expect(excerpts[0]).toMatch(/điện tử/i);
  });

  it('"dong" finds "đồng" (and "Đông", "động": đ folds to d like the other marks)', async () => {
    await search(page, url, 'dong');
    const excerpts = await page.locator('#search-results li p:last-child').allTextContents();
    expect(excerpts[0]).toMatch(/(?<!\p{L})[đĐ][ôồộóoòọ]ng/u);
    expect(excerpts.some((e) => /đồng/i.test(e))).toBe(true);
  });

  it('"doi moi" finds the pages that say "đổi mới", the plan among the first three', async () => {
    const results = await search(page, url, 'doi moi');
    expect(results.slice(0, 3)).toContain('/ke-hoach/');
    const excerpts = await page.locator('#search-results li p:last-child').allTextContents();
    expect(excerpts.slice(0, 5).filter((e) => /đổi mới/i.test(e)).length).toBeGreaterThanOrEqual(3);
  });

  it('counts each filter value within the current query, and hides values it has none of', async () => {
    const results = await search(page, url, 'rơm rạ');
    const types = await filterCounts(page, 'Loại trang');
    // Each page has one type: the counts add up to the results, and no value offers nothing.
    expect(Object.values(types).reduce((a, b) => a + b, 0)).toBe(results.length);
    expect(Object.values(types).every((n) => n > 0)).toBe(true);
    expect(types).not.toHaveProperty('Tiêu chí');
    // Choosing a value gives as many results as it said; the other values stay offered.
    const [value, count] = Object.entries(types)[0]!;
    await page.getByRole('checkbox', { name: new RegExp(`^${value}`) }).check();
    await expect.poll(() => page.locator('#search-status').textContent()).toContain(`Tìm thấy ${count} kết quả`);
    expect(await filterCounts(page, 'Loại trang')).toEqual(types);
    // A new query brings its own counts.
    await page.getByRole('checkbox', { name: new RegExp(`^${value}`) }).uncheck();
    await page.locator('#search-q').fill('loa');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/Tìm thấy \d+ kết quả cho “loa”/);
    const loa = Number((await page.locator('#search-status').textContent())!.match(/(\d+) kết quả/)![1]);
    expect(loa).not.toBe(results.length);
    await expect.poll(async () => Object.values(await filterCounts(page, 'Loại trang')).reduce((a, b) => a + b, 0)).toBe(loa);
  });

  it('moves focus to the first new result when more results are shown', async () => {
    let shown = (await search(page, url, 'dong')).length;
    const more = page.locator('#search-more');
    // 29 results: two presses, the last one removes the button.
    expect(await more.isVisible()).toBe(true);
    while (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(shown);
      const first = page.locator(`#search-results li:nth-child(${shown + 1}) h2 a`);
      await expect.poll(() => first.evaluate((a) => a === document.activeElement)).toBe(true);
      shown = await page.locator('#search-results li').count();
      await expect.poll(() => page.locator('#search-status').textContent()).toContain(`${shown}`);
    }
  });

  it('names each search landmark differently (axe landmark-unique)', async () => {
    await search(page, url, 'loa');
    const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
    expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });

  it('keeps each new query in the history: Back and Forward bring back its query, filters and results', async () => {
    await page.goto(`${url}/`);
    const loa = await search(page, url, 'loa');
    await page.getByText('Lọc kết quả').click();
    await page.getByRole('checkbox', { name: /^Mô hình, sáng kiến/ }).check();
    // The list is emptied, then refilled: wait for the narrowed, non-empty result.
    await expect.poll(async () => {
      const paths = await resultPaths(page);
      return paths.length > 0 && paths.length < loa.length && paths.every((p) => p.startsWith('/mo-hinh/'));
    }).toBe(true);
    const filtered = await resultPaths(page);
    await page.locator('#search-q').fill('rom ra');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/cho “rom ra”/);
    const romRa = await resultPaths(page);
    await page.goBack();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/cho “loa”/);
    expect(new URL(page.url()).pathname).toBe('/tim-kiem/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('loa');
    expect(await page.locator('#search-q').inputValue()).toBe('loa');
    expect(await page.getByRole('checkbox', { name: /^Mô hình, sáng kiến/ }).isChecked()).toBe(true);
    await expect.poll(() => resultPaths(page)).toEqual(filtered);
    await page.goForward();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/cho “rom ra”/);
    expect(await page.locator('#search-q').inputValue()).toBe('rom ra');
    await expect.poll(() => resultPaths(page)).toEqual(romRa);
  });

  it('says which words no page has, instead of claiming them found', async () => {
    // Pagefind answers "bánh chưng" with pages holding "chung" or "bản" (it leaves out or shortens
    // a word it finds nowhere); the status names the missing word.
    for (const [q, word] of [['bánh chưng', 'bánh'], ['khong co tu nay xyz', 'xyz'], ['vangx', 'vangx']] as const) {
      const results = await search(page, url, q);
      expect(results.length, q).toBeGreaterThan(0);
      expect(await page.locator('#search-status').textContent(), q).toMatch(new RegExp(`^Không trang nào có từ “${word}”; dưới đây là \\d+ kết quả gần đúng cho “${q}”\\.$`));
    }
    // Words the site has (a word the query only begins, as "loa" in "loại", counts) are found as before.
    for (const q of ['loa', 'doi moi', 'chuyển đổi số']) {
      await search(page, url, q);
      expect(await page.locator('#search-status').textContent(), q).toMatch(/^Tìm thấy \d+ kết quả/);
    }
  });

  it('says a filter box that cannot load in the box, keeps the results and their count, and retries when opened again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/pagefind/filter/**', (route) => route.abort());
    const results = await search(page, url, 'loa');
    const status = await page.locator('#search-status').textContent();
    expect(status).toMatch(/^Tìm thấy \d+ kết quả/);
    const box = page.locator('#search-filter-box');
    await box.locator('summary').click();
    await expect.poll(() => page.locator('#search-filters').textContent()).toBe('Chưa tải được chỉ mục tìm kiếm. Mời thử lại sau.');
    expect(await page.locator('#search-status').textContent()).toBe(status);
    expect(await resultPaths(page)).toEqual(results);
    await page.unroute('**/pagefind/filter/**');
    await box.locator('summary').click();
    await box.locator('summary').click();
    await expect.poll(() => page.locator('#search-filters label:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('never returns a draft', async () => {
    // Every draft of the demo set, by the URL its page would have had.
    const drafts = fs.globSync('fixtures/demo/*/*.{md,yml}', { cwd: ROOT })
      .filter((f) => /^draft: true$/m.test(fs.readFileSync(path.join(ROOT, f), 'utf8')))
      .map((f) => path.basename(f).replace(/\.(md|yml)$/, ''));
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    for (const q of ['ban nhap', 'bản nháp', 'dat lich nha van hoa', 'du thao khen thuong']) {
      const results = await search(page, url, q);
      expect(results.filter((r) => drafts.some((d) => r.includes(d)))).toEqual([]);
      const titles = await page.locator('#search-results li h2 a').allTextContents();
      expect(titles.filter((t) => /nháp/i.test(t))).toEqual([]);
    }
  });
});

/**
 * The index in shards (scripts/search-index.ts), merged by the search page: the same demo content
 * with shards of 8 pages finds what the one-index build finds, with the same counts and filters.
 * Pagefind ranks within each shard, so only the order may differ.
 */
describe.runIf(siteExists('demo'))('search over an index in shards', () => {
  let one: { page: Page; url: string };
  let sharded: { page: Page; url: string };
  beforeAll(async () => {
    one = await open('demo');
    sharded = await open('demo-sharded');
  });

  /** Every result of a query (the "more" button pressed until it goes), the status, and the filter counts. */
  async function everything({ page, url }: { page: Page; url: string }, q: string) {
    await search(page, url, q);
    const more = page.locator('#search-more');
    while (await more.isVisible()) {
      const shown = await page.locator('#search-results li').count();
      await more.click();
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(shown);
    }
    const results = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.locator('#search-filters').evaluate((box) => ((box.closest('details') as HTMLDetailsElement).open = true));
    // Values are shown once the query's counts are in.
    await expect.poll(() => page.locator('#search-filters label:visible').count()).toBeGreaterThan(0);
    return {
      status: await page.locator('#search-status').textContent(),
      results: results.sort(),
      filters: await page.locator('#search-filters label').allTextContents(),
    };
  }

  const shardList = (name: SiteName) => JSON.parse(fs.readFileSync(path.join(ensureSite(name), PAGEFIND_SHARDS.slice(1)), 'utf8')) as ShardList;

  it('is really in shards', () => {
    expect(shardList('demo-sharded').indexes.length).toBeGreaterThan(4);
    expect(shardList('demo')).toEqual({ indexes: [] });
  });

  // Common words, and words only a few pages (so only some shards) hold, where each shard on its
  // own would take the word for a shorter one it has ("vang" for "van"), and a typo ("vangx",
  // which one index too takes for "vang").
  for (const q of ['doi moi', 'dien tu', 'chuyển đổi xanh', 'dong', 'bang vang', 'ho so truc tuyen', 'vang', 'vắng', 'camera', 'vangx', 'chuyenx so']) {
    it(`finds the same pages for "${q}"`, async () => {
      const expected = await everything(one, q);
      expect(expected.results.length).toBeGreaterThan(0);
      expect(await everything(sharded, q)).toEqual(expected);
    });
  }

  it('gives the same results and counts for a filtered search opened from its URL', async () => {
    // The first search and the filter box start together here: the shards must be merged once.
    const filtered = async ({ page, url }: { page: Page; url: string }) => {
      const results = await search(page, url, 'doi moi', `&loai=${encodeURIComponent('Tiêu chí')}`);
      await expect.poll(() => page.locator('#search-filters label:visible').count()).toBeGreaterThan(0);
      return { status: await page.locator('#search-status').textContent(), results: results.sort(), filters: await page.locator('#search-filters label:visible').allTextContents() };
    };
    const expected = await filtered(one);
    expect(expected.results.length).toBeGreaterThan(0);
    expect(await filtered(sharded)).toEqual(expected);
  });

  it('puts the page a title names first, as one index does', async () => {
    for (const q of ['bình dân học vụ số', 'kế hoạch phong trào thi đua']) {
      const [first] = await search(one.page, one.url, q);
      expect((await search(sharded.page, sharded.url, q))[0], q).toBe(first);
    }
  });
});

