/**
 * One Vietnamese line per problem: `path/to/file.md: trường "year": năm 2031 nằm ngoài 2026–2030`.
 * The zod error map below covers what the schemas' own messages (src/schemas/common.ts) do not.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';

export interface Problem {
  file: string;
  /** Dotted field path, or undefined for a problem with the file as a whole. */
  field?: string;
  message: string;
  line?: number;
}

export function formatProblem(p: Problem): string {
  const where = p.field ? ` trường "${p.field}":` : '';
  const line = p.line ? ` (dòng ${p.line})` : '';
  return `${p.file}:${where} ${p.message}${line}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ', number: 'một số', boolean: 'true hoặc false', array: 'một danh sách', object: 'một nhóm trường',
  date: 'một ngày',
};

/** Fallback messages for zod issues that carry no message of the schema's own. */
export const viErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'bắt buộc, chưa có giá trị' : `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `cần ít nhất ${String(issue.minimum)} mục` : `quá nhỏ (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      return issue.origin === 'array' ? `nhiều nhất ${String(issue.maximum)} mục` : `quá lớn (tối đa ${String(issue.maximum)})`;
    case 'invalid_value':
      return `giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'sai định dạng';
    default:
      return undefined;
  }
};

/** Keys an object schema allows at `path` (walking arrays and nested objects), for "did you mean". */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (n: unknown): unknown => {
    let cur = n as { def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown } } | undefined;
    while (cur?.def && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(cur.def.type ?? '')) {
      cur = (cur.def.innerType ?? cur.def.in) as typeof cur;
    }
    return cur;
  };
  for (const key of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array' && typeof key === 'number') node = def.element;
    else if (def?.type === 'object' && typeof key === 'string') node = def.shape?.[key];
    else return [];
  }
  const def = (unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** `không có trong mẫu nhập; có phải là "title"?` (the line already names the field). */
export function unknownKeyMessage(key: string, known: string[]): string {
  const guess = known.length ? closest(key, known) : undefined;
  return `không có trong mẫu nhập${guess ? `; có phải là "${guess}"?` : ''}`;
}
