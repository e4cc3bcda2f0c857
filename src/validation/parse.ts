/**
 * Entry text to data: the front matter of a Markdown file or a whole YAML file. YAML is read with
 * the core schema, so dates stay text and "2026-02-30" reaches the schema as written. Plain YAML
 * (what the CMS and the generator write) goes through fast-yaml; anything else is first parsed by
 * the `yaml` package WITHOUT being expanded, and refused before any expansion could cost time or
 * memory when it holds anchors or aliases (staff never write them, the CMS never does), nests
 * deeper than MAX_DEPTH, repeats a key or breaks the syntax. Only then does js-yaml read it.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isAlias, isCollection, isNode, isScalar, LineCounter, parseDocument, visit, type ErrorCode } from 'yaml';
import type { EntryExtension } from '../schemas/collections.ts';
import { fastYaml } from './fast-yaml.ts';
import type { Problem } from './messages.ts';

/** Deepest nesting of lists and groups a content file may have (the schemas need 3). */
export const MAX_DEPTH = 6;

export type LineOf = (p: readonly PropertyKey[]) => number | undefined;
export interface Parsed { data: unknown; lineOf: LineOf }

/** What the `yaml` package's error codes mean, for staff. */
const YAML_ERRORS: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'có trường bị khai báo hai lần',
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; hãy dùng dấu cách',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc hoặc dấu nháy)',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng',
  BLOCK_AS_IMPLICIT_KEY: 'tên trường không hợp lệ',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt giá trị trong dấu nháy kép',
  BAD_DQ_ESCAPE: 'dấu \\ trong dấu nháy kép không hợp lệ',
  MULTIPLE_DOCS: 'chỉ được có một khối nội dung (bỏ dòng "---" thừa)',
  KEY_OVER_1024_CHARS: 'tên trường quá dài',
};

const syntax = (detail: string) => `lỗi cú pháp YAML: ${detail}`;

export function parseEntry(text: string, ext: EntryExtension, file: string, problems: Problem[]): Parsed | undefined {
  if (ext === '.yml') return parseYaml(text, file, 0, problems);
  const m = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text);
  if (!m) {
    problems.push({ file, message: 'thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng "---"' });
    return undefined;
  }
  return parseYaml(m[1]!, file, 1, problems);
}

export function parseYaml(source: string, file: string, offset: number, problems: Problem[]): Parsed | undefined {
  let data: unknown = fastYaml(source);
  if (data === undefined) {
    if (!safeYaml(source, file, offset, problems)) return undefined;
    try {
      data = load(source, { schema: CORE_SCHEMA }) ?? {};
    } catch (err) {
      // Checked by `yaml` already; js-yaml may still disagree on a rare construct.
      const e = err as { mark?: { line: number } };
      problems.push({ file, message: syntax('không đọc được nội dung'), line: e.mark ? e.mark.line + 1 + offset : undefined });
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({ file, message: 'nội dung phải là các cặp "trường: giá trị"' });
    return undefined;
  }
  return { data, lineOf: lineFinder(source, offset) };
}

/** Parses without expanding anything; false (with problems) when the source must not be loaded. */
function safeYaml(source: string, file: string, offset: number, problems: Problem[]): boolean {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  } catch {
    problems.push({ file, message: syntax('nội dung lồng nhau quá sâu') });
    return false;
  }
  const lineAt = (pos: number | undefined) => (pos === undefined ? undefined : lineCounter.linePos(pos).line + offset);
  const before = problems.length;
  for (const error of doc.errors) {
    problems.push({ file, message: syntax(YAML_ERRORS[error.code] ?? 'không đọc được nội dung'), line: lineAt(error.pos[0]) });
  }
  if (problems.length > before) return false;
  let refused = false;
  visit(doc, (_key, node, path) => {
    if (isAlias(node) || ((isScalar(node) || isCollection(node)) && node.anchor)) {
      problems.push({ file, message: 'có ký hiệu neo/tham chiếu YAML (& hoặc *); hãy viết giá trị trực tiếp, hoặc đặt trong dấu nháy kép nếu đó là chữ', line: lineAt(node.range?.[0]) });
      refused = true;
      return visit.BREAK;
    }
    const depth = path.filter((p) => isCollection(p)).length;
    if (isCollection(node) && depth >= MAX_DEPTH) {
      problems.push({ file, message: `nội dung lồng nhau quá ${MAX_DEPTH} tầng`, line: lineAt(node.range?.[0]) });
      refused = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return !refused;
}

/** The line of a field, found by a second parse with positions only when a problem needs one. */
function lineFinder(source: string, offset: number): LineOf {
  let doc: ReturnType<typeof parseDocument> | undefined;
  let lineCounter: LineCounter | undefined;
  return (p) => {
    lineCounter ??= new LineCounter();
    doc ??= parseDocument(source, { lineCounter });
    for (let n = p.length; n > 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + offset;
    }
    return undefined;
  };
}
