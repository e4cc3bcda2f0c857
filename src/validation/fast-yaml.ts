/**
 * A parser for the plain subset of YAML that the CMS and the generator write (keys, numbers,
 * booleans, slugs, plain or double-quoted text without escapes, flow lists of those, block
 * lists of scalars or of one-level maps). js-yaml spends most of a large validation run on
 * these; anything outside the subset returns undefined and js-yaml reads the file instead,
 * so the result is always what js-yaml (core schema) would give. tests/unit/validate-fast-yaml
 * compares both on every content set.
 *
 * It runs once per entry (13,000 times for a large set), so keys and the usual scalars are
 * read with character tests rather than regular expressions; each test below states the
 * pattern it stands for.
 */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ,.()/%–+-]*$/u;
const INT = /^-?(?:0|[1-9]\d{0,14})$/;
const FLOAT = /^-?(?:0|[1-9]\d{0,14})\.\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WORDS = /^(?:null|true|false|yes|no|on|off|nan|inf)$/i;
/** Flow-list items: double-quoted without escapes, or plain without brackets, quotes or commas. */
const ITEM = /\s*(?:"([^"\\]*)"|([^",[\]{}#]+?))\s*(?:,|$)/y;
/** Characters that ITEM treats apart from a plain item (quotes, brackets, braces, comments, escapes). */
const SPECIAL_IN_FLOW = /["[\]{}#\\]/;
/** What `.` does not match: a line holding one is not a `key: value` line. */
const TERMINATOR = /[\r\u2028\u2029]/;
const BAIL = Symbol('bail');
type Value = unknown;

/** Whether the source holds a line terminator other than "\n" (then lines are checked one by one). */
let terminators = false;

/**
 * Where the colon of a `key:` or `key: rest` line starting at `start` is, as
 * /^([A-Za-z_][\w-]*):(?: (.*))?$/ reads it; -1 when the line is not one.
 */
function colonAt(line: string, start: number): number {
  const length = line.length;
  if (start >= length) return -1;
  let c = line.charCodeAt(start);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return -1;
  let j = start + 1;
  for (; j < length; j++) {
    c = line.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  if (j === length || c !== 58) return -1;
  if (j + 1 === length) return j;
  if (line.charCodeAt(j + 1) !== 32) return -1;
  return terminators && TERMINATOR.test(line) ? -1 : j;
}

/**
 * Keys as property names V8 already knows: a key cut from a line is a new string, and every
 * lookup or store with one first searches the string table. The few distinct keys of a
 * content set are looked up once each, then reused.
 */
const NAMES = new Map<string, string>();
function name(line: string, from: number, to: number): string {
  const raw = line.slice(from, to);
  let known = NAMES.get(raw);
  if (known === undefined) {
    known = Object.keys({ [raw]: 0 })[0] ?? raw;
    if (NAMES.size < 1000) NAMES.set(known, known);
  }
  return known;
}

/** The value after `key: ` (undefined for a bare `key:`). */
function restAfter(line: string, colon: number): string | undefined {
  return colon + 1 === line.length ? undefined : line.slice(colon + 2);
}

/** PLAIN.test(s), with ASCII text (slugs, dates, numbers with units) checked by hand. */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return PLAIN.test(s);
    // \p{L}\p{N} in ASCII: letters and digits; after the first, also space , . ( ) / % + -
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (i === 0 || !(c === 32 || c === 44 || c === 46 || c === 40 || c === 41 || c === 47 || c === 37 || c === 43 || c === 45)) return false;
  }
  return s.length > 0;
}

function scalar(raw: string): Value | typeof BAIL {
  const s = raw.trim();
  if (s === '') return BAIL;
  const first = s.charCodeAt(0);
  if (first === 34 /* " */) {
    if (s.length < 2 || s.charCodeAt(s.length - 1) !== 34) return BAIL;
    const inner = s.slice(1, -1);
    return inner.includes('"') || inner.includes('\\') ? BAIL : inner;
  }
  const digit = first >= 48 && first <= 57;
  // INT and FLOAT begin with "-" or a digit.
  if (digit || first === 45) {
    if (INT.test(s)) return Number(s);
    if (FLOAT.test(s)) return Number(s);
  }
  if (s === 'true' || s === 'false') return s === 'true';
  if (digit && !DATE.test(s)) return BAIL; // 0x.., 1e3, 1_000, 010: leave to js-yaml
  // WORDS are 2 to 5 letters long.
  if (!plain(s) || s.includes(' -') || (s.length <= 5 && WORDS.test(s))) return BAIL;
  const last = s.charCodeAt(s.length - 1);
  if (last === 32 || last === 44) return BAIL; // /[ ,]$/
  return s;
}

function flow(raw: string): Value[] | typeof BAIL {
  const s = raw.trim();
  if (s.at(-1) !== ']') return BAIL;
  const inner = s.slice(1, -1).trim();
  if (inner === '') return [];
  const out: Value[] = [];
  if (!SPECIAL_IN_FLOW.test(inner)) {
    // Only plain items: ITEM then reads each comma-separated piece with its spaces trimmed,
    // and an empty or blank piece (a trailing comma too) is refused.
    for (const piece of inner.split(',')) {
      const v = scalar(piece);
      if (v === BAIL) return BAIL;
      out.push(v);
    }
    return out;
  }
  let at = 0;
  while (at < inner.length) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(inner);
    if (!m || ITEM.lastIndex === at) return BAIL;
    if (m[1] !== undefined) out.push(m[1]);
    else {
      const v = scalar(m[2]!);
      if (v === BAIL) return BAIL;
      out.push(v);
    }
    at = ITEM.lastIndex;
  }
  return /,\s*$/.test(inner) ? BAIL : out;
}

/** Whether `c` is a character String.prototype.trim might remove (anything but printable ASCII). */
function mayBeSpace(c: number): boolean {
  return c <= 32 || c >= 127;
}

function value(raw: string): Value | typeof BAIL {
  const first = raw.charCodeAt(0);
  if (first === 91 /* [ */) return flow(raw);
  return !mayBeSpace(first) || !raw.trimStart().startsWith('[') ? scalar(raw) : flow(raw);
}

export function fastYaml(source: string): Record<string, unknown> | undefined {
  terminators = TERMINATOR.test(source);
  const lines = source.split('\n');
  const out: Record<string, unknown> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // Blank: only spaces and tabs (YAML's whitespace; a no-break or ideographic space is content).
    if (line === '' || (mayBeSpace(line.charCodeAt(0)) && /^[ \t]*$/.test(line))) { i++; continue; }
    const colon = colonAt(line, 0);
    if (colon < 0) return undefined;
    const key = name(line, 0, colon);
    if (key in out) return undefined;
    const rest = restAfter(line, colon);
    i++;
    if (rest !== undefined && rest.trim() !== '') {
      const v = value(rest);
      if (v === BAIL) return undefined;
      out[key] = v;
      continue;
    }
    // A block below: "  - item" lines (scalars or one-level maps) or "  key: value" lines.
    const from = i;
    while (i < lines.length && (lines[i] === '' || lines[i]!.startsWith('  '))) i++;
    let to = i;
    while (to > from && lines[to - 1] === '') to--;
    if (to === from) { out[key] = null; continue; }
    for (let k = from; k < to; k++) if (lines[k] === '') return undefined;
    if (lines[from]!.startsWith('  - ')) {
      const list: unknown[] = [];
      for (let k = from; k < to; k++) {
        const l = lines[k]!;
        if (l.startsWith('  - ')) {
          const c = colonAt(l, 4);
          const itemRest = c < 0 ? undefined : restAfter(l, c);
          if (itemRest !== undefined) {
            const v = value(itemRest);
            if (v === BAIL) return undefined;
            list.push({ [name(l, 4, c)]: v });
          } else {
            const body = l.slice(4);
            if (c >= 0 || body.trimStart().startsWith('-')) return undefined;
            const v = value(body);
            if (v === BAIL) return undefined;
            list.push(v);
          }
        } else if (l.startsWith('    ') && l.charCodeAt(4) !== 32) {
          const last = list.at(-1);
          const c = colonAt(l, 4);
          const itemRest = c < 0 ? undefined : restAfter(l, c);
          // Only a map item takes more keys ("- [x, y]" followed by "  k: v" is an error to YAML).
          if (itemRest === undefined || typeof last !== 'object' || last === null || Array.isArray(last)) return undefined;
          const field = name(l, 4, c);
          if (field in last) return undefined;
          const v = value(itemRest);
          if (v === BAIL) return undefined;
          (last as Record<string, unknown>)[field] = v;
        } else return undefined;
      }
      out[key] = list;
    } else {
      const map: Record<string, unknown> = {};
      for (let k = from; k < to; k++) {
        const l = lines[k]!;
        // "  key: value", indented by exactly two spaces.
        const c = l.charCodeAt(2) !== 32 ? colonAt(l, 2) : -1;
        const itemRest = c < 0 ? undefined : restAfter(l, c);
        if (itemRest === undefined) return undefined;
        const field = name(l, 2, c);
        if (field in map) return undefined;
        const v = value(itemRest);
        if (v === BAIL) return undefined;
        map[field] = v;
      }
      out[key] = map;
    }
  }
  return out;
}
