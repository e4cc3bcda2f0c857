/**
 * The statistics pages in real Chromium: axe at WCAG 2.1 AA with zero violations, no sideways
 * scrolling on a 360 px phone, charts drawn without any script, and the yearly summary printing
 * on A4 without the site's header, menu and footer.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, phoneContext, screenshotPath } from '../helpers/browser.ts';
import { ensureSite } from '../helpers/sites.ts';
import { browseSite } from '../helpers/site-session.ts';

const site = browseSite(() => ensureSite('demo'));

const PAGES = [['thong-ke', '/thong-ke/'], ['thong-ke-2026', '/thong-ke/2026/']] as const;

describe('statistics pages in Chromium', () => {
  for (const [name, url] of PAGES) {
    for (const width of [360, 1280]) {
      it(`has no axe violation (WCAG 2.1 A and AA) on ${url} at ${width} px`, async () => {
        const context = await phoneContext(site.browser, width);
        const page = await context.newPage();
        await page.goto(site.url + url);
        expect(await axeViolations(page)).toEqual([]);
        await page.screenshot({ path: screenshotPath(`${name}-${width}`), fullPage: true });
        await context.close();
      });
    }

    it(`never scrolls sideways at 360 px on ${url}, without JavaScript`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url + url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Every chart is drawn and fits the screen; its table too.
      const boxes = await page.locator('[data-chart], table[data-chart-table]').evaluateAll((els) =>
        els.map((e) => { const r = e.getBoundingClientRect(); return { w: r.width, h: r.height, right: r.right }; }),
      );
      expect(boxes.length).toBeGreaterThan(0);
      for (const b of boxes) {
        expect(b.h).toBeGreaterThan(0);
        expect(b.right).toBeLessThanOrEqual(360);
      }
      await context.close();
    });
  }

  it('writes chart labels and numbers at the size of the page\'s text, on a phone and a wide screen', async () => {
    for (const width of [360, 1280]) {
      const context = await phoneContext(site.browser, width);
      const page = await context.newPage();
      await page.goto(site.url + '/thong-ke/');
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      // An SVG scaled to the screen drew them at 11.5 px on a 360 px phone and 20 px at 1280.
      const sizes = await page.locator('[data-chart] .label, [data-chart] .value').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
      expect(sizes.length).toBeGreaterThan(0);
      expect(new Set(sizes), `${width} px`).toEqual(new Set([body]));
      // Every bar and its number fit the chart, and all bars share one track (lengths compare).
      const rows = await page.locator('[data-chart="linh-vuc"] .bar-row').evaluateAll((els) => els.map((row) => {
        const [chart, track, value] = [row.closest('[data-chart]')!, row.querySelector('.track')!, row.querySelector('.value')!].map((e) => e.getBoundingClientRect());
        return { track: Math.round(track!.width), inside: value!.right <= chart!.right + 0.5 && track!.right <= value!.left };
      }));
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.every((r) => r.inside), `${width} px`).toBe(true);
      expect(new Set(rows.map((r) => r.track)).size, `${width} px`).toBe(1);
      await context.close();
    }
  });

  it('prints /thong-ke/2026/ on A4 without the site header, menu, footer or print hint', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/thong-ke/2026/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.site-footer', '.hint']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 is 595 × 842 points: the MediaBox of the first page says which size the print stylesheet chose.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    await context.close();
  });
});
