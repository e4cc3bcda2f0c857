/**
 * Warm rebuilds (issue 20): the publishing server rebuilds into a new folder after each
 * publication, keeping Astro's cache (ASTRO_CACHE_DIR) between builds. A copy of fixtures/demo is
 * built once, then in each collection one entry is changed (title, and body for Markdown), one
 * added and one deleted, and the rebuild into another folder, from the kept cache, must show all
 * of it: never a cached page or entry from before. Astro's incremental build copies unchanged pages
 * from the cache (src/data/page-keys.ts), so the warm build is also compared file for file with a
 * cold build of the same content, a change to site.yml must reach pages nothing else touched, and
 * a build on the next day (nothing else changed) must equal a cold build of that day.
 *
 * The search index is built in shards of a few pages here (SEARCH_SHARD_PAGES), so that the
 * shards kept between builds are tried too: a shard is indexed again only when one of its pages
 * changed, and what the warm index finds is what the pages now say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HONORS_PATH,
  INITIATIVES_PATH,
  PAGEFIND_PATH,
  PAGEFIND_SHARDS,
  STATS_PATH,
  STORIES_PATH,
  UNITS_PATH,
  honorPath,
  initiativePath,
  pagefindShardPath,
  storyPath,
  unitPath,
} from '../../src/routes.ts';
import type { ShardList } from '../../src/lib/search-shards.ts';
import { expectSameFiles, files } from '../helpers/files.ts';
import { ROOT, TEST_BUILD_DATE, buildContent } from '../helpers/sites.ts';

const work = path.join(ROOT, '.tmp/quality', `warm-build-${process.pid}`);
const content = path.join(work, 'content');
const cache = path.join(work, 'cache');
const out = (n: number) => path.join(work, `out-${n}`);

/** Each collection tried: its folder, file type, the field that names an entry, and its page's URL. */
/** The built file of a URL path ending in `/`. */
const fileOf = (urlPath: string) => `${urlPath.slice(1)}index.html`;

const KINDS = [
  { folder: 'initiatives', ext: '.md', nameField: 'title', page: initiativePath, list: INITIATIVES_PATH },
  { folder: 'stories', ext: '.md', nameField: 'title', page: storyPath, list: STORIES_PATH },
  { folder: 'units', ext: '.yml', nameField: 'name', page: unitPath, list: UNITS_PATH },
  { folder: 'honors', ext: '.yml', nameField: 'title', page: honorPath, list: HONORS_PATH },
] as const;
type Kind = (typeof KINDS)[number];

interface Plan {
  changed: string;
  added: string;
  deleted: string;
  deletedName: string;
}
const plans = new Map<Kind, Plan>();

const file = (kind: Kind, id: string) => path.join(content, kind.folder, id + kind.ext);
const read = (p: string) => fs.readFileSync(p, 'utf8');
const setName = (kind: Kind, text: string, name: string) => text.replace(new RegExp(`^${kind.nameField}: .*$`, 'm'), `${kind.nameField}: "${name}"`);
const withBody = (text: string, paragraph: string) => `${text.trimEnd()}\n\n${paragraph}\n`;
const marker = (kind: Kind, what: string) => `Kiểm thử dựng lại ${what} ${kind.folder}`;

/** Pages in a shard of the search index: the demo's 70-odd indexed pages make about ten. */
const SHARD_PAGES = '8';

/** Search index shards of a build, from its log: how many, and how many Pagefind indexed again. */
const indexShards = new Map<number, { shards: number; indexed: number }>();

/** Builds into out(n), with the kept cache unless `cold`; returns the pages copied from the cache. */
function build(n: number, cold = false, date?: string): string[] {
  const result = buildContent(content, out(n), {
    SEARCH_SHARD_PAGES: SHARD_PAGES,
    ...(cold ? {} : { ASTRO_CACHE_DIR: cache }),
    ...(date ? { BUILD_DATE: date } : {}),
  });
  if (result.status !== 0) throw new Error(`build ${n} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  // Astro colours its log where CI is set (CI=true): read it without the colour codes.
  const log = result.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const index = /^Chỉ mục tìm kiếm: .* trong (\d+) phần, lập mới (\d+) phần/m.exec(log);
  if (!index) throw new Error(`build ${n}: no search index line in its log`);
  indexShards.set(n, { shards: Number(index[1]), indexed: Number(index[2]) });
  return [...log.matchAll(/(\/\S*index\.html) \((?:restored|cached)\)/g)].map((m) => m[1]!);
}

/** What the search index of build n holds: each page's indexed text (title and body), by URL. */
function indexedText(n: number): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of files(path.join(out(n), 'pagefind')).filter((f) => f.endsWith('.pf_fragment'))) {
    // A fragment is gzip'd JSON behind Pagefind's 12-byte signature.
    const fragment = JSON.parse(gunzipSync(fs.readFileSync(path.join(out(n), 'pagefind', f))).subarray(12).toString('utf8')) as {
      url: string;
      content: string;
      meta: { title?: string };
    };
    expect(texts.has(fragment.url), `${fragment.url} in two shards`).toBe(false);
    texts.set(fragment.url, `${fragment.meta.title ?? ''}\n${fragment.content}`);
  }
  return texts;
}

const page = (n: number, urlPath: string) => path.join(out(n), fileOf(urlPath));

beforeAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'fixtures/demo'), content, { recursive: true });
  for (const kind of KINDS) {
    const ids = fs
      .readdirSync(path.join(content, kind.folder))
      .filter((f) => f.endsWith(kind.ext))
      .map((f) => f.slice(0, -kind.ext.length))
      .filter((id) => !/^draft: true$/m.test(read(file(kind, id))))
      .sort();
    const changed = ids[0]!;
    // The entry to delete is one more copy, which nothing refers to: deleting it keeps the set valid.
    const deleted = `${ids[1]!}-tam`;
    const deletedName = marker(kind, 'xóa');
    fs.writeFileSync(file(kind, deleted), setName(kind, read(file(kind, ids[1]!)), deletedName));
    plans.set(kind, { changed, added: `${changed}-moi`, deleted, deletedName });
  }
  build(1);
  // Every change made only after the first build, so its cache holds the old entries.
  for (const kind of KINDS) {
    const plan = plans.get(kind)!;
    const source = read(file(kind, plan.changed));
    let changed = setName(kind, source, marker(kind, 'sửa'));
    let added = setName(kind, source, marker(kind, 'thêm'));
    if (kind.ext === '.md') {
      changed = withBody(changed, `${marker(kind, 'sửa')}: đoạn văn mới.`);
      added = withBody(added, `${marker(kind, 'thêm')}: đoạn văn mới.`);
    }
    fs.writeFileSync(file(kind, plan.changed), changed);
    fs.writeFileSync(file(kind, plan.added), added);
    fs.rmSync(file(kind, plan.deleted));
  }
  restored = build(2);
  build(3, true);
  // Then only site.yml changes: every page shows it.
  const siteFile = path.join(content, 'site.yml');
  fs.writeFileSync(siteFile, read(siteFile).replace(/^(\s*office: ).*$/m, `$1${OFFICE}`));
  restoredAfterSite = build(4);
  // Then only the date: the first build of the next day.
  restoredNextDay = build(5, false, NEXT_DAY);
  build(6, true, NEXT_DAY);
  // Then one story, as after a publication.
  const story = plans.get(KINDS[1])!.changed;
  fs.writeFileSync(file(KINDS[1], story), withBody(read(file(KINDS[1], story)), STORY_EDIT));
  build(7, false, NEXT_DAY);
}, 900_000);

const STORY_EDIT = 'Kiểm thử chỉ mục: một câu thêm vào câu chuyện.';

const NEXT_DAY = new Date(Date.parse(`${TEST_BUILD_DATE}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
let restoredNextDay: string[] = [];

const OFFICE = 'Phòng Kiểm thử dựng lại, Ủy ban nhân dân xã Vũ Dương';
let restored: string[] = [];
let restoredAfterSite: string[] = [];

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('warm rebuild into a new folder, from the kept cache', () => {
  it('copies the unchanged pages from the cache and renders the changed ones', () => {
    for (const kind of KINDS) {
      // Some page of each kind that the changes do not touch is copied; the changed entry's never.
      expect(restored.some((p) => p.startsWith(kind.list) && p !== `${kind.list}index.html`), kind.folder).toBe(true);
      expect(restored).not.toContain(`${kind.page(plans.get(kind)!.changed)}index.html`);
    }
  });

  it('builds exactly what a cold build of the same content builds, file for file', () => {
    expectSameFiles(out(2), out(3));
  });

  it('renders every page again when site.yml changes', () => {
    expect(restoredAfterSite).toEqual([]);
    for (const f of files(out(4)).filter((f) => f.endsWith('.html') && !f.startsWith('admin'))) {
      expect(read(path.join(out(4), f)), f).toContain(OFFICE);
    }
  });

  it('on the next day copies the pages that show no date and equals a cold build of that day', () => {
    for (const kind of KINDS) {
      const { changed } = plans.get(kind)!;
      expect(restoredNextDay, kind.folder).toContain(`${kind.page(changed)}index.html`);
    }
    // The date does reach the pages that show it (always rendered).
    expect(read(page(5, STATS_PATH))).not.toEqual(read(page(4, STATS_PATH)));
    expectSameFiles(out(5), out(6));
  });

  it('reuses one cache for both builds, whatever the output folder', () => {
    const names = fs.readdirSync(cache);
    const keys = names.filter((name) => !name.startsWith('search-'));
    expect(keys).toHaveLength(1);
    expect(fs.existsSync(path.join(cache, keys[0]!, 'data-store.json'))).toBe(true);
    // The search index's shards: one folder for this content, holding only the last build's
    // shards, each with the list of its words.
    const search = names.filter((name) => name.startsWith('search-'));
    expect(search).toHaveLength(1);
    const kept = fs.readdirSync(path.join(cache, search[0]!));
    const stripped = kept.filter((name) => name.startsWith('pages-'));
    expect(kept.filter((name) => !name.endsWith('.words') && !stripped.includes(name))).toHaveLength(indexShards.get(7)!.shards);
    expect(kept.filter((name) => name.endsWith('.words'))).toHaveLength(indexShards.get(7)!.shards);
    // And the last build's stripped pages, one file each, which its pages are links to: a page
    // unchanged since the build before is neither read nor written again.
    expect(stripped).toHaveLength(1);
    const keptPages = new Map(fs.readdirSync(path.join(cache, search[0]!, stripped[0]!)).map((name) => [fs.statSync(path.join(cache, search[0]!, stripped[0]!, name)).ino, name]));
    const indexed = files(out(7)).filter((f) => f.endsWith('index.html') && read(path.join(out(7), f)).includes('data-pagefind-body'));
    expect(keptPages.size).toBe(indexed.length);
    for (const f of indexed) expect(keptPages.has(fs.statSync(path.join(out(7), f)).ino), f).toBe(true);
  });

  it('indexes in shards, and indexes again only the shards whose pages changed', () => {
    const { shards } = indexShards.get(1)!;
    expect(shards).toBeGreaterThan(4);
    // site.yml is on every page: every shard again. The next day changes no indexed page: none.
    expect(indexShards.get(4)).toEqual({ shards, indexed: shards });
    expect(indexShards.get(5)).toEqual({ shards, indexed: 0 });
    // One story: its own page's shard (and at most one more, should another indexed page show it).
    expect(indexShards.get(7)!.indexed).toBeGreaterThanOrEqual(1);
    expect(indexShards.get(7)!.indexed).toBeLessThanOrEqual(2);
    const storyPage = storyPath(plans.get(KINDS[1])!.changed);
    expect(indexedText(5).get(storyPage)).not.toContain(STORY_EDIT);
    expect(indexedText(7).get(storyPage)).toContain(STORY_EDIT);
  });

  it('serves every shard to the search page, and each indexed page once', () => {
    const list = JSON.parse(read(path.join(out(7), PAGEFIND_SHARDS.slice(1)))) as ShardList;
    const listed = list.indexes;
    const { shards } = indexShards.get(7)!;
    expect(listed).toEqual(Array.from({ length: shards - 1 }, (_, i) => pagefindShardPath(i + 1)));
    // With the words of each shard, which the search page needs to keep to the shards that hold a query's words.
    expect(list.everywhere).toContain('xa');
    expect(list.some!.flatMap((group) => group.words.split(' '))).toContain('camera');
    for (const shard of [PAGEFIND_PATH, ...listed]) expect(fs.existsSync(path.join(out(7), shard.slice(1), 'pagefind-entry.json')), shard).toBe(true);
    const pages = files(out(7)).filter((f) => f.endsWith('index.html') && read(path.join(out(7), f)).includes('data-pagefind-body'));
    expect([...indexedText(7).keys()].sort()).toEqual(pages.map((f) => `/${f.slice(0, -'index.html'.length)}`).sort());
  });

  for (const kind of KINDS) {
    describe(kind.folder, () => {
      it('shows the changed entry with its new name (and body) on its page', () => {
        const { changed } = plans.get(kind)!;
        expect(read(page(1, kind.page(changed)))).not.toContain(marker(kind, 'sửa'));
        const html = read(page(2, kind.page(changed)));
        expect(html).toContain(marker(kind, 'sửa'));
        if (kind.ext === '.md') expect(html).toContain(`${marker(kind, 'sửa')}: đoạn văn mới.`);
        expect(indexedText(1).get(kind.page(changed))).not.toContain(marker(kind, 'sửa'));
        expect(indexedText(2).get(kind.page(changed))).toContain(marker(kind, 'sửa'));
      });

      it('builds a page for the added entry and lists it', () => {
        const { added } = plans.get(kind)!;
        expect(fs.existsSync(page(1, kind.page(added)))).toBe(false);
        expect(read(page(2, kind.page(added)))).toContain(marker(kind, 'thêm'));
        if (kind.ext === '.md') expect(read(page(2, kind.page(added)))).toContain(`${marker(kind, 'thêm')}: đoạn văn mới.`);
        expect(indexedText(2).get(kind.page(added))).toContain(marker(kind, 'thêm'));
      });

      it('drops the deleted entry: no page, and not in the list', () => {
        const { deleted, deletedName } = plans.get(kind)!;
        const link = kind.page(deleted);
        expect(fs.existsSync(page(1, kind.page(deleted)))).toBe(true);
        expect(read(page(1, kind.list))).toContain(link);
        expect(fs.existsSync(page(2, kind.page(deleted)))).toBe(false);
        expect(read(page(2, kind.list))).not.toContain(link);
        expect(read(page(2, kind.list))).not.toContain(deletedName);
        expect(indexedText(1).get(link)).toContain(deletedName);
        expect(indexedText(2).has(link)).toBe(false);
        expect([...indexedText(2).values()].some((text) => text.includes(deletedName))).toBe(false);
      });
    });
  }
});
