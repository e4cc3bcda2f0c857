/**
 * The string literals of a source file (TypeScript, JavaScript, the frontmatter and template of an
 * .astro file, CSS), with their line, and comments left out: enough to check what code spells
 * without a parser per language. A template literal's `${…}` parts become `${}` in its text, and
 * the literals inside them are returned on their own.
 */
export interface Literal {
  line: number;
  text: string;
}

/**
 * After one of these (or at the start), a `/` opens a regular expression, not a division. Not `<`:
 * in a template `</a>` closes a tag.
 */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};', undefined]);

export function stringLiterals(source: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let line = 1;
  let last: string | undefined; // last significant character of code

  const advance = () => {
    if (source[i] === '\n') line++;
    i++;
  };

  // Scans code until `stop` (a closing brace of `${`) or the end; returns at `stop` unconsumed.
  const code = (stop?: string) => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i]!;
      const next = source[i + 1];
      if (stop && c === stop && depth === 0) return;
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === '/' && next === '/') {
        while (i < source.length && source[i] !== '\n') advance();
      } else if (c === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        while (i < (end === -1 ? source.length : end + 2)) advance();
      } else if (c === '<' && source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        while (i < (end === -1 ? source.length : end + 3)) advance();
      } else if (c === "'" || c === '"') {
        quoted(c);
        last = c;
      } else if (c === '`') {
        out.push(template());
        last = c;
      } else if (c === '/' && BEFORE_REGEX.has(last)) {
        regex();
        last = '/';
      } else {
        if (!/\s/.test(c)) last = c;
        advance();
      }
    }
  };

  // A quoted string ends at its quote or, unterminated (an apostrophe in prose), at the line's end.
  const quoted = (quote: string) => {
    const start = line;
    advance();
    let text = '';
    while (i < source.length && source[i] !== quote && source[i] !== '\n') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        advance();
        advance();
      } else {
        text += source[i];
        advance();
      }
    }
    if (source[i] === quote) advance();
    out.push({ line: start, text });
  };

  const template = (): Literal => {
    const start = line;
    advance();
    let text = '';
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source[i + 1] ?? '';
        advance();
        advance();
      } else if (source[i] === '$' && source[i + 1] === '{') {
        advance();
        advance();
        code('}');
        advance();
        text += '${}';
      } else {
        text += source[i];
        advance();
      }
    }
    advance();
    return { line: start, text };
  };

  const regex = () => {
    advance();
    let inClass = false;
    while (i < source.length && source[i] !== '\n') {
      const c = source[i];
      if (c === '\\') advance();
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      advance();
    }
    advance();
  };

  code();
  return out;
}
