/**
 * Validates a whole content directory, one step per module: list the folder by the collection
 * registry (files.ts), read each file whole (read.ts, read-ahead.ts for large folders), decode it
 * (text.ts), look for personal data (privacy.ts) and for what its Markdown body would lose
 * (body.ts), parse it (parse.ts), check it against its schema (schema.ts), check the images it
 * names (images.ts) and that no date of what has happened is still to come, then the links between
 * entries (references.ts) and to sections of pages (anchors.ts). Every problem is reported;
 * nothing is skipped. Free of Astro, so scripts, tests and the publishing server share it; no state
 * outlives a call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, ROOT_FILES, schemaOf, type CollectionName, type CollectionSpec } from '../schemas/collections.ts';
import { todayInVietnam } from '../node/today.ts';
import { checkAnchors } from './anchors.ts';
import { bodyOf, checkBody } from './body.ts';
import { checkEntryImage } from './images.ts';
import { formatProblem, type Problem } from './messages.ts';
import { parseEntry, parseYaml } from './parse.ts';
import { findPersonalData } from './privacy.ts';
import { MAX_TEXT_BYTES, NOT_REGULAR, TOO_LARGE, newScratch, readInto, type Scratch } from './read.ts';
import { ReadAhead } from './read-ahead.ts';
import { checkReferences, type CheckedEntry } from './references.ts';
import { checkSchema } from './schema.ts';
import { decodeText, forbiddenCharacters } from './text.ts';
import { listContent } from './files.ts';

export type { CollectionName };
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

/** From this many entries on, a second thread reads the files ahead of the checks (read-ahead.ts). */
const READ_AHEAD_FROM = 1000;

export interface ValidateOptions {
  /** Read files on a second thread: by default from READ_AHEAD_FROM entries on. */
  readAhead?: boolean;
  /** The day the content is checked against (YYYY-MM-DD): today in Vietnam, or BUILD_DATE. */
  today?: string;
}

/**
 * A date that records what has happened (COLLECTIONS[…].pastDates) and is after `today`: a
 * decision not yet signed, a story dated next year by a slip of the keyboard (it would head the
 * news for a year). A month-only date (a document's) is compared by its month. A draft may be
 * prepared ahead (an award entered before its decision is signed): it is checked once published.
 */
function futureDates(collection: CollectionName, data: Record<string, unknown>, today: string, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  if (data.draft === true) return problems;
  for (const at of (COLLECTIONS[collection] as CollectionSpec).pastDates) {
    const value = at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
    if (typeof value !== 'string' || value <= today.slice(0, value.length)) continue;
    problems.push({ file, field: at.join('.'), message: `ngày ${value} chưa tới (hôm nay là ${today}); chỉ ghi ngày việc đã diễn ra`, line: lineOf(at) });
  }
  return problems;
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Reads one file as text, or records why it cannot be read. `ahead` holds bytes already read. */
function readText(file: string, rel: string, problems: Problem[], scratch: Scratch, ahead?: Buffer): string | undefined {
  let bytes = ahead;
  if (!bytes) {
    let n: number;
    try {
      n = readInto(file, scratch);
    } catch (err) {
      problems.push({ file: rel, message: `không mở được tệp (${(err as NodeJS.ErrnoException).code ?? 'lỗi đọc'})` });
      return undefined;
    }
    if (n === NOT_REGULAR) {
      problems.push({ file: rel, message: 'không phải tệp thường; hãy xoá nó khỏi thư mục nội dung' });
      return undefined;
    }
    if (n === TOO_LARGE) {
      problems.push({ file: rel, message: `tệp lớn hơn ${MB(MAX_TEXT_BYTES)}, giới hạn của một mục; hãy chia nội dung thành nhiều mục` });
      return undefined;
    }
    bytes = scratch.buffer.subarray(0, n);
  }
  const text = decodeText(bytes);
  if (text === undefined) problems.push({ file: rel, message: 'tệp không phải UTF-8; hãy lưu lại với bảng mã UTF-8' });
  return text;
}

export async function validateContent(dir: string, relativeTo: string = process.cwd(), options: ValidateOptions = {}): Promise<ValidationResult> {
  const root = path.resolve(dir);
  const today = options.today ?? todayInVietnam();
  const rel = (f: string) => path.relative(relativeTo, f) || f;
  const counts = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, 0])) as Record<CollectionName, number>;
  const problems: Problem[] = [];
  const finish = (entries: Entry[], readMs: number): ValidationResult => {
    problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    return { entries, counts, problems, lines: problems.map(formatProblem), readMs };
  };
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    problems.push({ file: rel(root), message: 'không có thư mục nội dung này' });
    return finish([], 0);
  }

  const listing = listContent(root, rel);
  problems.push(...listing.problems);
  // Built once per run: a schema is a tree of objects, not something to rebuild per entry.
  const schemas = new Map(COLLECTION_NAMES.map((c) => [c, schemaOf(c)]));
  const scratch = newScratch();
  let readMs = 0;

  /** The site's own origin (site.yml `url`): a full address of it in a body is a link within the site. */
  let siteOrigin: string | undefined;
  // Single files at the top: site.yml is the only file that may carry contact details.
  for (const { name, path: file, rel: relFile } of listing.rootFiles) {
    const started = performance.now();
    const text = readText(file, relFile, problems, scratch);
    readMs += performance.now() - started;
    if (text === undefined) continue;
    problems.push(...forbiddenCharacters(text, relFile));
    if (!ROOT_FILES[name].contact) for (const hit of findPersonalData(text)) problems.push({ file: relFile, message: hit.message, line: hit.line });
    const parsed = parseYaml(text, relFile, 0, problems);
    if (!parsed) continue;
    const { data, problems: found } = checkSchema(ROOT_FILES[name].schema, parsed, relFile);
    problems.push(...found);
    if (name === 'site.yml' && data && typeof data.url === 'string') siteOrigin = new URL(data.url).origin;
  }

  const checked: CheckedEntry[] = [];
  const imageChecks: Promise<Problem[]>[] = [];
  const toRead = listing.entries;
  let ahead: ReadAhead | undefined;
  if (toRead.length && (options.readAhead ?? toRead.length >= READ_AHEAD_FROM)) {
    try {
      ahead = new ReadAhead(toRead.map((e) => e.path));
    } catch {
      ahead = undefined; // no second thread to be had: this one reads everything
    }
  }
  try {
    toRead.forEach(({ collection, id, path: file, rel: relFile }, i) => {
      const bytes = ahead?.take(i);
      const started = ahead ? 0 : performance.now();
      const text = readText(file, relFile, problems, scratch, bytes);
      if (!ahead) readMs += performance.now() - started;
      if (text === undefined) return;
      problems.push(...forbiddenCharacters(text, relFile));
      for (const hit of findPersonalData(text)) problems.push({ file: relFile, message: hit.message, line: hit.line });
      const body = COLLECTIONS[collection].ext === '.md' ? checkBody(text, relFile, COLLECTIONS[collection].media, siteOrigin) : undefined;
      if (body) problems.push(...body.problems);
      const parsed = parseEntry(text, COLLECTIONS[collection].ext, relFile, problems);
      if (!parsed) return;
      const { data, problems: found } = checkSchema(schemas.get(collection)!, parsed, relFile);
      problems.push(...found);
      if (data) problems.push(...futureDates(collection, data, today, relFile, parsed.lineOf));
      checked.push({ collection, id, file: relFile, data: data ?? (parsed.data as Record<string, unknown>), lineOf: parsed.lineOf, valid: data !== undefined, links: body?.links ?? [], body: body ? bodyOf(text) : undefined });
      if (data && typeof data.image === 'string') imageChecks.push(checkEntryImage(path.dirname(file), data.image, listing.media, relFile, parsed.lineOf(['image'])));
    });
  } finally {
    ahead?.close();
    readMs += ahead?.waitMs ?? 0;
  }
  for (const found of await Promise.all(imageChecks)) problems.push(...found);
  problems.push(...checkReferences(checked), ...(await checkAnchors(checked)));

  const entries: Entry[] = [];
  for (const { collection, id, file, data, valid } of checked) {
    if (!valid) continue;
    entries.push({ collection, id, file, data });
    counts[collection]++;
  }
  return finish(entries, readMs);
}
