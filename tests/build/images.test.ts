/**
 * Images of cards and pages (issues #19 and #15): initiative and story cards show the entry's photo
 * as a responsive <picture> (AVIF and WebP, several widths, width and height, lazy, the entry's
 * alt text), and no `<img src>` is ever wider than the largest width of its srcset, even when staff
 * upload a photo straight from a phone camera.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, ensureSite, ROOT, siteDir } from '../helpers/sites.ts';
import { htmlPages } from '../helpers/page-types.ts';
import { readPage } from '../helpers/html.ts';
import { INITIATIVES_PATH, STORIES_PATH, initiativePath } from '../../src/routes.ts';

const PHOTO = 'ban-do-so-thon-dong-hoa';
const BIG = { width: 4000, height: 3000 }; // a 12-megapixel phone photo

let demo: string;
let big: string;

beforeAll(async () => {
  demo = ensureSite('demo');
  // The demo content with one initiative photo replaced by a full-size camera picture.
  big = `${siteDir('demo')}-big-photo`;
  if (fs.existsSync(path.join(big, '.build-complete'))) return;
  const content = path.join(ROOT, '.tmp/fixtures/demo-big-photo');
  fs.rmSync(content, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'fixtures/demo'), content, { recursive: true });
  await sharp({ create: { ...BIG, channels: 3, background: { r: 120, g: 160, b: 90 } } })
    .jpeg({ quality: 80 })
    .toFile(path.join(content, `initiatives/${PHOTO}.jpg`));
  fs.rmSync(big, { recursive: true, force: true });
  const result = buildContent(content, big);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  fs.writeFileSync(path.join(big, '.build-complete'), '');
});

interface Img { src: string; srcset: string[]; width: number; height: number; alt: string | undefined; loading?: string; sources: { type: string; srcset: string[] }[] }

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const srcsetUrls = (s: string | undefined) => (s ?? '').split(',').map((c) => c.trim()).filter(Boolean);
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every <picture> of a page with its sources and its fallback <img>. */
function pictures(html: string): Img[] {
  return [...html.matchAll(/<picture\b[^>]*>([\s\S]*?)<\/picture>/g)].map(([, inner]) => {
    const img = /<img\b[^>]*>/.exec(inner!)![0];
    return {
      src: attr(img, 'src')!,
      srcset: srcsetUrls(attr(img, 'srcset')),
      width: Number(attr(img, 'width')),
      height: Number(attr(img, 'height')),
      alt: attr(img, 'alt') && decode(attr(img, 'alt')!),
      loading: attr(img, 'loading'),
      sources: [...inner!.matchAll(/<source\b[^>]*>/g)].map(([s]) => ({ type: attr(s, 'type')!, srcset: srcsetUrls(attr(s, 'srcset')) })),
    };
  });
}

/** The alt text an entry gives its image, read from its front matter. */
function imageAlt(file: string): string {
  const text = fs.readFileSync(path.join(ROOT, 'fixtures/demo', file), 'utf8');
  return (yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { imageAlt: string }).imageAlt;
}

const pixelWidth = async (site: string, url: string) => (await sharp(path.join(site, decodeURIComponent(new URL(url, 'http://x/').pathname))).metadata()).width!;

describe('a build under another NODE_ENV', () => {
  it('is a production build all the same: no page carries the dev toolbar\'s data-image-component (vitest runs with NODE_ENV=test)', () => {
    expect(process.env.NODE_ENV).toBe('test');
    const marked = htmlPages(demo).filter((url) => readPage(demo, url).includes('data-image-component'));
    expect(marked).toEqual([]);
    expect(readPage(demo, INITIATIVES_PATH)).toContain('<picture');
  });
});

describe('photos on initiative and story cards', () => {
  it.each([
    ['an initiative card', INITIATIVES_PATH, `initiatives/${PHOTO}.md`, PHOTO],
    ['a story item', STORIES_PATH, 'stories/mua-vu-khong-dot-rom-ra.md', 'mua-vu-khong-dot-rom-ra'],
  ])('%s on %s shows the entry photo: AVIF and WebP in several widths, sized, lazy, with its alt text', (_what, url, file, name) => {
    const html = readPage(demo, url);
    const pic = pictures(html).find((p) => p.src.includes(name));
    expect(pic, `no picture of ${name} on ${url}`).toBeDefined();
    expect(pic!.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    for (const s of pic!.sources) expect(s.srcset.length).toBeGreaterThanOrEqual(2);
    expect(pic!.width).toBeGreaterThan(0);
    expect(pic!.height).toBeGreaterThan(0);
    expect(pic!.loading).toBe('lazy');
    expect(pic!.alt).toBe(imageAlt(file));
  });

  it('shows no picture on the card of an entry without an image', () => {
    const html = readPage(demo, INITIATIVES_PATH);
    const cards = [...html.matchAll(/<article\b[^>]*class="[^"]*\bcard\b[\s\S]*?<\/article>/g)].map(([c]) => c);
    expect(cards.length).toBeGreaterThan(4);
    const withPicture = cards.filter((c) => c.includes('<picture'));
    expect(withPicture.length).toBeGreaterThan(0);
    expect(withPicture.length).toBeLessThan(cards.length);
  });
});

describe('the fallback <img src>', () => {
  it(`of a ${BIG.width}×${BIG.height} photo is no wider than the largest srcset width, on its page and its card`, async () => {
    for (const url of [initiativePath(PHOTO), INITIATIVES_PATH]) {
      const pic = pictures(readPage(big, url)).find((p) => p.src.includes(PHOTO))!;
      const widths = [...pic.srcset, ...pic.sources.flatMap((s) => s.srcset)].map((c) => Number(/\s(\d+)w$/.exec(c)![1]));
      const fallback = await pixelWidth(big, pic.src);
      expect(fallback, url).toBeLessThan(BIG.width);
      expect(fallback, url).toBe(Math.max(...widths));
      expect(pic.width, url).toBe(fallback);
      expect(pic.height / pic.width).toBeCloseTo(BIG.height / BIG.width, 2);
    }
  });

  it('is never wider than the largest srcset width on any page of the demo site', async () => {
    const offenders: string[] = [];
    for (const page of htmlPages(demo)) {
      for (const pic of pictures(readPage(demo, page))) {
        const widths = [...pic.srcset, ...pic.sources.flatMap((s) => s.srcset)].map((c) => Number(/\s(\d+)w$/.exec(c)?.[1] ?? 0));
        const fallback = await pixelWidth(demo, pic.src);
        if (fallback > Math.max(...widths)) offenders.push(`${page}: ${pic.src} is ${fallback} px`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
