/**
 * What Pagefind is given to read: the index step lists only the indexed folders (indexedFiles), so
 * filter and pagination pages are never read. This proves the listing loses nothing: every page
 * that asks to be indexed (`data-pagefind-body`) is in it, and the index holds exactly those pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexSite, indexedFiles } from '../../scripts/search-index.ts';
import { searchTypeOf } from '../../src/lib/search.ts';
import { htmlPages, isDetailPage } from '../helpers/page-types.ts';
import { ensureSite } from '../helpers/sites.ts';

describe('Pagefind input', () => {
  it('reads every indexed page of the demo site and the index holds exactly those', () => {
    const dir = ensureSite('demo');
    const detail = htmlPages(dir).filter((p) => p.endsWith('/') && isDetailPage(fs.readFileSync(path.join(dir, p, 'index.html'), 'utf8')));
    expect(detail.length).toBeGreaterThan(50);
    const listed = new Set(indexedFiles(dir));
    const missed = detail.filter((p) => !listed.has(`${p.slice(1)}index.html`));
    expect(missed).toEqual([]);
    // No list, filter or pagination page either.
    expect(listed.size).toBe(detail.length);
    for (const p of detail) expect(searchTypeOf(p), p).toBeDefined();
    // One fragment file per indexed page.
    expect(fs.readdirSync(path.join(dir, 'pagefind/fragment')).length).toBe(detail.length);
  });

  it('keeps the words of adjacent cells, captions, headings and tags apart in the indexed text', () => {
    const dir = path.join(ensureSite('demo'), 'pagefind/fragment');
    const joined = new Set<string>();
    for (const file of fs.readdirSync(dir)) {
      // A fragment is gzip'd JSON behind Pagefind's 12-byte signature.
      const { content } = JSON.parse(gunzipSync(fs.readFileSync(path.join(dir, file))).subarray(12).toString('utf8')) as { content: string };
      // "đượcChỉ", "sốĐổi": a lower-case letter right before a capital is two texts run together.
      for (const word of content.split(/\s+/)) if (/\p{Ll}\p{Lu}/u.test(word)) joined.add(word);
    }
    expect([...joined]).toEqual([]);
  });
});

describe('a failed index', () => {
  it("throws with Pagefind's words and leaves no scratch folder beside the site", async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'failed-index-'));
    fs.mkdirSync(path.join(site, 'mo-hinh/mot'), { recursive: true });
    fs.writeFileSync(path.join(site, 'mo-hinh/mot/index.html'), '<main data-pagefind-body><h1>Một</h1></main>');
    // A "Pagefind" that says why and fails, as a broken or wrong binary would.
    const program = path.join(site, '..', `${path.basename(site)}-pagefind.sh`);
    fs.writeFileSync(program, '#!/bin/sh\necho "không đọc được trang" >&2\nexit 3\n', { mode: 0o755 });
    try {
      await expect(indexSite(site, { program, strip: true })).rejects.toThrow(/Pagefind dừng với mã 3:\n[\s\S]*không đọc được trang/);
      expect(fs.existsSync(`${site}.search-index`)).toBe(false);
      expect(fs.readFileSync(path.join(site, 'mo-hinh/mot/index.html'), 'utf8')).toContain('<h1>Một</h1>');
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
      fs.rmSync(program, { force: true });
    }
  });
});
