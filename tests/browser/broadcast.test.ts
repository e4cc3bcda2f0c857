import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from '../helpers/browser.ts';
import { ensureSite } from '../helpers/sites.ts';
import { browseSite } from '../helpers/site-session.ts';

const siteDir = ensureSite('demo');
const session = browseSite(() => siteDir);

describe('broadcast desk in real Chromium', () => {
  it('copies a story\'s speech text with the copy button, identical to its .txt file', async () => {
    const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.url + '/phat-thanh/');
    const article = page.locator('[data-broadcast-item]').filter({ has: page.locator('a[href="/phat-thanh/mot-cua-so-hoa.txt"]') });
    const button = article.locator('[data-broadcast-copy]');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => article.locator('[role="status"]').textContent()).toBe('Đã sao chép');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const txt = fs.readFileSync(path.join(siteDir, 'phat-thanh/mot-cua-so-hoa.txt'), 'utf8');
    expect(copied).toBe(txt.replace(/\n$/, ''));
    expect(copied).toMatch(/^Một cửa số hóa/);
    // Served as UTF-8 text.
    const res = await page.request.get(session.url + '/phat-thanh/mot-cua-so-hoa.txt');
    expect(res.headers()['content-type']).toMatch(/text\/plain/);
    expect(await res.text()).toBe(txt);
    const feed = await page.request.get(session.url + '/phat-thanh/feed.json');
    expect(feed.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    await page.screenshot({ path: screenshotPath('phat-thanh'), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the text and the .txt link without JavaScript, and no button that cannot work', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.url + '/phat-thanh/');
    const first = page.locator('[data-broadcast-item]').first();
    expect(await first.locator('[data-broadcast-text]').innerText()).toMatch(/\p{L}{2,}/u);
    expect(await first.locator('a[download]').isVisible()).toBe(true);
    expect(await page.locator('[data-broadcast-copy]:visible, [data-broadcast-listen]:visible').count()).toBe(0);
    await context.close();
  });

  it('hides "Nghe thử" when the browser has no Vietnamese voice', async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [{ lang: 'en-US', name: 'English' }] });
    });
    const page = await context.newPage();
    await page.goto(session.url + '/phat-thanh/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-broadcast-listen]:visible').count()).toBe(0);
    await context.close();
  });

  it('shows "Nghe thử" and speaks with the Vietnamese voice when one exists', async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      const vi = { lang: 'vi-VN', name: 'Tiếng Việt', default: false, localService: true, voiceURI: 'vi' };
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [vi] });
      Object.defineProperty(window.speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }) });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: class { text: string; lang = ''; voice: unknown; rate = 1; onend: unknown; constructor(t: string) { this.text = t; } } });
    });
    const page = await context.newPage();
    await page.goto(session.url + '/phat-thanh/');
    const button = page.locator('[data-broadcast-listen]').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('vi-VN');
    expect(spoken[0]?.text).toBe(await page.locator('[data-broadcast-text]').first().textContent());
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});
