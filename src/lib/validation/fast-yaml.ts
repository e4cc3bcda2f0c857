/**
 * A parser for the plain subset of YAML that the CMS and the generator write (keys, numbers,
 * booleans, slugs, plain or double-quoted text without escapes, flow lists of those, block
 * lists of scalars or of one-level maps). js-yaml spends most of a large validation run on
 * these; anything outside the subset returns undefined and js-yaml reads the file instead,
 * so the result is always what js-yaml (core schema) would give. tests/unit/validate-fast-yaml
 * compares both on every content set.
 */
const KEY = /^([A-Za-z_][\w-]*):(?: (.*))?$/;
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ,.()/%–+-]*$/u;
const BAIL = Symbol('bail');
type Value = unknown;

function scalar(raw: string): Value | typeof BAIL {
  const s = raw.trim();
  if (s === '') return BAIL;
  if (s[0] === '"') {
    if (s.length < 2 || s.at(-1) !== '"') return BAIL;
    const inner = s.slice(1, -1);
    return inner.includes('"') || inner.includes('\\') ? BAIL : inner;
  }
  if (/^-?(?:0|[1-9]\d{0,14})$/.test(s)) return Number(s);
  if (/^-?(?:0|[1-9]\d{0,14})\.\d+$/.test(s)) return Number(s);
  if (s === 'true' || s === 'false') return s === 'true';
  if (/^\d/.test(s) && !/^\d{4}-\d{2}-\d{2}$/.test(s)) return BAIL; // 0x.., 1e3, 1_000, 010: leave to js-yaml
  if (!PLAIN.test(s) || s.includes(' -') || /^(?:null|true|false|yes|no|on|off|nan|inf)$/i.test(s)) return BAIL;
  if (/[ ,]$/.test(s)) return BAIL;
  return s;
}

function flow(raw: string): Value[] | typeof BAIL {
  const s = raw.trim();
  if (s.at(-1) !== ']') return BAIL;
  const inner = s.slice(1, -1).trim();
  if (inner === '') return [];
  const out: Value[] = [];
  // Items: double-quoted without escapes, or plain without brackets, quotes or commas.
  const item = /\s*(?:"([^"\\]*)"|([^",[\]{}#]+?))\s*(?:,|$)/y;
  let at = 0;
  while (at < inner.length) {
    item.lastIndex = at;
    const m = item.exec(inner);
    if (!m || item.lastIndex === at) return BAIL;
    if (m[1] !== undefined) out.push(m[1]);
    else {
      const v = scalar(m[2]!);
      if (v === BAIL) return BAIL;
      out.push(v);
    }
    at = item.lastIndex;
  }
  return /,\s*$/.test(inner) ? BAIL : out;
}

function value(raw: string): Value | typeof BAIL {
  return raw.trimStart().startsWith('[') ? flow(raw) : scalar(raw);
}

export function fastYaml(source: string): Record<string, unknown> | undefined {
  const lines = source.split('\n');
  const out: Record<string, unknown> = {};
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') { i++; continue; }
    const m = KEY.exec(line);
    if (!m || m[1]! in out) return undefined;
    const key = m[1]!;
    const rest = m[2];
    i++;
    if (rest !== undefined && rest.trim() !== '') {
      const v = value(rest);
      if (v === BAIL) return undefined;
      out[key] = v;
      continue;
    }
    // A block below: "  - item" lines (scalars or one-level maps) or "  key: value" lines.
    const block: string[] = [];
    while (i < lines.length && (lines[i] === '' || lines[i]!.startsWith('  '))) block.push(lines[i++]!);
    while (block.length && block.at(-1) === '') block.pop();
    if (!block.length) { out[key] = null; continue; }
    if (block.some((l) => l === '')) return undefined;
    if (block[0]!.startsWith('  - ')) {
      const list: unknown[] = [];
      for (const l of block) {
        if (l.startsWith('  - ')) {
          const body = l.slice(4);
          const km = KEY.exec(body);
          if (km && km[2] !== undefined) {
            const v = value(km[2]);
            if (v === BAIL) return undefined;
            list.push({ [km[1]!]: v });
          } else {
            if (km || body.trimStart().startsWith('-')) return undefined;
            const v = value(body);
            if (v === BAIL) return undefined;
            list.push(v);
          }
        } else if (l.startsWith('    ') && !l.startsWith('     ')) {
          const last = list.at(-1);
          const km = KEY.exec(l.slice(4));
          if (!km || km[2] === undefined || typeof last !== 'object' || last === null || km[1]! in last) return undefined;
          const v = value(km[2]);
          if (v === BAIL) return undefined;
          (last as Record<string, unknown>)[km[1]!] = v;
        } else return undefined;
      }
      out[key] = list;
    } else {
      const map: Record<string, unknown> = {};
      for (const l of block) {
        const km = l.startsWith('  ') && !l.startsWith('   ') ? KEY.exec(l.slice(2)) : null;
        if (!km || km[2] === undefined || km[1]! in map) return undefined;
        const v = value(km[2]);
        if (v === BAIL) return undefined;
        map[km[1]!] = v;
      }
      out[key] = map;
    }
  }
  return out;
}
