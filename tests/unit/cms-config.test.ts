/**
 * The CMS configuration against the zod schemas it is generated from. The checks do not trust the
 * generator: required flags are compared with what the schema itself refuses when a field is
 * removed from a real entry, length rules with what the schema accepts at the boundaries, number
 * bounds and select options with the schema's own checks and enums.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  CMS_COLLECTIONS,
  CMS_FILES,
  cmsConfig,
  collectionFields,
  fieldsForSchema,
  fileFields,
  MissingWordsError,
  type CmsField,
  type CollectionName,
} from '../../src/cms/config.ts';
import words from '../../src/i18n/vi/cms.ts';
import { DATE_SCHEMAS, isoDate } from '../../src/schemas/common.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { COLLECTIONS, schemaOf } from '../../src/schemas/collections.ts';

const DEMO = path.resolve(import.meta.dirname, '../../fixtures/demo');
const NAMES = CMS_COLLECTIONS;

// zod internals, read only to walk a schema by field path.
type Def = { type: string; innerType?: AnyZod; element?: AnyZod };
type AnyZod = z.ZodType & { _zod: { def: Def }; shape?: Record<string, AnyZod> };

function unwrap(s: AnyZod): AnyZod {
  let cur = s;
  while (cur._zod.def.type === 'optional' || cur._zod.def.type === 'default') cur = cur._zod.def.innerType!;
  return cur;
}

/** The zod schema of one field, `results.label` style (list items are entered transparently). */
function schemaAt(root: z.ZodType, fieldPath: string): AnyZod {
  let cur = unwrap(root as AnyZod);
  for (const part of fieldPath.split('.')) {
    if (cur._zod.def.type === 'array') cur = unwrap(cur._zod.def.element!);
    if (part === '*') continue;
    const next = cur.shape?.[part];
    if (!next) throw new Error(`no field ${fieldPath}`);
    cur = unwrap(next);
  }
  if (cur._zod.def.type === 'array' && fieldPath.endsWith('*')) cur = unwrap(cur._zod.def.element!);
  return cur;
}

/** Every field of a configuration with its dotted path. */
function walk(fields: CmsField[], prefix = ''): [string, CmsField][] {
  return fields.flatMap((f) => {
    const p = prefix ? `${prefix}.${f.name}` : f.name;
    const own: [string, CmsField] = [p, f];
    if (f.fields) return [own, ...walk(f.fields, p)];
    if (f.field) return [own, [`${p}.*`, f.field] as [string, CmsField]];
    return [own];
  });
}

/** The first entry of a collection in fixtures/demo, as data. */
function sampleOf(name: CollectionName): Record<string, unknown> {
  const dir = path.join(DEMO, name);
  const file = fs.readdirSync(dir).sort().find((f) => f.endsWith(COLLECTIONS[name].ext))!;
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const yaml = COLLECTIONS[name].ext === '.md' ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text;
  return parseYaml(yaml) as Record<string, unknown>;
}

const allConfigs: [string, CmsField[], z.ZodType][] = [
  ...NAMES.map((n) => [n, collectionFields(n), schemaOf(n)] as [string, CmsField[], z.ZodType]),
  ...(Object.keys(CMS_FILES) as (keyof typeof CMS_FILES)[]).map((n) => [n, fileFields(n), CMS_FILES[n].schema] as [string, CmsField[], z.ZodType]),
];

describe('CMS configuration generated from the schemas', () => {
  it('has one field per schema field (plus the Markdown body), each with a Vietnamese label and hint', () => {
    for (const [name, fields, schema] of allConfigs) {
      const shapeKeys = Object.keys(unwrap(schema as AnyZod).shape!);
      const md = name in COLLECTIONS && COLLECTIONS[name as CollectionName].ext === '.md';
      expect(fields.map((f) => f.name), name).toEqual(md ? [...shapeKeys, 'body'] : shapeKeys);
      for (const [p, f] of walk(fields)) {
        expect(f.label.trim().length, `${name}.${p}`).toBeGreaterThan(1);
        expect(f.hint.trim().length, `${name}.${p}`).toBeGreaterThan(5);
        expect(f.label).toBe(f.label.normalize('NFC'));
        expect(f.hint).toBe(f.hint.normalize('NFC'));
        expect(f.label, `${name}.${p} has no Vietnamese label`).not.toBe(f.name);
      }
    }
  });

  it('offers in the toolbar of a body only the heading levels a body renders at (2–4), and no picture', () => {
    for (const name of NAMES.filter((n) => COLLECTIONS[n].ext === '.md')) {
      const body = collectionFields(name).find((f) => f.name === 'body')!;
      expect(body.buttons?.filter((b) => b.startsWith('heading-')), name).toEqual(['heading-two', 'heading-three', 'heading-four']);
      expect(body.buttons, name).toContain('bold');
      expect(body.editor_components, name).toEqual([]);
    }
  });

  it('marks a field required exactly when the schema refuses an entry without it', () => {
    for (const name of NAMES) {
      const sample = sampleOf(name);
      expect(schemaOf(name).safeParse(sample).success, `fixtures/demo sample of ${name} is valid`).toBe(true);
      for (const field of collectionFields(name)) {
        if (field.name === 'body') continue;
        const without = { ...sample };
        delete without[field.name];
        const result = schemaOf(name).safeParse(without);
        // Only "missing" counts: cross-field rules (custom issues) are the validator's job.
        const missing = !result.success && result.error.issues.some((i) => i.path.join('.') === field.name && i.code !== 'custom');
        expect(field.required ?? true, `${name}.${field.name}`).toBe(missing);
      }
    }
  });

  it('enforces the same text lengths as the schema', () => {
    for (const [name, fields, schema] of allConfigs) {
      for (const [p, f] of walk(fields)) {
        if (!f.pattern || !/^\^\[\\s\\S\]/.test(f.pattern[0])) continue;
        const regex = new RegExp(f.pattern[0]);
        const field = schemaAt(schema, p);
        for (const n of [0, 1, 19, 20, 21, 59, 60, 61, 79, 80, 81, 99, 100, 101, 149, 150, 151, 199, 200, 201, 299, 300, 301, 399, 400, 401, 499, 500, 501, 999, 1000, 1001]) {
          const value = 'ă'.repeat(n);
          // Empty optional text is "no value" in the CMS; the schema sees it as a value.
          if (n === 0) continue;
          expect(regex.test(value), `${name}.${p} at ${n} characters`).toBe(field.safeParse(value).success);
        }
      }
    }
  });

  it('offers exactly the values each enum allows, in order, with Vietnamese labels', () => {
    let selects = 0;
    for (const [name, fields, schema] of allConfigs) {
      for (const [p, f] of walk(fields)) {
        if (f.widget !== 'select') continue;
        selects++;
        let enumSchema = schemaAt(schema, p);
        if (enumSchema._zod.def.type === 'array') enumSchema = unwrap(enumSchema._zod.def.element!);
        const values = (enumSchema as unknown as z.ZodEnum).options;
        expect(f.options!.map((o) => o.value), `${name}.${p}`).toEqual(values);
        for (const o of f.options!) expect(o.label, `${name}.${p}=${o.value}`).not.toBe(o.value);
      }
    }
    expect(selects).toBe(9);
  });

  it('bounds numbers as the schema does', () => {
    for (const [name, fields, schema] of allConfigs) {
      for (const [p, f] of walk(fields)) {
        if (f.widget !== 'number') continue;
        const field = schemaAt(schema, p);
        if (f.min !== undefined) {
          expect(field.safeParse(f.min).success, `${name}.${p} min`).toBe(true);
          expect(field.safeParse(f.min - 1).success, `${name}.${p} below min`).toBe(false);
        }
        if (f.max !== undefined) {
          expect(field.safeParse(f.max).success, `${name}.${p} max`).toBe(true);
          expect(field.safeParse(f.max + 1).success, `${name}.${p} above max`).toBe(false);
        }
        if (f.value_type === 'int') expect(field.safeParse(2026.5).success, `${name}.${p} whole numbers`).toBe(false);
      }
    }
    const year = walk(collectionFields('initiatives')).find(([p]) => p === 'year')![1];
    expect([year.min, year.max]).toEqual([2026, 2030]);
  });

  it('picks units and initiatives from their collections, and dates with a date-only picker', () => {
    const names = new Set<string>(NAMES);
    let relations = 0;
    let dates = 0;
    for (const [name, fields, schema] of allConfigs) {
      for (const [p, f] of walk(fields)) {
        if (p === 'body') continue;
        const last = p.split('.').at(-1);
        if ((last === 'unit' || last === 'initiative') && f.widget !== 'string') {
          relations++;
          expect(f.widget, `${name}.${p}`).toBe('relation');
          expect(names.has(f.collection!)).toBe(true);
          expect(f.value_field).toBe('{{slug}}');
        }
        if (DATE_SCHEMAS.includes(schemaAt(schema, p))) {
          dates++;
          expect(f, `${name}.${p}`).toMatchObject({ widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD' });
          expect(isoDate.safeParse('2026-11-05').data).toBe('2026-11-05');
        }
      }
    }
    expect(relations).toBe(6);
    expect(dates).toBe(4);
  });

  it('fails loudly when a schema gains a field the CMS has no words for, and keeps no words for fields that are gone', () => {
    const grown = z.strictObject({ ...unwrap(schemaOf('stories') as unknown as AnyZod).shape!, subtitle: z.string() });
    expect(() => fieldsForSchema(grown, 'stories', words.collections.stories)).toThrow(MissingWordsError);
    expect(() => fieldsForSchema(grown, 'stories', words.collections.stories)).toThrow(/"subtitle"/);

    for (const [name, text, fields] of [
      ...NAMES.map((n) => [n, words.collections[n], collectionFields(n)] as const),
      ...(Object.keys(CMS_FILES) as (keyof typeof CMS_FILES)[]).map((n) => [n, words.files[n], fileFields(n)] as const),
    ]) {
      const paths = new Set(walk(fields).map(([p]) => p));
      for (const key of Object.keys(text.fields)) expect(paths.has(key), `${name}: words for "${key}", which no schema has`).toBe(true);
    }
  });

  it('stores each collection where the validator reads it, in its file type, images beside the entry', () => {
    const site = siteSchema.parse({ commune: 'X', province: 'Y', issuer: 'Z', campaign: 'C', url: 'https://example.invalid', cms: { branch: 'main' } });
    const config = cmsConfig({ site, contentFolder: 'content' });
    // The publishing server's own backend, on the same origin.
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/admin/api/v1', branch: 'main' });
    expect(config).not.toHaveProperty('local_backend');
    expect(config.locale).toBe('vi');
    expect(config.publish_mode).toBe('editorial_workflow');
    type FolderCollection = { name: string; folder: string; extension: string; media_folder: string; public_folder: string };
    const folders = config.collections.filter((c) => 'folder' in c) as unknown as FolderCollection[];
    expect(folders.map((c) => c.name).sort()).toEqual(Object.keys(COLLECTIONS).sort());
    for (const c of folders) {
      const name = c.name as CollectionName;
      expect(c.folder).toBe(`content/${name}`);
      expect(`.${c.extension}`).toBe(COLLECTIONS[name].ext);
      expect([c.media_folder, c.public_folder]).toEqual(['', '']);
    }
    // The plan is the one document the site shows: staff edit it and add none (the validator refuses a second).
    const creatable = Object.fromEntries(config.collections.filter((c) => 'folder' in c).map((c) => [c.name, (c as { create: boolean }).create]));
    expect(creatable).toMatchObject({ documents: false, criteria: false, stories: true, initiatives: true });
    const settings = config.collections.find((c) => c.name === 'settings') as { files: { file: string }[] };
    expect(settings.files.map((f) => f.file)).toEqual(['content/site.yml', 'content/tu-viet-tat.yml']);
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });
});
