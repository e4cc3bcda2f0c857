/**
 * The collection registry: the one list of what a content folder holds. Astro's loaders
 * (src/content.config.ts), the validator, the CMS configuration, the fixtures generator, the
 * data layer and the publishing server's write rules all read it, so they agree on exactly which
 * files are content. Anything else found in a content folder is a problem the validator names.
 */
import type { z } from 'zod';
import { criteriaSchema } from './criteria.ts';
import { documentSchema } from './document.ts';
import { glossarySchema } from './glossary.ts';
import { honorSchema } from './honor.ts';
import { makeInitiativeSchema } from './initiative.ts';
import { reportSchema } from './report.ts';
import { siteSchema } from './site.ts';
import { makeStorySchema } from './story.ts';
import { unitSchema } from './unit.ts';

/** Entry files: Markdown with front matter, or YAML. */
export type EntryExtension = '.md' | '.yml';

export interface CollectionSpec {
  /** Folder under the content root. */
  folder: string;
  ext: EntryExtension;
  /**
   * The schema; `image` is Astro's image() helper when Astro loads the collection and a plain
   * file-name check for the validator and the CMS.
   */
  makeSchema: (image?: z.ZodType) => z.ZodType;
  /** Whether images may sit beside the entries (they are published through astro:assets). */
  media: boolean;
  /** Whether an entry may be kept out of the site with `draft: true`. */
  drafts: boolean;
  /**
   * Dates that record what has happened (a decision signed, a story published, a report received):
   * never after the day the content is checked (src/validation/index.ts).
   */
  pastDates: readonly (readonly string[])[];
}

/** A schema that has no image field: the same whoever loads it. */
const fixed = <S extends z.ZodType>(schema: S) => (_image?: z.ZodType) => schema;

/** Every folder collection. Add one line here for a new collection; nothing else lists them. */
export const COLLECTIONS = {
  documents: { folder: 'documents', ext: '.md', makeSchema: fixed(documentSchema), media: false, drafts: true, pastDates: [['date']] },
  criteria: { folder: 'criteria', ext: '.md', makeSchema: fixed(criteriaSchema), media: false, drafts: false, pastDates: [] },
  units: { folder: 'units', ext: '.yml', makeSchema: fixed(unitSchema), media: false, drafts: false, pastDates: [] },
  initiatives: { folder: 'initiatives', ext: '.md', makeSchema: (image) => makeInitiativeSchema(image), media: true, drafts: true, pastDates: [] },
  honors: { folder: 'honors', ext: '.yml', makeSchema: fixed(honorSchema), media: false, drafts: true, pastDates: [['decision', 'date']] },
  stories: { folder: 'stories', ext: '.md', makeSchema: (image) => makeStorySchema(image), media: true, drafts: true, pastDates: [['date']] },
  reports: { folder: 'reports', ext: '.yml', makeSchema: fixed(reportSchema), media: false, drafts: false, pastDates: [['submitted']] },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The schema the validator and the CMS use: images are file names beside the entry. */
export function schemaOf(name: CollectionName): z.ZodType {
  return (COLLECTIONS[name] as CollectionSpec).makeSchema();
}

export interface RootFileSpec {
  schema: z.ZodType;
  /** The only file allowed to carry a phone number or e-mail address (the official contact). */
  contact: boolean;
  required: boolean;
}

/** Single files at the top of the content folder. */
export const ROOT_FILES = {
  'site.yml': { schema: siteSchema, contact: true, required: true },
  'tu-viet-tat.yml': { schema: glossarySchema, contact: false, required: false },
} as const satisfies Record<string, RootFileSpec>;
export type RootFileName = keyof typeof ROOT_FILES;

/** An entry's file name without extension: lower-case ASCII words joined by single dashes. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Image formats published through sharp, by extension (the validator also checks the content). */
export const MEDIA_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/**
 * The one file allowed in a folder without being an entry or an image: git keeps no empty
 * folders, so an empty collection holds `.gitkeep`.
 */
export const PLACEHOLDER = '.gitkeep';

/**
 * The glob Astro loads a collection with: one level, lower-case first character, the entry
 * extension. It never matches a README.md, a hidden file, another extension or a nested folder,
 * which the validator reports; names it does match but the validator refuses (upper case inside,
 * underscores) stop the build before Astro runs.
 */
export function entryGlob(name: CollectionName): string {
  return `[a-z0-9]*${COLLECTIONS[name].ext}`;
}

/** Whether `name` (a file name inside a collection's folder) is an entry of that collection. */
export function isEntryName(name: string, collection: CollectionName): boolean {
  const { ext } = COLLECTIONS[collection];
  return name.endsWith(ext) && ENTRY_ID.test(name.slice(0, -ext.length));
}

/** Whether `name` is an image the collection may hold beside its entries. */
export function isMediaName(name: string, collection: CollectionName): boolean {
  if (!COLLECTIONS[collection].media) return false;
  const dot = name.lastIndexOf('.');
  return dot > 0 && (MEDIA_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
}
