/**
 * Pagefind's fragments kept between builds (src/node/pagefind-fragments.ts), with the real Pagefind
 * on a small hand-written site: a rebuild after a page is changed, added and deleted must equal a
 * fresh index byte for byte and keep none of the deleted page's text; a kept fragment that holds
 * another page than the index expects (a clash of Pagefind's 7-digit names) must be found, and
 * after it is dropped the index must again equal a fresh one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentPage } from '../../src/lib/pagefind-meta.ts';
import { FragmentCache } from '../../src/node/pagefind-fragments.ts';
import { ROOT } from '../helpers/sites.ts';

const work = path.join(ROOT, '.tmp/quality', `pagefind-fragments-${process.pid}`);
const site = path.join(work, 'site');
const fresh = path.join(work, 'fresh');
const base = path.join(work, 'cache', 'out');
const bundle = path.join(site, 'pagefind');
const VERSION = '1.6.0-test';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

function writePage(dir: string, slug: string, title: string, body: string): void {
  fs.mkdirSync(path.join(dir, 'tin-tuc', slug), { recursive: true });
  fs.writeFileSync(path.join(dir, 'tin-tuc', slug, 'index.html'), page(title, body));
}

function pagefind(dir: string): void {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}

/** Every file under a folder, relative path → bytes. */
function tree(dir: string, rel = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = path.join(rel, entry.name);
    if (entry.isDirectory()) for (const [k, v] of tree(dir, name)) files.set(k, v);
    else files.set(name, fs.readFileSync(path.join(dir, name)));
  }
  return files;
}

/** The index of `site` equals a fresh Pagefind run on a copy of it, file for file. */
function expectFreshIndex(): void {
  fs.rmSync(fresh, { recursive: true, force: true });
  fs.cpSync(site, fresh, { recursive: true, filter: (src) => !src.startsWith(bundle) });
  pagefind(fresh);
  const want = tree(path.join(fresh, 'pagefind'));
  const got = tree(bundle);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  expect([...got].filter(([k, v]) => !v.equals(want.get(k)!)).map(([k]) => k)).toEqual([]);
}

/** One build's index step as scripts/build.ts runs it; returns how many were kept and found wrong. */
async function index(): Promise<{ seeded: number; wrong: string[][] }> {
  const cache = new FragmentCache(base, VERSION);
  cache.describe();
  const wrong: string[][] = [];
  let seeded = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    fs.rmSync(bundle, { recursive: true, force: true });
    seeded = await cache.seed(bundle);
    pagefind(site);
    const found = await cache.verify(bundle, site);
    if (found.length === 0) break;
    wrong.push(found);
    cache.forget(bundle, found);
  }
  await cache.keep(bundle);
  return { seeded, wrong };
}

const fragmentNames = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.pf_fragment')).sort();
const urlsOf = (dir: string) => fragmentNames(dir).map((f) => fragmentPage(fs.readFileSync(path.join(dir, f))).url).sort();
const cacheDir = `${base}.pagefind-${VERSION}`;

/** Replaces the kept fragment `name` by one holding `data` (and drops what the cache knew of it). */
function plant(name: string, data: object): void {
  const json = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(data))]);
  const file = path.join(cacheDir, `${name}.pf_fragment`);
  fs.rmSync(file);
  fs.writeFileSync(file, gzipSync(json));
  const indexFile = `${cacheDir}.json`;
  const known = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as Record<string, unknown>;
  delete known[name];
  fs.writeFileSync(indexFile, JSON.stringify(known));
}

/** The fragment name a fresh index gives the page at `url`. */
function freshName(url: string): string {
  const dir = path.join(fresh, 'pagefind', 'fragment');
  return fragmentNames(dir).find((f) => fragmentPage(fs.readFileSync(path.join(dir, f))).url === url)!.replace('.pf_fragment', '');
}

beforeAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  writePage(site, 'a', 'Mô hình số hoá sổ sách', 'Hợp tác xã chuyển sổ sách giấy sang bảng tính.');
  writePage(site, 'b', 'Thu gom rác thải nhựa', 'Thôn Tây Yên phân loại rác tại nguồn.');
  writePage(site, 'c', 'Bài sẽ bị gỡ', 'Nội dung riêng của bài sẽ bị gỡ khỏi trang.');
}, 60_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('kept Pagefind fragments', () => {
  it('a first build keeps nothing and fills the cache', async () => {
    const { seeded, wrong } = await index();
    expect(seeded).toBe(0);
    expect(wrong).toEqual([]);
    expectFreshIndex();
    expect(fragmentNames(cacheDir)).toEqual(fragmentNames(path.join(bundle, 'fragment')));
  });

  it('a rebuild after a change, an addition and a deletion equals a fresh index and keeps no deleted text', async () => {
    writePage(site, 'b', 'Thu gom rác thải nhựa', 'Thôn Tây Yên phân loại rác tại nguồn, mỗi tuần hai lần.');
    writePage(site, 'd', 'Camera an ninh thôn', 'Lắp camera ở ngã ba.');
    fs.rmSync(path.join(site, 'tin-tuc', 'c'), { recursive: true });
    const { seeded, wrong } = await index();
    expect(seeded).toBe(3);
    expect(wrong).toEqual([]);
    expectFreshIndex();
    expect(urlsOf(path.join(bundle, 'fragment'))).toEqual(['/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/d/']);
    expect(fragmentNames(cacheDir)).toEqual(fragmentNames(path.join(bundle, 'fragment')));
    const known = JSON.parse(fs.readFileSync(`${cacheDir}.json`, 'utf8')) as Record<string, [string, number]>;
    expect(Object.values(known).map(([url]) => url).sort()).toEqual(['/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/d/']);
    for (const f of fs.readdirSync(bundle, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(bundle, f);
      if (f.endsWith('.pf_fragment')) expect(fragmentPage(fs.readFileSync(file)).url).not.toBe('/tin-tuc/c/');
    }
  });

  it.each([
    ['another page', () => ({ url: '/tin-tuc/a/', content: 'x', word_count: 1 })],
    ['a deleted page', () => ({ url: '/tin-tuc/c/', content: 'Nội dung riêng của bài sẽ bị gỡ', word_count: 0 })],
    ['an older text of the same page', () => ({ url: '/tin-tuc/d/', content: 'Lắp camera', word_count: 2 })],
  ])('a kept fragment that holds %s under the expected name is found and written anew', async (_what, data) => {
    const name = freshName('/tin-tuc/d/');
    const real = JSON.parse(fs.readFileSync(`${cacheDir}.json`, 'utf8')) as Record<string, [string, number]>;
    const planted = data();
    // Same word count as the real page where the check could otherwise tell them apart only by URL.
    if (planted.url !== '/tin-tuc/d/') planted.word_count = real[name]![1];
    plant(name, planted);
    const { wrong } = await index();
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toContain(name);
    expectFreshIndex();
    expect(urlsOf(path.join(bundle, 'fragment'))).toEqual(['/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/d/']);
  });

  it('fragments of another Pagefind version are dropped', async () => {
    const old = `${base}.pagefind-0.0.1`;
    fs.mkdirSync(old, { recursive: true });
    fs.writeFileSync(path.join(old, 'vi_0000000.pf_fragment'), 'x');
    fs.writeFileSync(`${old}.json`, '{}');
    await index();
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(`${old}.json`)).toBe(false);
    expect(fs.existsSync(cacheDir)).toBe(true);
  });
});
