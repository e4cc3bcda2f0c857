/**
 * Broadcast desk on the demo site: the .txt files, JSON Feed 1.1 and RSS parse with real parsers,
 * every story offered to the air has a .txt and a feed item, drafts and `broadcast: false` have neither.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ensureSite, ROOT, SITES } from '../helpers/sites.ts';
import { mainOf, readPage, textOf } from '../helpers/html.ts';

const site = ensureSite('demo');
const siteYml = parse(fs.readFileSync(path.join(ROOT, SITES.demo, 'site.yml'), 'utf8')) as { commune: string; campaign: string };
const out = (p: string) => path.join(site, p);

function frontMatter(folder: string) {
  const dir = path.join(ROOT, SITES.demo, folder);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => {
    const data = parse(fs.readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
    return { id: f.replace(/\.md$/, ''), data };
  });
}
const stories = frontMatter('stories');
const onAir = stories.filter((s) => s.data.draft !== true && s.data.broadcast !== false);
const offAir = stories.filter((s) => s.data.draft === true || s.data.broadcast === false);
const featured = frontMatter('initiatives').filter((i) => i.data.featured === true && i.data.draft !== true);

const feed = JSON.parse(fs.readFileSync(out('phat-thanh/feed.json'), 'utf8'));
const rss = new XMLParser({ ignoreAttributes: false }).parse(fs.readFileSync(out('phat-thanh/rss.xml'), 'utf8'));
const rssItems: { title: string; link: string; description: string }[] = [rss.rss.channel.item].flat().filter(Boolean);

describe('broadcast outputs of the demo site', () => {
  it('has stories on air, off air and featured initiatives to check', () => {
    expect(onAir.length).toBeGreaterThanOrEqual(4);
    expect(offAir.some((s) => s.data.draft === true)).toBe(true);
    expect(offAir.some((s) => s.data.broadcast === false)).toBe(true);
    expect(featured.length).toBeGreaterThan(0);
  });

  it('gives every story on air a UTF-8 .txt whose first line is its title read aloud', () => {
    for (const s of onAir) {
      const file = out(`phat-thanh/${s.id}.txt`);
      expect(fs.existsSync(file), file).toBe(true);
      const buf = fs.readFileSync(file);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(buf)).toBe(buf.toString('utf8'));
      const first = buf.toString('utf8').split('\n')[0] ?? '';
      // Title words (without digits, which are spelled out) open the text.
      const firstWord = String(s.data.title).split(/\s+/)[0] ?? '';
      expect(first.startsWith(firstWord), `${first} / ${s.data.title}`).toBe(true);
      expect(first).toMatch(/[.!?…]$/);
    }
  });

  it('gives featured initiatives a .txt too', () => {
    for (const i of featured) expect(fs.existsSync(out(`phat-thanh/mo-hinh-${i.id}.txt`)), i.id).toBe(true);
  });

  it('gives drafts and stories with broadcast: false no .txt and no feed item, anywhere under /phat-thanh/', () => {
    const all = fs.readdirSync(out('phat-thanh'), { recursive: true }).map(String)
      .filter((f) => /\.(txt|json|xml|html)$/.test(f))
      .map((f) => fs.readFileSync(out(path.join('phat-thanh', f)), 'utf8')).join('\n');
    for (const s of offAir) {
      expect(fs.existsSync(out(`phat-thanh/${s.id}.txt`)), s.id).toBe(false);
      expect(all.includes(`/tin-tuc/${s.id}/`), s.id).toBe(false);
      expect(all.includes(`/phat-thanh/${s.id}.txt`), s.id).toBe(false);
    }
  });

  it('writes a JSON Feed 1.1 with every required field and the speech text as content_text', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.language).toBe('vi');
    expect(new URL(feed.home_page_url).pathname).toBe('/phat-thanh/');
    expect(new URL(feed.feed_url).pathname).toBe('/phat-thanh/feed.json');
    expect(Array.isArray(feed.items)).toBe(true);
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
      expect(typeof item.content_text).toBe('string');
      expect(item.content_text).not.toMatch(/\d/);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      expect(item._vu_duong.reading_minutes).toBeGreaterThanOrEqual(1);
      const txt = fs.readFileSync(out(new URL(item._vu_duong.text_url).pathname), 'utf8');
      expect(txt).toBe(item.content_text + '\n');
    }
    const urls = feed.items.map((i: { url: string }) => new URL(i.url).pathname);
    for (const s of onAir) expect(urls).toContain(`/tin-tuc/${s.id}/`);
    for (const i of featured) expect(urls).toContain(`/mo-hinh/${i.id}/`);
    expect(feed.items.length).toBe(onAir.length + featured.length);
  });

  it('writes an RSS 2.0 feed with one item per story on air and featured initiative', () => {
    expect(rss.rss['@_version']).toBe('2.0');
    expect(rss.rss.channel.language).toBe('vi');
    const links = rssItems.map((i) => new URL(i.link).pathname);
    for (const s of onAir) expect(links).toContain(`/tin-tuc/${s.id}/`);
    expect(rssItems.length).toBe(onAir.length + featured.length);
    for (const i of rssItems) expect(i.description).not.toMatch(/\d/);
  });

  it('lists every item on the desk with its text, a .txt link and a reading time', () => {
    const page = readPage(site, '/phat-thanh/');
    const text = textOf(page);
    for (const item of feed.items) {
      const slug = new URL(item._vu_duong.text_url).pathname;
      expect(page).toContain(`href="${slug}"`);
      expect(text).toMatch(new RegExp(`Khoảng ${item._vu_duong.reading_minutes} phút đọc`));
    }
  });

  it('compiles weekly bulletins of the week\'s stories between an opening and a closing line, linked from the desk', () => {
    const dir = out('phat-thanh/ban-tin');
    const files = fs.readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    const page = readPage(site, '/phat-thanh/');
    let covered = 0;
    for (const f of files) {
      expect(f).toMatch(/^\d{4}-w\d{2}\.txt$/);
      expect(page).toContain(`href="/phat-thanh/ban-tin/${f}"`);
      const paras = fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n\n');
      expect(paras[0] ?? '').toMatch(/^Đây là Đài truyền thanh xã/);
      expect(paras.at(-1)).toMatch(/đến đây là hết\. Cảm ơn bà con/);
      expect(paras.join(' ')).not.toMatch(/\d/);
      covered += ((paras[0] ?? '').match(/Bản tin có (.+) tin\./) ? 1 : 0);
    }
    expect(covered).toBe(files.length);
    // Opening and closing name the commune and the campaign of site.yml.
    for (const f of files) {
      const body = fs.readFileSync(path.join(dir, f), 'utf8');
      const campaign = siteYml.campaign.charAt(0).toLocaleLowerCase('vi') + siteYml.campaign.slice(1);
      expect(body.split('\n\n')[0]).toContain(`xã ${siteYml.commune}. Mời bà con nghe bản tin Phong trào thi đua ${campaign} tuần`);
      expect(body.trim().split('\n\n').at(-1)).toContain(`Đài truyền thanh xã ${siteYml.commune} đến đây là hết`);
    }
    // Every story on air is in exactly one bulletin.
    const bodies = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const s of onAir) {
      const first = fs.readFileSync(out(`phat-thanh/${s.id}.txt`), 'utf8').split('\n')[0] ?? '';
      expect(bodies.filter((b) => b.includes(first)).length, s.id).toBe(1);
    }
  });

  it('offers every item and bulletin in numbered parts of at most 2,000 characters, linked from the desk and the feed', () => {
    const page = readPage(site, '/phat-thanh/');
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    for (const item of feed.items) {
      const parts = item._vu_duong.parts as { number: number; text: string; characters: number; text_url: string }[];
      expect(parts.length).toBeGreaterThan(0);
      expect(words(parts.map((p) => p.text).join(' '))).toEqual(words(item.content_text));
      parts.forEach((p, k) => {
        expect(p.number).toBe(k + 1);
        expect(p.text.length).toBeLessThanOrEqual(feed._vu_duong.part_length);
        const url = new URL(p.text_url).pathname;
        expect(fs.readFileSync(out(url), 'utf8')).toBe(p.text + '\n');
        expect(page).toContain(`href="${url}"`);
      });
    }
    expect(feed._vu_duong.part_length).toBe(2000);
    const files = fs.readdirSync(out('phat-thanh/ban-tin'));
    expect(feed._vu_duong.bulletins.length).toBe(files.length);
    for (const b of feed._vu_duong.bulletins as { text_url: string; parts: { text: string; text_url: string }[] }[]) {
      const text = fs.readFileSync(out(new URL(b.text_url).pathname), 'utf8');
      expect(words(b.parts.map((p) => p.text).join(' '))).toEqual(words(text));
      for (const p of b.parts) {
        expect(p.text.length).toBeLessThanOrEqual(2000);
        expect(page).toContain(`href="${new URL(p.text_url).pathname}"`);
      }
    }
  });

  it('keeps words apart on the desk: inline tags from separate lines of the template join with a space', () => {
    // Astro drops the line break between text and a tag: "loa:JSON Feed,RSS", "khoảng 2 phútChia phần".
    const text = textOf(mainOf(readPage(site, '/phat-thanh/')));
    expect(text).toMatch(/: JSON Feed, RSS\b/);
    expect(text).not.toMatch(/phút(?=\p{L})/u);
  });
});
