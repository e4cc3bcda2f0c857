/**
 * `fixtures/demo/`: the fictional content set that build and browser tests read. These checks keep
 * it useful: the real plan and criteria stay byte-identical to `content/`, every entry parses with
 * the shared schemas, and the set covers every value other tests rely on.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  honorSchema, initiativeSchema, reportSchema, siteSchema, storySchema, unitSchema,
  INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, HONOR_PERIODS, RECIPIENT_KINDS, UNIT_KINDS,
} from '../../src/schemas/index.ts';
import { phaseOf, reportDeadline } from '../../src/schemas/calendar.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = path.join(ROOT, 'fixtures/demo');
const CONTENT = path.join(ROOT, 'content');

function filesIn(dir: string, ext: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.endsWith(ext)).sort();
}

function frontmatter(file: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no frontmatter`);
  return parse(m[1]!);
}

function entries<T>(folder: string, schema: { parse(v: unknown): T }): Map<string, T> {
  const dir = path.join(DEMO, folder);
  const out = new Map<string, T>();
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name.endsWith('.md')) out.set(name.slice(0, -3), schema.parse(frontmatter(file)));
    else if (name.endsWith('.yml')) out.set(name.slice(0, -4), schema.parse(parse(fs.readFileSync(file, 'utf8'))));
  }
  return out;
}

/** True when a JPEG's EXIF block (as sharp returns it) has a GPS IFD with at least one tag. */
function hasGpsTags(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') >= 0 ? exif.indexOf('Exif\0\0') + 6 : 0);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd0 = u32(4);
  for (let i = 0; i < u16(ifd0); i++) {
    const entry = ifd0 + 2 + i * 12;
    if (u16(entry) === 0x8825) return u16(u32(entry + 8)) > 0;
  }
  return false;
}

describe('fixtures/demo', () => {
  it('keeps the plan and the criteria byte-identical to content/', () => {
    for (const folder of ['documents', 'criteria']) {
      const real = filesIn(path.join(CONTENT, folder), '.md');
      expect(filesIn(path.join(DEMO, folder), '.md'), folder).toEqual(real);
      for (const name of real) {
        const a = fs.readFileSync(path.join(CONTENT, folder, name));
        const b = fs.readFileSync(path.join(DEMO, folder, name));
        expect(b.equals(a), `fixtures/demo/${folder}/${name} differs from content/${folder}/${name}`).toBe(true);
      }
    }
  });

  it('keeps every real unit of content/units unchanged', () => {
    for (const name of filesIn(path.join(CONTENT, 'units'), '.yml')) {
      const demo = path.join(DEMO, 'units', name);
      expect(fs.existsSync(demo), name).toBe(true);
      expect(fs.readFileSync(demo).equals(fs.readFileSync(path.join(CONTENT, 'units', name))), name).toBe(true);
    }
  });

  it('has a schema-valid site.yml for the same commune, marked as a demo', () => {
    const real = siteSchema.parse(parse(fs.readFileSync(path.join(CONTENT, 'site.yml'), 'utf8')));
    const demo = siteSchema.parse(parse(fs.readFileSync(path.join(DEMO, 'site.yml'), 'utf8')));
    expect({ ...demo, contact: undefined }).toEqual({ ...real, contact: undefined });
    expect(demo.contact.office).toMatch(/minh họa/);
  });

  const units = entries('units', unitSchema);
  const initiatives = entries('initiatives', initiativeSchema);
  const honors = entries('honors', honorSchema);
  const stories = entries('stories', storySchema);
  const reports = entries('reports', reportSchema);

  it('covers every unit kind', () => {
    expect(new Set([...units.values()].map((u) => u.kind))).toEqual(new Set(UNIT_KINDS));
  });

  it('has 15+ published initiatives over every field, kind, status and both phases', () => {
    const pub = [...initiatives.values()].filter((i) => !i.draft);
    expect(pub.length).toBeGreaterThanOrEqual(15);
    expect(new Set(pub.flatMap((i) => i.fields))).toEqual(new Set(INITIATIVE_FIELDS));
    expect(new Set(pub.map((i) => i.kind))).toEqual(new Set(INITIATIVE_KINDS));
    expect(new Set(pub.map((i) => i.status))).toEqual(new Set(INITIATIVE_STATUSES));
    expect(new Set(pub.map((i) => phaseOf(i.year)))).toEqual(new Set([1, 2]));
    expect(pub.some((i) => i.featured)).toBe(true);
    expect(pub.some((i) => i.image)).toBe(true);
    expect(pub.every((i) => i.results.every((r) => r.label && Number.isFinite(r.value)))).toBe(true);
  });

  it('has a draft in initiatives, honors and stories', () => {
    for (const col of [initiatives, honors, stories]) expect([...col.values()].some((e) => e.draft)).toBe(true);
  });

  it('writes every initiative body with the four sections', () => {
    for (const name of filesIn(path.join(DEMO, 'initiatives'), '.md')) {
      const body = fs.readFileSync(path.join(DEMO, 'initiatives', name), 'utf8');
      for (const h of ['## Vấn đề', '## Giải pháp', '## Kết quả', '## Cách nhân rộng']) expect(body, `${name} ${h}`).toContain(h);
    }
  });

  it('links only existing units and initiatives', () => {
    for (const [slug, i] of initiatives) expect(units.has(i.unit), `initiative ${slug} → ${i.unit}`).toBe(true);
    for (const [slug, s] of stories) {
      if (s.unit) expect(units.has(s.unit), `story ${slug}`).toBe(true);
      if (s.initiative) expect(initiatives.get(s.initiative)?.draft, `story ${slug}`).toBe(false);
    }
    for (const [slug, h] of honors) {
      for (const r of h.recipients) {
        if (r.unit) expect(units.has(r.unit), `honor ${slug}`).toBe(true);
        if (r.initiative) expect(initiatives.get(r.initiative)?.draft, `honor ${slug}`).toBe(false);
      }
    }
    for (const [name, r] of reports) {
      expect(units.has(r.unit), name).toBe(true);
      expect(name).toBe(`${r.unit}-${r.year}`);
    }
  });

  it('has honors of every period, both recipient kinds, and provincial forms only as proposals', () => {
    const pub = [...honors.values()].filter((h) => !h.draft);
    expect(new Set(pub.map((h) => h.period))).toEqual(new Set(HONOR_PERIODS));
    expect(new Set(pub.flatMap((h) => h.recipients.map((r) => r.kind)))).toEqual(new Set(RECIPIENT_KINDS));
    const provincial = pub.filter((h) => ['co-thi-dua-tinh', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen-thu-truong-so'].includes(h.form));
    expect(provincial.length).toBeGreaterThan(0);
    expect(provincial.every((h) => h.status === 'de-nghi' && h.period === 'tong-ket')).toBe(true);
  });

  it('has stories for the broadcast desk, one kept off the air', () => {
    const pub = [...stories.values()].filter((s) => !s.draft);
    expect(pub.length).toBeGreaterThanOrEqual(6);
    expect(pub.filter((s) => !s.broadcast)).toHaveLength(1);
    expect(pub.some((s) => s.initiative)).toBe(true);
  });

  it('has 2026 reports on time, late and missing', () => {
    const deadline = reportDeadline(2026);
    const list = [...reports.values()].filter((r) => r.year === 2026);
    expect(list.filter((r) => r.submitted <= deadline).length).toBeGreaterThan(list.length / 2);
    expect(list.some((r) => r.submitted > deadline)).toBe(true);
    expect(list.length).toBeLessThan(units.size);
  });

  it('ships small JPEGs with alt text, one story image still carrying EXIF GPS tags', async () => {
    const images = [...initiatives.values(), ...stories.values()].filter((e) => e.image);
    expect(images.every((e) => e.imageAlt)).toBe(true);
    let withGps = 0;
    for (const folder of ['initiatives', 'stories']) {
      for (const name of filesIn(path.join(DEMO, folder), '.jpg')) {
        const file = path.join(DEMO, folder, name);
        expect(fs.statSync(file).size, name).toBeLessThanOrEqual(60 * 1024);
        const meta = await sharp(file).metadata();
        if (folder === 'stories' && meta.exif && hasGpsTags(meta.exif)) withGps++;
      }
    }
    expect(withGps).toBeGreaterThanOrEqual(1);
  });

  it('carries no e-mail address, phone number or long digit run', () => {
    for (const folder of ['units', 'initiatives', 'honors', 'stories', 'reports']) {
      for (const name of fs.readdirSync(path.join(DEMO, folder)).filter((n) => /\.(md|yml)$/.test(n))) {
        const text = fs.readFileSync(path.join(DEMO, folder, name), 'utf8');
        expect(text, name).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
        expect(text, name).not.toMatch(/(?<!\d)0\d{9}(?!\d)|\d{9,}/);
      }
    }
  });
});
