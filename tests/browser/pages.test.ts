import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../helpers/browser.ts';
import { ensureSite, ROOT } from '../helpers/sites.ts';
import { browseSite } from '../helpers/site-session.ts';

const site = browseSite(() => ensureSite('demo'));

const cardLinks = (page: import('playwright-core').Page) =>
  page.locator('main .vd-grid h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('the initiatives library', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`narrows the list by a filter link ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.url}/mo-hinh/`);
      const all = await cardLinks(page);
      await page.getByRole('navigation', { name: 'Lọc theo' }).getByRole('link', { name: 'Chuyển đổi xanh' }).click();
      await page.waitForURL(/\/mo-hinh\/linh-vuc\/chuyen-doi-xanh\/$/);
      const green = await cardLinks(page);
      expect(green.length).toBeGreaterThan(0);
      expect(green.length).toBeLessThan(all.length);
      // Every card shown carries the field, and the current filter is marked for assistive technology.
      const tags = await page.locator('main .vd-grid article').evaluateAll((cards) => cards.map((c) => c.textContent ?? ''));
      expect(tags.every((t) => t.includes('Chuyển đổi xanh'))).toBe(true);
      await expect.poll(() => page.locator('a[aria-current="page"]', { hasText: 'Chuyển đổi xanh' }).count()).toBe(1);
      await context.close();
    });
  }

  it('combines filters with JavaScript, and hides the combined form without it', async () => {
    const dir = path.join(ROOT, 'fixtures/demo/initiatives');
    const expected = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).filter((f) => {
      const d = parse(fs.readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as { fields: string[]; year: number; draft?: boolean };
      return !d.draft && d.fields.includes('chuyen-doi-xanh') && d.year <= 2027;
    }).map((f) => `/mo-hinh/${f.replace(/\.md$/, '')}/`).sort();
    expect(expected.length).toBeGreaterThan(0);

    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/mo-hinh/`);
    await page.getByText('Lọc danh sách').click();
    await page.getByLabel('Lĩnh vực').selectOption('chuyen-doi-xanh');
    await page.getByLabel('Giai đoạn').selectOption('1');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => page.locator('#ket-hop-loc .status').textContent()).toContain(`Có ${expected.length} mô hình`);
    const shown = () => page.locator('#ket-hop-loc .combined a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    expect(await shown()).toEqual(expected);
    // The combination is in the address: reloading it (or opening a shared link) filters again.
    expect(new URL(page.url()).search).toBe('?linh-vuc=chuyen-doi-xanh&giai-doan=1');
    await page.reload();
    await expect.poll(() => page.locator('#ket-hop-loc .status').textContent()).toContain(`Có ${expected.length} mô hình`);
    expect(await shown()).toEqual(expected);
    // The filter box, closed on a phone, opens by itself to show them.
    expect(await page.locator('details.filter-box').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#ket-hop-loc .combined a').first().isVisible()).toBe(true);
    expect(await page.getByLabel('Giai đoạn').inputValue()).toBe('1');
    // A filter page starts with its own value selected, and the year is a dimension like the others.
    await page.goto(`${site.url}/mo-hinh/linh-vuc/chuyen-doi-xanh/`);
    await page.getByText('Lọc danh sách').click();
    expect(await page.getByLabel('Lĩnh vực').inputValue()).toBe('chuyen-doi-xanh');
    await page.getByRole('combobox', { name: /^Năm/ }).selectOption('2026');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    const in2026 = expected.filter((url) => {
      const d = parse(fs.readFileSync(path.join(dir, `${url.split('/')[2]}.md`), 'utf8').split(/^---$/m)[1]!) as { year: number };
      return d.year === 2026;
    });
    await expect.poll(() => page.locator('#ket-hop-loc .status').textContent()).toContain(`Có ${in2026.length} mô hình`);
    expect(await shown()).toEqual(in2026);
    await context.close();

    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await plain.newPage();
    await noJs.goto(`${site.url}/mo-hinh/`);
    expect(await noJs.locator('#ket-hop-loc').isVisible()).toBe(false);
    await plain.close();
  });

  it('starts the list on the first screen of a phone, with the filters one tap away, and beside the list on a wide screen', async () => {
    const phone = await phoneContext(site.browser);
    const wide = await site.browser.newContext({ viewport: { width: 1280, height: 740 } });
    for (const path of ['/mo-hinh/', '/mo-hinh/linh-vuc/chuyen-doi-so/']) {
      for (const context of [phone, wide]) {
        const page = await context.newPage();
        await page.goto(`${site.url}${path}`);
        const screen = page.viewportSize()!.height;
        const top = (selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top);
        expect(await top('main p.count'), path).toBeLessThan(screen * 0.6);
        expect(await top('main .vd-grid li'), path).toBeLessThan(screen * 0.75);
        const filter = page.getByRole('navigation', { name: 'Lọc theo' }).getByRole('link', { name: 'Chuyển đổi xanh' });
        if (context === phone) {
          expect(await filter.isVisible()).toBe(false);
          await page.getByText('Lọc danh sách').click();
        } else {
          expect(await page.getByText('Lọc danh sách').isVisible()).toBe(false);
          // Beside the list: the filter column ends left of the first card.
          const [column, card] = await Promise.all(['main .filters', 'main .vd-grid li'].map((s) => page.locator(s).first().boundingBox()));
          expect(column!.x + column!.width).toBeLessThanOrEqual(card!.x);
        }
        expect(await filter.isVisible()).toBe(true);
        await page.close();
      }
    }
    await phone.close();
    await wide.close();
  });

  it('reaches every filter and every initiative link by keyboard alone', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/mo-hinh/`);
    const targets = await page.locator('main a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const wanted = new Set(targets);
    const reached = new Set<string>();
    for (let i = 0; i < 300 && reached.size < wanted.size; i++) {
      await page.keyboard.press('Tab');
      const { href, closedBox } = await page.evaluate(() => {
        const active = document.activeElement;
        return { href: (active as HTMLAnchorElement | null)?.href ?? '', closedBox: active?.matches('details:not([open]) > summary') ?? false };
      });
      // The filters sit in a box a phone shows closed: Enter opens it, as a keyboard user would.
      if (closedBox) await page.keyboard.press('Enter');
      if (wanted.has(href)) reached.add(href);
    }
    expect([...new Set(targets)].filter((t) => !reached.has(t))).toEqual([]);
    await context.close();
  });
});

describe('images', () => {
  it('serves a story photo as AVIF or WebP with no EXIF/GPS left', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/tin-tuc/ngay-hoi-chuyen-doi-so-2026/`);
    const img = page.locator('main figure img').first();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).currentSrc)).toBeTruthy();
    const { src, width, height, alt } = await img.evaluate((el) => {
      const i = el as HTMLImageElement;
      return { src: i.currentSrc, width: i.getAttribute('width'), height: i.getAttribute('height'), alt: i.alt };
    });
    expect(alt.length).toBeGreaterThan(0);
    expect(Number(width)).toBeGreaterThan(0);
    expect(Number(height)).toBeGreaterThan(0);
    const body = Buffer.from(await (await page.request.get(src)).body());
    const meta = await sharp(body).metadata();
    expect(['webp', 'heif']).toContain(meta.format);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    await context.close();
  });
});
