/**
 * Accessibility (issue #10) in real Chromium on one page of every type of the demo site (types
 * discovered from the output, so new pages are covered without edits): axe-core at WCAG 2.1 AA
 * and its best practices with zero violations, a working skip link, a visible focus indicator on every control reached
 * by Tab, headings without skipped levels, a name on every form control, and no
 * Content-Security-Policy violation on the page.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, phoneContext, type Page } from '../helpers/browser.ts';
import { ensureSite, siteExists } from '../helpers/sites.ts';
import { t } from '../../src/i18n/vi.ts';
import { readPage } from '../helpers/html.ts';
import { htmlPages, isCmsPage, representativePages } from '../helpers/page-types.ts';
import { cspHeader } from '../../src/lib/security.ts';
import { browseSite } from '../helpers/site-session.ts';

// fixtures/demo exercises every page type; the real content is the fallback while it is absent.
const SITE = siteExists('demo') ? 'demo' : 'content';
const dir = ensureSite(SITE);
// The CMS (/admin/) is Decap's own application, left to its maintainers; our login page and staff
// bar on it are checked in cms.test.ts.
const PAGES = [...representativePages(dir)].filter(([, url]) => !isCmsPage(url));
// What a body can hold beyond paragraphs (its table box, code block, task list, footnotes) is
// markup our Markdown steps add: the first page showing each is checked too, whatever its type.
const BODY_PARTS: [part: string, mark: string][] = [
  ['bảng trong bài', `aria-label="${t('doc.tableLabel', { n: 1 })}"`],
  ['đoạn mã', `aria-label="${t('doc.codeLabel', { n: 1 })}"`],
  ['danh sách việc', 'class="task-list-item"'],
  ['chú thích', 'data-footnotes'],
];
const pages = htmlPages(dir).filter((u) => !isCmsPage(u)).map((u) => [u, readPage(dir, u)] as const);
for (const [part, mark] of BODY_PARTS) {
  const url = pages.find(([, html]) => html.includes(mark))?.[0];
  if (url && !PAGES.some(([, seen]) => seen === url)) PAGES.push([`trang có ${part}`, url]);
}

const site = browseSite(() => dir);

async function open(url: string): Promise<{ page: Page; cspErrors: string[]; cspHeader?: string; close: () => Promise<void> }> {
  const context = await phoneContext(site.browser);
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) cspErrors.push(msg.text());
  });
  const response = await page.goto(site.url + url, { waitUntil: 'load' });
  return { page, cspErrors, cspHeader: response?.headers()['content-security-policy'], close: () => context.close() };
}

/** Tabs through a page (up to 40 stops, until focus wraps) and reports whether each stop shows focus. */
async function focusStops(page: Page): Promise<{ path: string; visible: boolean }[]> {
  const stops: { path: string; visible: boolean }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow !== 'none';
      const path = [el.tagName.toLowerCase(), el.id && `#${el.id}`, el.getAttribute('href') ?? el.getAttribute('name') ?? ''].join('');
      return { path, visible: outline || shadow };
    });
    if (!focus || seen.has(focus.path)) break; // wrapped around to the start
    seen.add(focus.path);
    stops.push(focus);
  }
  return stops;
}

describe(`accessibility of every page type (${SITE} site)`, () => {
  it.each(PAGES)('%s (%s) has no axe violations at WCAG 2.1 AA and breaks no security policy', async (_type, url) => {
    const { page, cspErrors, cspHeader: header, close } = await open(url);
    const violations = await axeViolations(page);
    await close();
    expect(violations).toEqual([]);
    // The test server sends public/_headers like a static host: header and meta policy both apply.
    expect(header).toBe(cspHeader(url === '/404.html' ? '/' : url));
    expect(cspErrors).toEqual([]);
  });

  it.each(PAGES)('%s (%s) starts with a skip link to the main content', async (_type, url) => {
    const { page, close } = await open(url);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement | null;
      const target = a?.getAttribute('href')?.startsWith('#') ? document.getElementById(a.getAttribute('href')!.slice(1)) : null;
      return { tag: a?.tagName, targetTag: target?.tagName };
    });
    await close();
    expect(first).toEqual({ tag: 'A', targetTag: 'MAIN' });
  });

  it.each(PAGES)('%s (%s) shows where the keyboard focus is on every control it reaches', async (_type, url) => {
    const { page, close } = await open(url);
    const stops = await focusStops(page);
    await close();
    expect(stops.length).toBeGreaterThan(1);
    expect(stops.filter((s) => !s.visible).map((s) => s.path)).toEqual([]);
  });

  it('notices a focus indicator taken away (the focus check can fail)', async () => {
    const { page, close } = await open('/');
    await page.addStyleTag({ content: '*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }' });
    const stops = await focusStops(page);
    await close();
    expect(stops.filter((s) => !s.visible).length).toBeGreaterThan(0);
  });

  it.each(PAGES)('%s (%s) has one h1 and headings that never skip a level', async (_type, url) => {
    const { page, close } = await open(url);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) =>
      hs.filter((h) => (h as HTMLElement).offsetParent !== null || h.closest('main')).map((h) => Number(h.tagName[1])),
    );
    await close();
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
    expect(skips).toEqual([]);
  });

  it.each(PAGES)('%s (%s) names every form control', async (_type, url) => {
    const { page, close } = await open(url);
    const unnamed = await page.locator('input:not([type=hidden]), select, textarea, button').evaluateAll((els) =>
      els
        .filter((el) => {
          const e = el as HTMLInputElement;
          const labelled = (e.labels?.length ?? 0) > 0 && [...e.labels!].some((l) => l.textContent!.trim());
          const aria = e.getAttribute('aria-label')?.trim() || e.getAttribute('aria-labelledby');
          const own = e.tagName === 'BUTTON' ? e.textContent!.trim() : ['submit', 'reset', 'button'].includes(e.type) ? e.value : '';
          return !(labelled || aria || own || e.title);
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    await close();
    expect(unnamed).toEqual([]);
  });
});
