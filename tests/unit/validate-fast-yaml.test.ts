import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fastYaml } from '../../src/validation/fast-yaml.ts';
import { generateContent, writeContent } from '../../scripts/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const gen = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-fastyaml-'));
afterAll(() => fs.rmSync(gen, { recursive: true, force: true }));

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(md|yml)$/.test(e.name)) continue;
    const text = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const src = e.name.endsWith('.md') ? /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(text)?.[1] : text;
    if (src !== undefined) out.push(src);
  }
  return out;
}

const js = (src: string) => { try { return load(src, { schema: CORE_SCHEMA }) ?? {}; } catch { return 'syntax error'; } };

describe('the fast YAML path of the validator', () => {
  it('reads every file of content, demo, invalid cases and a generated set exactly as js-yaml does, or leaves it to js-yaml', () => {
    fs.rmSync(gen, { recursive: true });
    writeContent(gen, generateContent({ initiatives: 300, seed: 3 }).files);
    const all = ['content', 'fixtures/demo', 'fixtures/invalid', 'fixtures/encodings'].flatMap((d) => sources(path.join(ROOT, d))).concat(sources(gen));
    let fast = 0;
    const wrong = all.filter((src) => {
      const f = fastYaml(src);
      if (f === undefined) return false;
      fast++;
      return !isDeepStrictEqual(f, js(src));
    });
    expect(wrong).toEqual([]);
    expect(fast / all.length).toBeGreaterThan(0.5); // the fast path is really taken
  });

  it.each([
    'title: Null', 'title: ~', 'a: 0x1F', 'a: 1e3', 'a: 010', 'a: yes', 'title: "a \\" b"', "title: 'x'", 'a: b # c',
    'a: [x, ]', 'a: [x, "y, z"]', 'a:\n  - b: 1\n    c: 2\n  - d', 'a: |\n  x', 'a: &x 1', 'a: 1\na: 2', 'a: 2026-02-30',
    'a: -1', 'a: 1.50', 'a:\n  b: x y\n  c: "q"', 'a: x: y', 'a: [1, 2.5, true]', 'a:\n\n  - x',
    // Keys and scalars read by character tests, plain flow lists split on commas.
    'a: [x , y]', 'a: [ x,y ]', 'a: [x,,y]', 'a: [, x]', 'a: [x, y,]', 'a: [x, null]', 'a: [x-1, 2026-02-03]', 'a: [x, "y"]',
    'a: x_y', 'a: x$y', 'a: x/y (z) 50%', 'a: Ab-12', 'a: -x', 'a: x -y', 'a: 12 m', 'a: OFF', 'a: Nan',
    'constructor: 1', '__proto__: 1', 'toString: x', 'a:\n  - __proto__: 1', 'a:\n  - constructor: x\n    valueOf: y',
    'a: x\u2028y', 'a: "x\u2028y"', ' \na: 1', 'a-b_c: 1', '_a: 1', '1a: 1', 'a:\n  b:\n',
    // A line of non-breaking or ideographic spaces is not blank to YAML; a flow list is not a map.
    '\u00a0\na: 1', 'a: 1\n\u3000\nb: 2', 'a:\n  - [x, y]\n    k: v', 'a:\n  - x\n    k: v',
  ])('gives js-yaml\'s result or steps aside for %j', (src) => {
    const f = fastYaml(src);
    if (f !== undefined) expect(f).toEqual(js(src));
  });
});
