/**
 * Validates a whole content directory: every file of every collection is read (UTF-8 with or
 * without BOM, CRLF or LF, NFD or NFC), parsed, checked against its schema (the same modules the
 * build uses), against the links between entries and against the privacy rules. Every problem
 * is reported; nothing is skipped. Pure of Astro, so scripts, tests and the CMS share it.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { slugify } from '../slug.ts';
import { criteriaSchema } from '../../schemas/criteria.ts';
import { documentSchema } from '../../schemas/document.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { honorSchema } from '../../schemas/honor.ts';
import { initiativeSchema } from '../../schemas/initiative.ts';
import { reportSchema } from '../../schemas/report.ts';
import { siteSchema } from '../../schemas/site.ts';
import { storySchema } from '../../schemas/story.ts';
import { unitSchema } from '../../schemas/unit.ts';
import { formatProblem, knownKeysAt, unknownKeyMessage, viErrorMap, type Problem } from './messages.ts';
import { fastYaml } from './fast-yaml.ts';
import { findPersonalData } from './privacy.ts';
import { ReadAhead } from './read-ahead.ts';

/** Every collection: its folder, the file type of its entries and its schema. Add one line per new collection. */
export const COLLECTIONS = {
  documents: { ext: '.md', schema: documentSchema },
  criteria: { ext: '.md', schema: criteriaSchema },
  units: { ext: '.yml', schema: unitSchema },
  initiatives: { ext: '.md', schema: initiativeSchema },
  honors: { ext: '.yml', schema: honorSchema },
  stories: { ext: '.md', schema: storySchema },
  reports: { ext: '.yml', schema: reportSchema },
} as const satisfies Record<string, { ext: '.md' | '.yml'; schema: z.ZodType }>;
export type CollectionName = keyof typeof COLLECTIONS;

/** Single files at the top of the content folder. Only `contact` files may carry a phone or e-mail. */
export const ROOT_FILES: Record<string, { schema: z.ZodType; contact?: boolean }> = {
  'site.yml': { schema: siteSchema, contact: true },
  'tu-viet-tat.yml': { schema: glossarySchema },
};

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const IGNORED = new Set(['.gitkeep', '.DS_Store', 'README.md']);

export interface Entry { collection: CollectionName; id: string; file: string; data: Record<string, unknown> }
export interface ValidationResult {
  entries: Entry[];
  counts: Record<CollectionName, number>;
  problems: Problem[];
  /** The problems as the Vietnamese lines `npm run validate` prints. */
  lines: string[];
  /**
   * Milliseconds spent reading files from disk (the rest of the run is the checking itself); for a
   * large folder, the time spent waiting for the files that a second thread reads ahead.
   */
  readMs: number;
}

let readMs = 0;

type LineOf = (p: readonly PropertyKey[]) => number | undefined;
interface Parsed { data: unknown; lineOf: LineOf }

/** One buffer for every file (grown when a file is larger): no allocation and no fstat per file. */
let buffer = Buffer.allocUnsafe(1 << 16);

/** The whole file into `buffer`; returns its length. */
function readBytes(file: string): number {
  const fd = fs.openSync(file, 'r');
  try {
    let n = 0;
    for (;;) {
      if (n === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, n);
        buffer = bigger;
      }
      const got = fs.readSync(fd, buffer, n, buffer.length - n, null);
      if (got === 0) return n;
      n += got;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a file as text the way the site will: strict UTF-8, BOM dropped, LF, NFC. `read` holds
 * the bytes when the read-ahead thread has read the file already.
 */
function readText(file: string, rel: string, problems: Problem[], read?: Buffer): string | undefined {
  let bytes = read;
  if (!bytes) {
    const started = performance.now();
    bytes = buffer.subarray(0, readBytes(file));
    readMs += performance.now() - started;
  }
  // Strict UTF-8 as TextDecoder({ fatal: true }) reads it, which drops one leading BOM.
  if (!isUtf8(bytes)) {
    problems.push({ file: rel, message: 'tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8' });
    return undefined;
  }
  const length = bytes.length;
  const bom = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('utf8', bom, length);
  const lf = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (lf.includes('\r') ? lf.replace(/\r\n?/g, '\n') : lf).normalize('NFC');
}

/**
 * YAML with the core schema: dates stay text, so "2026-02-30" reaches the schema as written
 * instead of rolling over to 2 March. js-yaml parses (fast); the `yaml` package, which keeps
 * source positions, runs only when a line number is wanted for a problem.
 */
function parseYaml(source: string, rel: string, offset: number, problems: Problem[]): Parsed | undefined {
  let data: unknown;
  try {
    data = fastYaml(source) ?? load(source, { schema: CORE_SCHEMA }) ?? {};
  } catch (err) {
    const e = err as { reason?: string; mark?: { line: number } };
    problems.push({ file: rel, message: `lỗi cú pháp YAML: ${e.reason ?? String(err)}`, line: e.mark ? e.mark.line + 1 + offset : undefined });
    return undefined;
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: rel, message: 'nội dung phải là các cặp "trường: giá trị"' });
    return undefined;
  }
  // Built only when a problem needs a line: most files never pay for a second parse.
  let doc: ReturnType<typeof parseDocument> | undefined;
  let lineCounter: LineCounter | undefined;
  const lineOf = (p: readonly PropertyKey[]) => {
    lineCounter ??= new LineCounter();
    doc ??= parseDocument(source, { lineCounter });
    for (let n = p.length; n > 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + offset;
    }
    return undefined;
  };
  return { data, lineOf };
}

function parseEntry(text: string, ext: string, rel: string, problems: Problem[]): Parsed | undefined {
  if (ext === '.yml') return parseYaml(text, rel, 0, problems);
  const m = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text);
  if (!m) {
    problems.push({ file: rel, message: 'thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng "---"' });
    return undefined;
  }
  return parseYaml(m[1]!, rel, 1, problems);
}

function schemaProblems(schema: z.ZodType, parsed: Parsed, rel: string): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = schema.safeParse(parsed.data, { error: viErrorMap });
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = [...issue.path, key];
        problems.push({ file: rel, field: at.join('.'), message: unknownKeyMessage(key, knownKeysAt(schema, issue.path)), line: parsed.lineOf(at) });
      }
      continue;
    }
    problems.push({ file: rel, field: issue.path.join('.') || undefined, message: issue.message, line: parsed.lineOf(issue.path) });
  }
  return { problems };
}

/** Folders are read in name order (byte order, as the site lists them). */
function listFolder(folder: string): fs.Dirent[] {
  return fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Whether a folder item is an entry to read (anything else is skipped or reported without reading). */
function isEntryFile(dirent: fs.Dirent, ext: string): boolean {
  return !IGNORED.has(dirent.name) && !IMAGE.test(dirent.name) && !dirent.isDirectory() && dirent.name.endsWith(ext);
}

/** From this many entries on, a second thread reads the files ahead of the checks (read-ahead.ts). */
const READ_AHEAD_FROM = 1000;

export interface ValidateOptions {
  /** Read files on a second thread: by default from READ_AHEAD_FROM entries on. */
  readAhead?: boolean;
}

export function validateContent(dir: string, relativeTo: string = process.cwd(), options: ValidateOptions = {}): ValidationResult {
  const root = path.resolve(dir);
  readMs = 0;
  const rel = (f: string) => path.relative(relativeTo, f) || f;
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  /** Entries that failed their schema: not counted, but their links are checked too. */
  const unchecked: Entry[] = [];
  /** How to find a field's line in each entry and each unchecked entry, in the same order. */
  const entryLines: LineOf[] = [];
  const uncheckedLines: LineOf[] = [];
  const counts = Object.fromEntries(Object.keys(COLLECTIONS).map((c) => [c, 0])) as Record<CollectionName, number>;

  if (!fs.existsSync(root)) {
    problems.push({ file: rel(root), message: 'không có thư mục nội dung này' });
    return { entries, counts, problems, lines: problems.map(formatProblem), readMs };
  }

  // Every collection's folder is listed first, so that the read-ahead thread can start on the
  // entries while the files at the top are checked. Should listing fail, nothing is read ahead
  // and the folders are listed again below, where the same error stops the run.
  const listings = new Map<CollectionName, { dirents: fs.Dirent[]; first: number }>();
  /** Every entry file in the order of checking; a collection's own start at `first`. */
  const toRead: string[] = [];
  try {
    for (const [collection, { ext }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
      const folder = path.join(root, collection);
      if (!fs.existsSync(folder)) continue;
      const dirents = listFolder(folder);
      listings.set(collection, { dirents, first: toRead.length });
      for (const dirent of dirents) if (isEntryFile(dirent, ext)) toRead.push(folder + path.sep + dirent.name);
    }
  } catch {
    listings.clear();
    toRead.length = 0;
  }
  let ahead: ReadAhead | undefined;
  if (toRead.length && (options.readAhead ?? toRead.length >= READ_AHEAD_FROM)) {
    try {
      ahead = new ReadAhead(toRead);
    } catch {
      ahead = undefined; // no second thread to be had: this one reads everything
    }
  }
  try {
    checkFiles();
  } finally {
    ahead?.close();
    readMs += ahead?.waitMs ?? 0;
  }
  problems.push(...crossReferences(entries, unchecked, [...entryLines, ...uncheckedLines]));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { entries, counts, problems, lines: problems.map(formatProblem), readMs };

  function checkFiles(): void {
    // Single files at the top: site.yml is the only file that may carry contact details.
    for (const [name, { schema, contact }] of Object.entries(ROOT_FILES)) {
      const file = path.join(root, name);
      if (!fs.existsSync(file)) {
        if (name === 'site.yml') problems.push({ file: rel(file), message: 'thiếu tệp thông tin chung của trang' });
        continue;
      }
      const text = readText(file, rel(file), problems);
      if (text === undefined) continue;
      if (!contact) for (const hit of findPersonalData(text)) problems.push({ file: rel(file), message: hit.message, line: hit.line });
      const parsed = parseYaml(text, rel(file), 0, problems);
      if (parsed) problems.push(...schemaProblems(schema, parsed, rel(file)).problems);
    }

    for (const name of fs.readdirSync(root).sort()) {
      // Hidden entries (.git when the content folder is a repository of its own, .gitignore) are not content.
      if (name in ROOT_FILES || name.startsWith('.') || IGNORED.has(name) || name in COLLECTIONS) continue;
      problems.push({ file: rel(path.join(root, name)), message: 'không thuộc mục nội dung nào (chỉ có ' + Object.keys(ROOT_FILES).join(', ') + ' và các thư mục ' + Object.keys(COLLECTIONS).join(', ') + ')' });
    }

    for (const [collection, { ext, schema }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
      const folder = path.join(root, collection);
      if (!fs.existsSync(folder)) continue;
      const slugs = new Map<string, string>();
      const base = rel(folder);
      const listed = listings.get(collection);
      /** The index in `toRead` of the next entry read (when the folder was listed above). */
      let next = listed?.first ?? 0;
      for (const dirent of listed?.dirents ?? listFolder(folder)) {
        const name = dirent.name;
        const file = folder + path.sep + name; // path.join(folder, name): folder is already normal
        if (IGNORED.has(name) || IMAGE.test(name)) continue;
        const relFile = `${base}${path.sep}${name}`;
        const rel = () => relFile;
        if (dirent.isDirectory() || !name.endsWith(ext)) {
          problems.push({ file: rel(), message: `không phải một mục của "${collection}" (mỗi mục là một tệp ${ext})` });
          continue;
        }
        const id = name.slice(0, -ext.length);
        const folded = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : slugify(id);
        if (folded !== id) problems.push({ file: rel(), message: `tên tệp phải là chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ "${folded}${ext}"` });
        const twin = slugs.get(folded);
        if (twin) problems.push({ file: rel(), message: `trùng địa chỉ với ${twin} sau khi bỏ dấu và chữ hoa` });
        else slugs.set(folded, rel());

        const text = readText(file, rel(), problems, listed && ahead?.take(next++));
        if (text === undefined) continue;
        for (const hit of findPersonalData(text)) problems.push({ file: rel(), message: hit.message, line: hit.line });
        const parsed = parseEntry(text, ext, rel(), problems);
        if (!parsed) continue;
        const { data, problems: found } = schemaProblems(schema, parsed, rel());
        problems.push(...found);
        if (!data) {
          // Links are still checked on what was written, so one run reports every problem.
          const raw = { collection, id, file: rel(), data: parsed.data as Record<string, unknown> };
          unchecked.push(raw);
          uncheckedLines.push(parsed.lineOf);
          continue;
        }
        const image = data.image;
        if (typeof image === 'string') {
          const target = path.resolve(folder, image);
          if (!IMAGE.test(image)) problems.push({ file: rel(), field: 'image', message: `"${image}" không phải tệp ảnh (jpg, png, webp, avif)`, line: parsed.lineOf(['image']) });
          else if (!fs.existsSync(target)) problems.push({ file: rel(), field: 'image', message: `không tìm thấy tệp ảnh "${image}" cạnh mục này`, line: parsed.lineOf(['image']) });
        }
        entries.push({ collection, id, file: rel(), data });
        counts[collection]++;
        entryLines.push(parsed.lineOf);
      }
    }
  }
}

/** Links between entries: units, initiatives, and a report's file name. `lines[i]` belongs to `[...entries, ...unchecked][i]`. */
function crossReferences(entries: Entry[], unchecked: Entry[], lines: LineOf[]): Problem[] {
  const ids = (c: CollectionName) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));
  const units = ids('units');
  const initiatives = ids('initiatives');
  const problems: Problem[] = [];
  let lineOf: LineOf;
  const check = (e: Entry, field: (string | number)[], value: unknown, known: Set<string>, what: string) => {
    if (typeof value === 'string' && !known.has(value)) {
      problems.push({ file: e.file, field: field.join('.'), message: `không có ${what} "${value}"`, line: lineOf(field) });
    }
  };
  const all = [...entries, ...unchecked];
  for (let i = 0; i < all.length; i++) {
    const e = all[i]!;
    lineOf = lines[i]!;
    const d = e.data;
    if (e.collection === 'initiatives') check(e, ['unit'], d.unit, units, 'đơn vị');
    if (e.collection === 'stories') {
      check(e, ['unit'], d.unit, units, 'đơn vị');
      check(e, ['initiative'], d.initiative, initiatives, 'mô hình, sáng kiến');
    }
    if (e.collection === 'reports') {
      check(e, ['unit'], d.unit, units, 'đơn vị');
      if (i >= entries.length) continue; // unchecked
      const expected = `${String(d.unit)}-${String(d.year)}`;
      if (e.id !== expected) problems.push({ file: e.file, message: `tên tệp phải là "${expected}.yml" (mã đơn vị và năm của báo cáo)` });
    }
    if (e.collection === 'honors') {
      (Array.isArray(d.recipients) ? (d.recipients as ({ unit?: string; initiative?: string } | null)[]) : []).forEach((r, i) => {
        // An empty list item ("-" alone) is reported by the schema; nothing to link here.
        check(e, ['recipients', i, 'unit'], r?.unit, units, 'đơn vị');
        check(e, ['recipients', i, 'initiative'], r?.initiative, initiatives, 'mô hình, sáng kiến');
      });
    }
  }
  return problems;
}
