import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_PATH, SECTION_PATHS, broadcastTextPath, bulletinPath, cmsPreviewPath, criteriaGroupPath, honorPath,
  initiativeFilterPath, initiativePath, pagePath, planSectionPath, searchPath, sectionOf, sectionSegment, statsYearPath,
  storyPath, unitPath, type Section,
} from '../../src/routes.ts';
import { NAV } from '../../src/lib/nav.ts';
import { stringLiterals } from '../helpers/string-literals.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'scripts', 'tests/helpers'];
const SOURCE = /\.(ts|mts|js|mjs|astro|css)$/;
const ROUTES_FILE = 'src/routes.ts';

const sections = Object.keys(SECTION_PATHS) as Section[];
const segments = sections.map(sectionSegment).map((s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
/**
 * A literal spelling a section path: `/mo-hinh` followed by `/`, `?`, `#`, `.` or its end, or a
 * relative `mo-hinh/` (Decap's preview paths, Pagefind globs), at the start of the literal or
 * after a `${}` or other non-path character, so `../cms/admin.ts` and the kind `mo-hinh` pass.
 */
const SECTION_LITERAL = new RegExp(`(?:^|[^\\w./-])(?:/(?:${segments.join('|')})(?=[/?#.*]|$)|(?:${segments.join('|')})/)`);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return SOURCE.test(entry.name) && rel !== ROUTES_FILE ? [rel] : [];
  });
}

/** `file:line: literal` for every literal of `source` that spells a section path. */
function sectionLiterals(file: string, source: string): string[] {
  return stringLiterals(source).filter((l) => SECTION_LITERAL.test(l.text)).map((l) => `${file}:${l.line}: ${l.text}`);
}

describe('section paths are spelled only in src/routes.ts', () => {
  it('no string literal in src/, scripts/ or tests/helpers/ spells a section path', () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => sectionLiterals(f, fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found, 'write these with src/routes.ts').toEqual([]);
  });

  it('the check names file and line of each kind of section literal, and passes look-alikes', () => {
    const source = [
      "const a = '/mo-hinh/';", // 1
      'const b = `/tin-tuc/${id}/`;', // 2
      "<a href=\"/thong-ke/mo-hinh.csv\">", // 3
      'fetch(`${base}/tim-kiem/?q=${q}`);', // 4
      "preview: 'bang-vang/{{slug}}/',", // 5
      "const rss = '/phat-thanh/feed.json';", // 6
      "const kind = 'mo-hinh';", // 7: an initiative kind, not a path
      "import x from '../../cms/admin.ts';", // 8: a file, not a path
      "// see /don-vi/ for units", // 9: a comment
      "const slug = `mo-hinh-${id}`;", // 10: a file name prefix
      "const y = 'src/pages/mo-hinh/[slug].astro';", // 11: a page file
      "/* '/ke-hoach/' */ const z = 1;", // 12: a comment
      "const re = /'\\/admin\\//;", // 13: a regular expression holding a quote
    ].join('\n');
    expect(sectionLiterals('x.astro', source)).toEqual([
      'x.astro:1: /mo-hinh/',
      'x.astro:2: /tin-tuc/${}/',
      'x.astro:3: /thong-ke/mo-hinh.csv',
      'x.astro:4: ${}/tim-kiem/?q=${}',
      'x.astro:5: bang-vang/{{slug}}/',
      'x.astro:6: /phat-thanh/feed.json',
    ]);
  });

  it('covers every section of the routes module, so a new section is checked without editing the test', () => {
    for (const section of sections) {
      expect(SECTION_LITERAL.test(SECTION_PATHS[section]), section).toBe(true);
      expect(SECTION_LITERAL.test(`${sectionSegment(section)}-x`), section).toBe(false);
    }
  });
});

describe('routes', () => {
  it('every section has its page folder in src/pages/ (Astro routes by file name)', () => {
    for (const section of sections) {
      expect(fs.existsSync(path.join(ROOT, 'src/pages', sectionSegment(section))), section).toBe(true);
    }
  });

  it('builds detail pages below their section, with a trailing slash', () => {
    expect(initiativePath('may-say')).toBe('/mo-hinh/may-say/');
    expect(honorPath('qd-12')).toBe('/bang-vang/qd-12/');
    expect(unitPath('cong-an')).toBe('/don-vi/cong-an/');
    expect(storyPath('tin-1')).toBe('/tin-tuc/tin-1/');
    expect(criteriaGroupPath('1-2')).toBe('/tieu-chi/1-2/');
    expect(statsYearPath(2027)).toBe('/thong-ke/2027/');
    expect(planSectionPath('iv-2')).toBe('/ke-hoach/#iv-2');
  });

  it('builds filter pages and numbered pages that never clash with a slug', () => {
    expect(initiativeFilterPath('linh-vuc', 'chuyen-doi-so')).toBe('/mo-hinh/linh-vuc/chuyen-doi-so/');
    expect(pagePath('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pagePath('/tin-tuc/', 3)).toBe('/tin-tuc/trang/3/');
  });

  it('builds the broadcast text files and the search query', () => {
    expect(broadcastTextPath('mo-hinh-x')).toBe('/phat-thanh/mo-hinh-x.txt');
    expect(bulletinPath('2026-w48')).toBe('/phat-thanh/ban-tin/2026-w48.txt');
    expect(searchPath()).toBe('/tim-kiem/');
    expect(searchPath('đổi mới & số')).toBe(`/tim-kiem/?q=${encodeURIComponent('đổi mới & số')}`);
  });

  it('gives Decap preview paths without the leading slash', () => {
    expect(cmsPreviewPath(initiativePath)).toBe('mo-hinh/{{slug}}/');
  });

  it('finds the section of a path, and none for the home page or Pagefind', () => {
    expect(sectionOf('/mo-hinh/abc/')).toBe('initiatives');
    expect(sectionOf('/mo-hinh')).toBe('initiatives');
    expect(sectionOf('/admin/config.yml')).toBe('admin');
    expect(sectionOf('/mo-hinh-x/')).toBeUndefined();
    expect(sectionOf('/')).toBeUndefined();
    expect(sectionOf('/pagefind/pagefind.js')).toBeUndefined();
  });

  it('the navigation lists the home page and every public section except search and the CMS, in order', () => {
    expect(NAV.map((n) => n.href)).toEqual(['/', ...sections.filter((s) => s !== 'search' && s !== 'admin').map((s) => SECTION_PATHS[s])]);
    expect(NAV.some((n) => n.href === ADMIN_PATH)).toBe(false);
  });
});
