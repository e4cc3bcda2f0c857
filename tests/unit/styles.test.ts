/**
 * Style rules of the sources (issue #19): colours are written only in src/styles/tokens.css, and
 * every rule of a component's or page's <style> block, and of src/styles/*.css, sits inside a
 * cascade layer of the order declared once in src/styles/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

// The CMS page (/admin/) is Decap's application: it loads neither tokens.css nor the layer order,
// and its few rules must beat Decap's unlayered styles, so the site's style rules do not apply.
const ASTRO = files(SRC, '.astro').filter((f) => !f.startsWith('src/pages/admin/'));
const CSS = files(path.join(SRC, 'styles'), '.css');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The CSS of each <style> block of an .astro file. */
const styleBlocks = (source: string) => [...source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);

/** Top-level statements of a stylesheet: `@layer a, b;` statements and `prelude { … }` blocks. */
function topLevel(css: string): { prelude: string; body?: string }[] {
  const out: { prelude: string; body?: string }[] = [];
  let depth = 0, start = 0, open = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push({ prelude: css.slice(start, i).trim() });
      start = i + 1;
    }
  }
  if (css.slice(start).trim()) out.push({ prelude: css.slice(start).trim() });
  return out;
}

/** Layer order statements (`@layer a, b, c;`) anywhere in src/styles. */
const orderStatements = CSS.flatMap((f) =>
  topLevel(stripComments(read(f))).filter((s) => s.body === undefined && /^@layer\s+[\w-]+\s*,/.test(s.prelude)).map((s) => ({ file: f, prelude: s.prelude })),
);
const LAYERS = orderStatements[0]?.prelude.replace(/^@layer\s+/, '').split(',').map((s) => s.trim()) ?? [];

/** Rules that are not inside a declared layer: `@media` and `@supports` may wrap layers. */
function unlayered(css: string, where: string): string[] {
  return topLevel(stripComments(css)).flatMap(({ prelude, body }) => {
    if (body === undefined) return /^@layer\b/.test(prelude) ? [] : [`${where}: ${prelude}`];
    const layer = /^@layer\s+([\w-]+)$/.exec(prelude)?.[1];
    if (layer) return LAYERS.includes(layer) ? [] : [`${where}: undeclared layer ${layer}`];
    if (/^@(media|supports)\b/.test(prelude)) return unlayered(body, `${where} ${prelude}`);
    return [`${where}: ${prelude.slice(0, 60)}`];
  });
}

/** CSS colour functions and named colours (system colours and currentColor stay allowed). */
const COLOUR_FUNCTION = /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;
const NAMED = /\b(white|black|red|green|blue|yellow|orange|purple|gray|grey|silver|maroon|navy|teal|olive|lime|aqua|fuchsia|pink|brown|gold)\b/i;

/** Declarations (`prop: value`) of a stylesheet that write a colour. */
function rawColours(css: string, where: string): string[] {
  const out: string[] = [];
  for (const [, prop, value] of stripComments(css).matchAll(/([\w-]+)\s*:\s*([^;{}]+)/g)) {
    if (prop!.startsWith('--')) continue; // a custom property defined outside tokens.css is caught below
    if (HEX.test(value!) || COLOUR_FUNCTION.test(value!) || NAMED.test(value!.replace(/\b(white-space|nowrap)\b/g, ''))) out.push(`${where}: ${prop}: ${value!.trim()}`);
  }
  for (const [decl] of stripComments(css).matchAll(/--vd-color-[\w-]+\s*:[^;]+/g)) out.push(`${where}: defines ${decl.trim()}`);
  return out;
}

describe('style sources', () => {
  it('declares the cascade-layer order once, in src/styles/', () => {
    expect(orderStatements).toHaveLength(1);
    expect(LAYERS).toEqual(expect.arrayContaining(['components', 'pages']));
  });

  it('puts every rule of every component and page <style> block inside a declared layer', () => {
    const offenders = ASTRO.flatMap((f) => styleBlocks(read(f)).flatMap((css) => unlayered(css, f)));
    expect(offenders).toEqual([]);
  });

  it('puts components in the components layer and pages in the pages layer', () => {
    const wrong = ASTRO.flatMap((f) => {
      const want = f.startsWith('src/pages/') ? 'pages' : 'components';
      return styleBlocks(read(f)).flatMap((css) =>
        [...stripComments(css).matchAll(/@layer\s+([\w-]+)\s*\{/g)].filter((m) => m[1] !== want).map((m) => `${f}: @layer ${m[1]}`),
      );
    });
    expect(wrong).toEqual([]);
  });

  it('puts every rule of src/styles/*.css inside a declared layer (tokens are custom properties only)', () => {
    const offenders = CSS.filter((f) => !f.endsWith('tokens.css')).flatMap((f) => unlayered(read(f), f));
    expect(offenders).toEqual([]);
    const tokens = topLevel(stripComments(read('src/styles/tokens.css')));
    expect(tokens.map((t) => t.prelude)).toEqual([':root']);
  });

  it('writes colours only in src/styles/tokens.css', () => {
    const offenders = [
      ...ASTRO.flatMap((f) => {
        const source = read(f);
        const attrs = [...source.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!);
        return [...styleBlocks(source), ...attrs].flatMap((css) => rawColours(css, f));
      }),
      ...CSS.filter((f) => !f.endsWith('tokens.css')).flatMap((f) => rawColours(read(f), f)),
    ];
    expect(offenders).toEqual([]);
  });

  it('would notice a raw colour, an unlayered rule and an unknown layer (the checks can fail)', () => {
    expect(rawColours('.a { color: #fff; }', 'x')).toHaveLength(1);
    expect(rawColours('.a { border: 1px solid rgb(0 0 0); }', 'x')).toHaveLength(1);
    expect(rawColours('.a { background: white; white-space: nowrap; }', 'x')).toHaveLength(1);
    expect(rawColours('.a { color: var(--vd-color-text); white-space: nowrap; }', 'x')).toEqual([]);
    expect(unlayered('.a { color: red; }', 'x')).toHaveLength(1);
    expect(unlayered('@media print { .a { color: red; } }', 'x')).toHaveLength(1);
    expect(unlayered('@layer nope { .a {} }', 'x')).toEqual(['x: undeclared layer nope']);
    expect(unlayered('@layer components { .a {} } @media print { @layer pages { .b {} } }', 'x')).toEqual([]);
  });
});
