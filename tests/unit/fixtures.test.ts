/**
 * `scripts/fixtures.ts` (`npm run fixtures`): the generated content must be deterministic, of the
 * promised size, and valid entry by entry against the shared schemas and cross-references.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { draftCount, generateContent } from '../../scripts/fixtures.ts';
import {
  criteriaSchema, documentSchema, honorSchema, initiativeSchema, reportSchema, siteSchema, storySchema, unitSchema,
  HONOR_PERIODS, INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, PROVINCIAL_FORMS,
} from '../../src/schemas/index.ts';
import { slugify } from '../../src/schemas/slug.ts';
import { reportDeadline } from '../../src/schemas/calendar.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-fixtures-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SCHEMAS = {
  documents: documentSchema, criteria: criteriaSchema, units: unitSchema, initiatives: initiativeSchema,
  honors: honorSchema, stories: storySchema, reports: reportSchema,
} as const;
type Folder = keyof typeof SCHEMAS;

function dataOf(rel: string, content: string | Buffer): unknown {
  const text = content.toString();
  if (rel.endsWith('.md')) return parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
  return parse(text);
}

/** Parses every generated entry with its collection's schema; returns them by folder and id. */
function parseAll(files: Map<string, string | Buffer>) {
  const out = Object.fromEntries(Object.keys(SCHEMAS).map((k) => [k, new Map<string, any>()])) as Record<Folder, Map<string, any>>;
  for (const [rel, content] of files) {
    if (rel === 'site.yml') {
      siteSchema.parse(parse(content.toString()));
      continue;
    }
    const [folder, name] = rel.split('/') as [Folder, string];
    if (name.endsWith('.jpg')) continue;
    const result = SCHEMAS[folder].safeParse(dataOf(rel, content));
    if (!result.success) throw new Error(`${rel}: ${JSON.stringify(result.error.issues)}`);
    out[folder].set(name.replace(/\.(md|yml)$/, ''), result.data);
  }
  return out;
}

function hashDir(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else hash.update(path.relative(dir, p)).update('\0').update(fs.readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/fixtures.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('generateContent', () => {
  const N = 600;
  const { files, summary } = generateContent({ initiatives: N, seed: 7 });
  const parsed = parseAll(files);

  it('is deterministic: the same arguments give the same bytes, another seed different ones', () => {
    const again = generateContent({ initiatives: N, seed: 7 }).files;
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [rel, content] of files) expect(Buffer.from(again.get(rel)!).equals(Buffer.from(content)), rel).toBe(true);
    const other = generateContent({ initiatives: N, seed: 8 }).files;
    expect([...other.entries()].some(([rel, c]) => files.get(rel)?.toString() !== c.toString())).toBe(true);
  });

  it('writes exactly N initiatives, about N/5 stories and N/20 honors, and enough units', () => {
    expect(parsed.initiatives.size).toBe(N);
    expect(parsed.stories.size).toBe(N / 5);
    expect(parsed.honors.size).toBe(N / 20);
    expect(parsed.units.size).toBe(Math.max(12, Math.ceil(N / 25)));
    expect(summary.initiatives).toEqual({ total: N, drafts: draftCount(N) });
    expect([...parsed.initiatives.values()].filter((i) => i.draft)).toHaveLength(draftCount(N));
    expect([...parsed.stories.values()].filter((s) => s.draft)).toHaveLength(draftCount(N / 5));
  });

  it('copies site.yml, the plan and the criteria byte for byte from content/', () => {
    for (const [rel, content] of files) {
      if (rel === 'site.yml' || rel.startsWith('documents/') || rel.startsWith('criteria/')) {
        expect(Buffer.from(content).equals(fs.readFileSync(path.join(ROOT, 'content', rel))), rel).toBe(true);
      }
    }
    expect(parsed.documents.size).toBe(fs.readdirSync(path.join(ROOT, 'content/documents')).length);
  });

  it('keeps the real units and gives every unit an id unique after folding diacritics', () => {
    for (const name of fs.readdirSync(path.join(ROOT, 'content/units'))) expect(files.has(`units/${name}`), name).toBe(true);
    for (const folder of ['units', 'initiatives', 'stories', 'honors'] as const) {
      const ids = [...parsed[folder].keys()];
      expect(new Set(ids.map((id) => slugify(id))).size, folder).toBe(ids.length);
      const titles = [...parsed[folder].values()].map((e) => slugify(e.title ?? e.name));
      expect(new Set(titles).size, `${folder} titles`).toBe(titles.length);
    }
  });

  it('varies fields, kinds, statuses, years and featured', () => {
    const list = [...parsed.initiatives.values()];
    expect(new Set(list.flatMap((i) => i.fields))).toEqual(new Set(INITIATIVE_FIELDS));
    expect(new Set(list.map((i) => i.kind))).toEqual(new Set(INITIATIVE_KINDS));
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(INITIATIVE_STATUSES));
    expect(new Set(list.map((i) => i.year))).toEqual(new Set([2026, 2027, 2028, 2029, 2030]));
    expect(list.some((i) => i.featured && !i.draft)).toBe(true);
    expect(list.every((i) => i.results.length > 0)).toBe(true);
  });

  it('links only existing units and published initiatives', () => {
    const unitOk = (id: string) => parsed.units.has(id);
    const published = (slug: string) => parsed.initiatives.get(slug)?.draft === false;
    for (const [slug, i] of parsed.initiatives) expect(unitOk(i.unit), slug).toBe(true);
    for (const [slug, s] of parsed.stories) {
      if (s.unit) expect(unitOk(s.unit), slug).toBe(true);
      if (s.initiative) expect(published(s.initiative), slug).toBe(true);
    }
    for (const [slug, h] of parsed.honors) {
      for (const r of h.recipients) {
        if (r.unit) expect(unitOk(r.unit), slug).toBe(true);
        if (r.initiative) expect(published(r.initiative), slug).toBe(true);
      }
    }
    for (const [name, r] of parsed.reports) expect(name).toBe(`${r.unit}-${r.year}`);
  });

  it('gives honors of every period, provincial forms only at tổng kết', () => {
    const list = [...parsed.honors.values()];
    expect(new Set(list.map((h) => h.period))).toEqual(new Set(HONOR_PERIODS));
    expect(list.filter((h) => PROVINCIAL_FORMS.includes(h.form)).every((h) => h.period === 'tong-ket')).toBe(true);
    expect(list.some((h) => h.status === 'de-nghi' && PROVINCIAL_FORMS.includes(h.form))).toBe(true);
  });

  it('writes 2026 reports for most units, some late and some missing', () => {
    const reports = [...parsed.reports.values()];
    const deadline = reportDeadline(2026);
    expect(reports.every((r) => r.year === 2026)).toBe(true);
    expect(reports.length).toBeLessThan(parsed.units.size);
    expect(reports.length).toBeGreaterThan(parsed.units.size * 0.6);
    expect(reports.some((r) => r.submitted > deadline)).toBe(true);
    expect(reports.filter((r) => r.submitted <= deadline).length).toBeGreaterThan(reports.length / 2);
  });

  it('puts an image with alt text beside every k-th initiative when asked', () => {
    const withImages = generateContent({ initiatives: 100, seed: 3, imageEvery: 25 });
    const jpgs = [...withImages.files.keys()].filter((k) => k.endsWith('.jpg'));
    expect(jpgs).toHaveLength(4);
    expect(withImages.summary.images?.total).toBe(4);
    for (const jpg of jpgs) {
      const entry = initiativeSchema.parse(dataOf(jpg.replace(/\.jpg$/, '.md'), withImages.files.get(jpg.replace(/\.jpg$/, '.md'))!));
      expect(entry.image).toBe(`./${path.basename(jpg)}`);
      expect(entry.imageAlt).toBeTruthy();
    }
    expect([...files.keys()].some((k) => k.endsWith('.jpg'))).toBe(false);
  });

  it('adds later years of reports when today moves on', () => {
    const later = generateContent({ initiatives: 20, seed: 1, today: '2028-12-01' }).files;
    const years = new Set([...later.keys()].filter((k) => k.startsWith('reports/')).map((k) => k.slice(-8, -4)));
    expect(years).toEqual(new Set(['2026', '2027', '2028']));
  });

  it('carries no e-mail address or long digit run', () => {
    for (const [rel, content] of files) {
      if (rel.startsWith('documents/') || rel.startsWith('criteria/') || rel === 'site.yml') continue;
      expect(content.toString(), rel).not.toMatch(/[\w.+-]+@[\w-]+\.\w+|\d{9,}/);
    }
  });
});

describe('npm run fixtures', () => {
  it('writes byte-identical directories for the same arguments', () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    expect(runCli('--out', a, '--initiatives', '150').status).toBe(0);
    const run = runCli('--out', b, '--initiatives', '150');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/initiatives\s+150 \(công bố 147, nháp 3\)/);
    expect(hashDir(a)).toBe(hashDir(b));
    expect(fs.readdirSync(path.join(a, 'initiatives'))).toHaveLength(150);
  });

  it('refuses a non-empty folder unless --force, and then replaces only what it writes', () => {
    const dir = path.join(tmp, 'c');
    fs.mkdirSync(path.join(dir, 'initiatives'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'initiatives/stale.md'), 'old');
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
    const refused = runCli('--out', dir, '--initiatives', '5');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/không trống.*--force/);
    expect(runCli('--out', dir, '--initiatives', '5', '--force').status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'initiatives/stale.md'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'initiatives'))).toHaveLength(5);
    expect(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('never writes into content/, into a folder inside it or into one that holds it', () => {
    const before = hashDir(path.join(ROOT, 'content'));
    for (const out of ['content', 'content/initiatives', '.']) {
      const run = runCli('--out', out, '--initiatives', '5', '--force');
      expect(run.status, out).toBe(1);
      expect(run.stderr).toMatch(/content\//);
    }
    expect(hashDir(path.join(ROOT, 'content'))).toBe(before);
  });
});
