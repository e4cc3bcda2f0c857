import { describe, expect, it } from 'vitest';
import { phoneContext, screenshotPath } from '../helpers/browser.ts';
import { ensureSite } from '../helpers/sites.ts';
import { browseSite } from '../helpers/site-session.ts';

const site = browseSite(() => ensureSite('content'));

describe('site shell on a 360 px phone', () => {
  for (const [name, path] of [['trang-chu', '/'], ['ke-hoach', '/ke-hoach/'], ['tieu-chi-1-1', '/tieu-chi/1-1/']] as const) {
    it(`reaches the main content of ${path} through the skip link by keyboard`, async () => {
      const context = await phoneContext(site.browser);
      const page = await context.newPage();
      await page.goto(site.url + path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }));
      expect(first.cls).toBe('skip-link');
      expect(first.text).toBe('Bỏ qua, đến nội dung chính');
      await expect.poll(() => page.locator('.skip-link').boundingBox().then((b) => (b?.y ?? -1) >= 0)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung-chinh');
      expect(new URL(page.url()).hash).toBe('#noi-dung-chinh');
      await page.screenshot({ path: screenshotPath(`${name}-360`), fullPage: false });
      await context.close();
    });
  }

  it('never scrolls sideways at 320 px, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
      const page = await context.newPage();
      for (const path of ['/', '/ke-hoach/', '/tieu-chi/', '/tieu-chi/khen-thuong/']) {
        await page.goto(site.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} (JS ${javaScriptEnabled})`).toBeLessThanOrEqual(0);
        // The menu button opens every navigation link without any script, inside the screen.
        await page.getByRole('button', { name: 'Danh mục' }).click();
        const hidden = await page.locator('nav[aria-label="Điều hướng chính"] a').evaluateAll((links) =>
          links.filter((a) => a.getClientRects().length === 0 || a.getBoundingClientRect().right > innerWidth).length,
        );
        expect(hidden).toBe(0);
      }
      await context.close();
    }
  });

  it('prints the plan as issued: without navigation or the site header, the plan\'s own header first', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/ke-hoach/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    // The plan's header names the issuer; the site's brand above it said it twice.
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.doc-body').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });
});
