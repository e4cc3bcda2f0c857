/**
 * Decap CMS configuration (served as /admin/config.yml), generated from the zod schemas so the
 * editor cannot drift from what the validator accepts: every schema field becomes a widget, with
 * required flags, select options, number bounds, list sizes and text lengths read off the schema,
 * and words from `src/i18n/vi/cms.ts`. What a form cannot express (cross-field rules such as
 * "sơ kết gives only the commune Chairman's Giấy khen") is left to the validator, which staff see
 * when the site is built.
 */
import { z } from 'zod';
import { isRelationField, RELATIONS } from './relations.ts';
import { label as vocabularyLabel } from '../i18n/vi.ts';
import words, { type CollectionText, type FieldText } from '../i18n/vi/cms.ts';
import { COLLECTIONS, ROOT_FILES, schemaOf, type CollectionName } from '../schemas/collections.ts';
import { DATE_SCHEMAS } from '../schemas/common.ts';
import type { Site } from '../schemas/site.ts';
import { ADMIN_API_PATH, cmsPreviewPath, honorPath, initiativePath, storyPath, unitPath } from '../routes.ts';

/** A Decap field definition (the subset this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  hint: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  summary?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  modes?: string[];
  sanitize_preview?: boolean;
  editor_components?: string[];
  buttons?: readonly string[];
  choose_url?: boolean;
  allow_multiple?: boolean;
}

type JsonSchema = {
  type?: string | string[];
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

/** The schema as JSON Schema (output side: after defaults, with lengths and bounds as checks). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      // Dates are transforms (they accept dd/mm/yyyy too); mark them so they get a date picker.
      if (DATE_SCHEMAS.includes(ctx.zodSchema)) Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
}

/** The vocabulary prefix whose Vietnamese labels name a select's values (src/i18n/vi/vocabulary.ts). */
const VOCABULARY: Record<string, string> = {
  'initiatives.fields': 'field',
  'initiatives.kind': 'kind',
  'initiatives.status': 'status',
  'units.kind': 'unitKind',
  'criteria.unitKinds': 'unitKind',
  'honors.period': 'period',
  'honors.form': 'form',
  'honors.status': 'honorStatus',
  'honors.recipients.kind': 'recipientKind',
};


/** Texts longer than this get a multi-line box. */
const MULTILINE_FROM = 200;

export class MissingWordsError extends Error {}

function wordsFor(text: CollectionText, fieldPath: string): FieldText {
  const name = fieldPath.split('.').at(-1)!;
  // A list item's own words (`authors.*`) are never shared ones.
  const found = text.fields[fieldPath] ?? (name !== '*' ? words.shared[name] : undefined);
  if (!found) throw new MissingWordsError(`Thiếu nhãn và gợi ý tiếng Việt cho trường "${fieldPath}" (${text.label}) trong src/i18n/vi/cms.ts`);
  return found;
}

function lengthRule(min: number | undefined, max: number | undefined): [string, string] | undefined {
  if ((min === undefined || min <= 1) && max === undefined) return undefined;
  const lo = min !== undefined && min > 1 ? min : 0;
  const regex = `^[\\s\\S]{${lo},${max ?? ''}}$`;
  const message = max === undefined ? `Cần ít nhất ${lo} ký tự.` : lo > 0 ? `Cần từ ${lo} đến ${max} ký tự.` : `Tối đa ${max} ký tự.`;
  return [regex, message];
}

interface Context { collection: string; text: CollectionText }

/** One Decap field from one JSON Schema property. `required` already accounts for the parents. */
function fieldFrom(ctx: Context, fieldPath: string, prop: JsonSchema, required: boolean): CmsField {
  // A list item defined by `field` is named after its list (Decap stores plain values).
  const name = fieldPath.split('.').filter((p) => p !== '*').at(-1)!;
  const [label, hint] = wordsFor(ctx.text, fieldPath);
  const hasDefault = prop.default !== undefined;
  const base: CmsField = { name, label, hint, widget: 'string', required: required && !hasDefault };
  if (hasDefault && !(Array.isArray(prop.default) && prop.default.length === 0) && prop.default !== '') base.default = prop.default;
  const vocabulary = VOCABULARY[`${ctx.collection}.${fieldPath}`];
  const options = (values: string[]) => values.map((value) => ({ value, label: vocabulary ? vocabularyLabel(vocabulary, value) : value }));

  // A field holding the id of another entry is picked from that collection, never typed.
  if (isRelationField(name) && prop.type === 'string' && prop.pattern) {
    return { ...base, widget: 'relation', ...RELATIONS[name], value_field: '{{slug}}', options_length: 100 };
  }
  if (name === 'image') return { ...base, widget: 'image', choose_url: false, allow_multiple: false };
  if (prop.enum) return { ...base, widget: 'select', options: options(prop.enum) };
  if (prop.format === 'date') return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };

  switch (prop.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', required: false, default: prop.default ?? false };
    case 'integer':
    case 'number': {
      const out: CmsField = { ...base, widget: 'number', value_type: prop.type === 'integer' ? 'int' : 'float' };
      if (prop.minimum !== undefined && Number.isSafeInteger(prop.minimum) && prop.minimum > Number.MIN_SAFE_INTEGER) out.min = prop.minimum;
      if (prop.maximum !== undefined && Number.isSafeInteger(prop.maximum) && prop.maximum < Number.MAX_SAFE_INTEGER) out.max = prop.maximum;
      return out;
    }
    case 'object': {
      const fields = objectFields(ctx, prop, fieldPath, required);
      return { ...base, widget: 'object', fields, collapsed: !required };
    }
    case 'array': {
      const items = prop.items ?? {};
      const out: CmsField = { ...base };
      if (prop.minItems !== undefined) out.min = prop.minItems;
      if (prop.maxItems !== undefined) out.max = prop.maxItems;
      if (items.enum) return { ...out, widget: 'select', multiple: true, options: options(items.enum) };
      if (items.type === 'object') {
        const fields = objectFields(ctx, items, fieldPath, true);
        // A collapsed item shows its name-like field ("Công an xã"), not a code ("tap-the").
        const title = fields.find((f) => ['name', 'label', 'number', 'abbr'].includes(f.name)) ?? fields[0]!;
        return { ...out, widget: 'list', fields, collapsed: true, summary: `{{fields.${title.name}}}` };
      }
      return { ...out, widget: 'list', field: fieldFrom(ctx, `${fieldPath}.*`, items, true) };
    }
    default: {
      const widget = (prop.maxLength ?? 0) > MULTILINE_FROM ? 'text' : 'string';
      const pattern = prop.pattern ? ([prop.pattern, 'Sai định dạng: xem gợi ý bên dưới.'] as [string, string]) : lengthRule(prop.minLength, prop.maxLength);
      return pattern ? { ...base, widget, pattern } : { ...base, widget };
    }
  }
}

function objectFields(ctx: Context, schema: JsonSchema, prefix: string, parentRequired: boolean): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, prop]) =>
    fieldFrom(ctx, prefix ? `${prefix}.${key}` : key, prop, parentRequired && required.has(key)),
  );
}

export type { CollectionName };

/**
 * How each collection is shown and named, beyond its fields, in side-bar order (what staff write
 * most comes first). Folder, file type and schema are the validator's (`COLLECTIONS`).
 */
const STORAGE: Record<CollectionName, { slug: string; identifier: string; summary: string; sort: string[]; preview?: string; create?: boolean }> = {
  stories: { slug: '{{slug}}', identifier: 'title', summary: '{{title}} ({{date}})', sort: ['date', 'title'], preview: cmsPreviewPath(storyPath) },
  initiatives: { slug: '{{slug}}', identifier: 'title', summary: '{{title}} ({{year}})', sort: ['year', 'title'], preview: cmsPreviewPath(initiativePath) },
  honors: { slug: '{{slug}}', identifier: 'title', summary: '{{title}}', sort: ['year', 'title'], preview: cmsPreviewPath(honorPath) },
  // One report per unit and year: the file name says which, as the validator expects.
  reports: { slug: '{{fields.unit}}-{{fields.year}}', identifier: 'unit', summary: '{{unit}} – {{year}}', sort: ['year', 'unit'] },
  units: { slug: '{{slug}}', identifier: 'name', summary: '{{name}}', sort: ['name'], preview: cmsPreviewPath(unitPath) },
  // One document is published, the plan (src/validation/references.ts): staff edit it, never add one.
  documents: { slug: '{{slug}}', identifier: 'title', summary: '{{number}} – {{title}}', sort: ['date'], create: false },
  // The criteria mirror section IV of the plan: edited, never added or removed.
  criteria: { slug: '{{slug}}', identifier: 'title', summary: '{{code}}. {{title}}', sort: ['order'], create: false },
};
/** The collections in side-bar order. */
export const CMS_COLLECTIONS = Object.keys(STORAGE) as CollectionName[];

const isMarkdown = (name: CollectionName) => COLLECTIONS[name].ext === '.md';

/** The single files at the top of the content folder, by the name their words go under. */
const FILE_NAMES = { site: 'site.yml', glossary: 'tu-viet-tat.yml' } as const satisfies Record<keyof typeof words.files, string>;
export const CMS_FILES = Object.fromEntries(
  Object.entries(FILE_NAMES).map(([name, file]) => [name, { file, schema: ROOT_FILES[file].schema as z.ZodType }]),
) as Record<keyof typeof FILE_NAMES, { file: string; schema: z.ZodType }>;

/** The rich-text toolbar of a body (Decap's markdown widget; its default adds headings 1, 5, 6 and code). */
const BODY_BUTTONS = ['bold', 'italic', 'strikethrough', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'] as const;

/** Official text (documents, criteria) is edited as raw Markdown so saving never reformats it. */
const RAW_BODY: readonly CollectionName[] = ['documents', 'criteria'];

function bodyField(collection: CollectionName, text: CollectionText): CmsField {
  const [label, hint] = wordsFor(text, 'body');
  const raw = RAW_BODY.includes(collection);
  return {
    name: 'body',
    label,
    hint,
    widget: 'markdown',
    required: true,
    modes: raw ? ['raw'] : ['rich_text', 'raw'],
    // Section headings 2–4 only: the entry's title is the page's level 1, and the site styles and
    // anchors levels 2–4 (a pasted Heading 1 is moved down: src/markdown/rehype-heading-levels.ts).
    buttons: BODY_BUTTONS,
    sanitize_preview: true,
    // Images go in the image field (with their description), not inside the text.
    editor_components: [],
  };
}

/** The fields of any object schema, with words from `text` (exported so a test can feed it a changed schema). */
export function fieldsForSchema(schema: z.ZodType, collection: string, text: CollectionText): CmsField[] {
  return objectFields({ collection, text }, jsonSchemaOf(schema), '', true);
}

export function collectionFields(name: CollectionName): CmsField[] {
  const text = words.collections[name];
  // The validator's schema: images as file names, not Astro's image objects.
  const fields = fieldsForSchema(schemaOf(name), name, text);
  return isMarkdown(name) ? [...fields, bodyField(name, text)] : fields;
}

export function fileFields(name: keyof typeof CMS_FILES): CmsField[] {
  return fieldsForSchema(CMS_FILES[name].schema, name, words.files[name]);
}

const join = (...parts: string[]) => parts.filter(Boolean).join('/');

export interface CmsConfigOptions {
  site: Site;
  /** `simple` for `npm run dev` (saves go straight to the working tree), else the editorial workflow. */
  publishMode?: 'editorial_workflow' | 'simple';
  /** The content folder inside the repository the server writes to ('' when it is the root). */
  contentFolder: string;
}

/** The whole Decap configuration. */
export function cmsConfig({ site, contentFolder, publishMode = 'editorial_workflow' }: CmsConfigOptions) {
  const folder = (name: string) => join(contentFolder, name);
  return {
    locale: 'vi',
    // The publishing server's own backend, same origin (src/server/cms-backend.ts): no CORS, no token.
    backend: { name: 'proxy', proxy_url: ADMIN_API_PATH, branch: site.cms.branch },
    publish_mode: publishMode,
    site_url: site.url,
    display_url: site.url,
    // Required by Decap; every collection overrides it so images sit beside their entry.
    media_folder: contentFolder || '.',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: true,
    collections: [
      ...CMS_COLLECTIONS.map((name) => {
        const text = words.collections[name];
        const s = STORAGE[name];
        return {
          name,
          label: text.label,
          label_singular: text.singular,
          description: text.description,
          folder: folder(COLLECTIONS[name].folder),
          extension: COLLECTIONS[name].ext.slice(1),
          format: isMarkdown(name) ? 'yaml-frontmatter' : 'yml',
          create: s.create ?? true,
          delete: s.create ?? true,
          slug: s.slug,
          identifier_field: s.identifier,
          summary: s.summary,
          sortable_fields: s.sort,
          ...(s.preview ? { preview_path: s.preview } : {}),
          media_folder: '',
          public_folder: '',
          fields: collectionFields(name),
        };
      }),
      {
        name: 'settings',
        label: words.ui.settings,
        label_singular: words.ui.settings,
        description: words.files.site.description,
        editor: { preview: false },
        files: (Object.keys(CMS_FILES) as (keyof typeof CMS_FILES)[]).map((name) => ({
          name,
          label: words.files[name].label,
          file: folder(CMS_FILES[name].file),
          format: 'yml',
          fields: fileFields(name),
        })),
      },
    ],
  };
}
