/**
 * Phones first (issue #19), in real Chromium on one page of every type of the demo site, at 320,
 * 360, 768 and 1280 px, with and without JavaScript: the header takes at most a quarter of the
 * first screen, the page's h1 is wholly on it, the menu works by keyboard (no script needed: the
 * button opens a popover), every control to tap is at least 44×44 CSS px, and images on the first
 * screen at 360 px weigh at most 60 KB; and no page of the site at all scrolls sideways at 320 px
 * (a page type's first page can hide it: a unit page only overflowed with a report table). First-screen
 * screenshots go to test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import { screenshotPath, type Browser, type Page } from '../helpers/browser.ts';
import { ensureSite, siteExists } from '../helpers/sites.ts';
import { htmlPages, isCmsPage, representativePages } from '../helpers/page-types.ts';
import { browseSite } from '../helpers/site-session.ts';

const SITE = siteExists('demo') ? 'demo' : 'content';
const dir = ensureSite(SITE);
const PAGES = [...representativePages(dir)].filter(([, url]) => !isCmsPage(url));
const site = browseSite(() => dir);

/** Widths of the issue, each with a usual screen height of that class of device. */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;
/** Below this width (48rem) the navigation sits behind the menu button. */
const NARROW = 768;
const HEADER_SHARE = 0.25;
const TARGET = 44;
const IMAGE_BUDGET = 60 * 1024;
const MENU = 'Danh mục';

const slug = (url: string) => url.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'trang-chu';

async function openPage(browser: Browser, screen: { width: number; height: number }, javaScriptEnabled: boolean, url: string) {
  const context = await browser.newContext({ viewport: screen, javaScriptEnabled, locale: 'vi-VN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(site.url + url, { waitUntil: 'load' });
  return { page, close: () => context.close() };
}

/** Where the header ends and where the page's h1 lies, in CSS px from the top of the first screen. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const h1 = document.querySelector('main h1')!.getBoundingClientRect();
    const brand = document.querySelector('.site-header .brand')!.getBoundingClientRect();
    return { headerBottom: header.bottom, h1Top: h1.top, h1Bottom: h1.bottom, h1Right: h1.right, brandLeft: brand.left, h1Left: h1.left };
  });
}

/**
 * Controls too small to tap: visible links of every navigation (menu, filters, pagination, table of
 * contents, crumbs), heading anchors, buttons and form fields. Returns "text: W×H" for each one below 44×44.
 */
function smallTargets(page: Page, min: number) {
  return page.evaluate((min) => {
    const selector = 'nav a, .crumbs a, a.anchor, button, .vd-button, input:not([type=hidden]), select, summary';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.skip-link'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < min - 0.5 || r.height < min - 0.5)
      .map(({ el, r }) => `${(el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 30)}: ${Math.round(r.width)}×${Math.round(r.height)}`);
  }, min);
}

/** The menu button's expanded state as the browser tells assistive technology (no script sets it). */
async function menuExpanded(page: Page): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  await cdp.detach();
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === MENU);
  return button?.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName, text: el?.textContent?.trim(), id: el?.id, inNav: !!el?.closest('#dieu-huong') };
  });

/** Bytes of the images a reader sees on the first screen (the resources of their current sources). */
function firstScreenImageBytes(page: Page, height: number) {
  return page.evaluate(async (height) => {
    const imgs = [...document.images].filter((img) => {
      const r = img.getBoundingClientRect();
      return img.currentSrc && r.bottom > 0 && r.top < height && r.width > 0;
    });
    // A lazy picture on the first screen may still be loading at the page's load event (seen on a
    // loaded machine: no timing entry yet, so 0 bytes): wait for each, at most 10 s.
    const loaded = (img: HTMLImageElement) =>
      img.complete ? undefined : new Promise((done) => {
        img.addEventListener('load', done, { once: true });
        img.addEventListener('error', done, { once: true });
      });
    await Promise.race([Promise.all(imgs.map(loaded)), new Promise((done) => setTimeout(done, 10_000))]);
    return imgs.map((img) => {
      const entry = performance.getEntriesByName(img.currentSrc)[0] as PerformanceResourceTiming | undefined;
      return { src: img.currentSrc.split('/').pop()!, bytes: entry ? entry.encodedBodySize || entry.transferSize : 0 };
    });
  }, height);
}

describe(`the first screen of every page type (${SITE} site)`, () => {
  for (const screen of SCREENS) {
    for (const javaScriptEnabled of [true, false]) {
      const mode = javaScriptEnabled ? 'js' : 'nojs';
      it.each(PAGES)(`at ${screen.width}×${screen.height} (${mode}) %s (%s): header ≤ 25%, h1 on screen, targets ≥ 44 px`, async (_type, url) => {
        const { page, close } = await openPage(site.browser, screen, javaScriptEnabled, url);
        try {
          const m = await firstScreen(page);
          if (screen.width === 360 || url === '/') await page.screenshot({ path: screenshotPath(`mobile-${screen.width}-${mode}-${slug(url)}`) });
          expect(m.headerBottom / screen.height, `header ends at ${m.headerBottom} px`).toBeLessThanOrEqual(HEADER_SHARE);
          expect(m.h1Top).toBeGreaterThanOrEqual(m.headerBottom);
          expect(m.h1Bottom, 'h1 ends below the first screen').toBeLessThanOrEqual(screen.height);
          expect(m.h1Right).toBeLessThanOrEqual(screen.width);
          // The content lines up with the header's brand, as on every page (the broadcast desk was
          // indented twice: 32 px at 360, 96 at 1280, against 16 and 80).
          expect(Math.round(m.h1Left), 'h1 box starts under the brand').toBe(Math.round(m.brandLeft));
          expect(await smallTargets(page, TARGET)).toEqual([]);
          if (screen.width < NARROW) {
            // The menu's own links, once opened, are targets too.
            await page.getByRole('button', { name: MENU }).click();
            expect(await smallTargets(page, TARGET)).toEqual([]);
          }
        } finally {
          await close();
        }
      });
    }
  }

  it('measures: a header made taller than a quarter of the screen is caught', async () => {
    const { page, close } = await openPage(site.browser, SCREENS[1], true, '/');
    await page.addStyleTag({ content: '.site-header { padding-block: 120px; }' });
    const m = await firstScreen(page);
    await page.addStyleTag({ content: '.site-header button { padding: 0 !important; min-block-size: 0 !important; font-size: 10px !important; }' });
    const small = await smallTargets(page, TARGET);
    await close();
    expect(m.headerBottom / SCREENS[1].height).toBeGreaterThan(HEADER_SHARE);
    expect(small.length).toBeGreaterThan(0);
  });
});

describe('the menu by keyboard', () => {
  for (const screen of SCREENS) {
    for (const javaScriptEnabled of [true, false]) {
      const mode = javaScriptEnabled ? 'js' : 'nojs';
      if (screen.width < NARROW) {
        it.each(PAGES)(`at ${screen.width} px (${mode}) %s (%s): Tab reaches "${MENU}", Enter and Space open it, Tab enters its links`, async (_type, url) => {
          const { page, close } = await openPage(site.browser, screen, javaScriptEnabled, url);
          try {
            const nav = page.locator('#dieu-huong');
            await expect.poll(() => nav.isVisible()).toBe(false);
            // Natural order: skip link, the commune name, then the menu button.
            for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
            expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: MENU });
            expect(await menuExpanded(page)).toBe(false);
            await page.keyboard.press('Enter');
            expect(await nav.isVisible()).toBe(true);
            expect(await menuExpanded(page)).toBe(true);
            // The opened menu lies under the header, inside the screen's width.
            const box = (await nav.boundingBox())!;
            const header = (await page.locator('.site-header').boundingBox())!;
            expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
            expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
            if (url === '/' || url === '/ke-hoach/') await page.screenshot({ path: screenshotPath(`menu-${screen.width}-${mode}-${slug(url)}`) });
            await page.keyboard.press('Tab');
            const first = await focused(page);
            expect(first).toMatchObject({ tag: 'A', inNav: true, text: 'Trang chủ' });
            // Every link of the menu is reachable by Tab, in order.
            const count = await nav.locator('a').count();
            for (let i = 1; i < count; i++) await page.keyboard.press('Tab');
            expect((await focused(page)).inNav).toBe(true);
            await page.keyboard.press('Tab');
            expect((await focused(page)).inNav).toBe(false);
            // Escape closes it and returns focus to the button; Space opens it again.
            await page.getByRole('button', { name: MENU }).focus();
            await page.keyboard.press('Escape');
            expect(await nav.isVisible()).toBe(false);
            expect(await menuExpanded(page)).toBe(false);
            await page.keyboard.press('Space');
            expect(await nav.isVisible()).toBe(true);
          } finally {
            await close();
          }
        });
      } else {
        it(`at ${screen.width} px (${mode}) shows the whole navigation as a bar, reached by Tab after the search`, async () => {
          for (const [, url] of PAGES) {
            const { page, close } = await openPage(site.browser, screen, javaScriptEnabled, url);
            try {
              expect(await page.getByRole('button', { name: MENU }).isVisible(), url).toBe(false);
              const links = page.locator('#dieu-huong a');
              const hidden = await links.evaluateAll((as) => as.filter((a) => a.getClientRects().length === 0).length);
              expect(hidden, url).toBe(0);
              // Skip link, the commune name, search field, search button, then the first menu link.
              for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
              expect(await focused(page), url).toMatchObject({ tag: 'A', inNav: true, text: 'Trang chủ' });
            } finally {
              await close();
            }
          }
        });
      }
    }
  }
});

describe('images on the first screen at 360 px', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`stay within 60 KB on every page type (${javaScriptEnabled ? 'js' : 'nojs'})`, async () => {
      const report: string[] = [];
      for (const [, url] of PAGES) {
        const { page, close } = await openPage(site.browser, SCREENS[1], javaScriptEnabled, url);
        const images = await firstScreenImageBytes(page, SCREENS[1].height);
        await close();
        const total = images.reduce((sum, i) => sum + i.bytes, 0);
        if (images.length) report.push(`${url}: ${total} B (${images.map((i) => i.src).join(', ')})`);
        expect(images.every((i) => i.bytes > 0), `${url}: every first-screen image measured`).toBe(true);
        expect(total, url).toBeLessThanOrEqual(IMAGE_BUDGET);
      }
      console.info(report.join('\n') || 'no image on any first screen');
    });
  }
});

/** Elements whose right edge passes the screen's, deepest first, as "tag.class: right". */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      // Inside a box that scrolls sideways on its own is fine: the page does not move.
      return r.width > 0 && r.right > width + 0.5 && !el.parentElement?.closest('.wide-table, pre');
    });
    const leaves = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits: leaves.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}`) };
  });
}

describe(`no page of the ${SITE} site scrolls sideways`, () => {
  const all = htmlPages(dir).filter((url) => !isCmsPage(url));
  it(`at 320 px: all ${all.length} pages fit the screen's width`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'vi-VN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const wide: string[] = [];
    try {
      for (const url of all) {
        await page.goto(site.url + url, { waitUntil: 'load' });
        const m = await overflowing(page);
        if (m.scrollWidth > m.width) wide.push(`${url}: ${m.scrollWidth} px (${m.culprits.join('; ')})`);
      }
    } finally {
      await context.close();
    }
    expect(wide).toEqual([]);
  }, 300_000);
});
