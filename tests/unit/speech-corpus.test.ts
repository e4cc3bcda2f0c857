/**
 * The speech corpus: sentences in the style of commune news, grouped by kind of token
 * (tests/unit/speech-corpus/<kind>.yml, each case [text, what a northern broadcaster says]).
 * Prints the share passing per kind and fails on any miss.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { toSpeechText } from '../../src/lib/speech/index.ts';
import { loadGlossary } from '../../src/node/glossary.ts';

const dir = path.resolve('tests/unit/speech-corpus');
const glossary = loadGlossary(path.resolve('content'));
const kinds = fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).sort()
  .map((f) => ({ kind: f.replace(/\.yml$/, ''), cases: yaml.load(fs.readFileSync(path.join(dir, f), 'utf8')) as [string, string][] }));
const shares: string[] = [];

describe('speech corpus', () => {
  it('holds at least 300 sentences, each with its full reading', () => {
    const all = kinds.flatMap((k) => k.cases);
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const c of all) expect(c).toHaveLength(2);
  });
  for (const { kind, cases } of kinds) {
    it(`reads every ${kind} sentence as a broadcaster would`, () => {
      const misses = cases.map(([text, want]) => ({ text, want, got: toSpeechText(text, glossary) })).filter((c) => c.got !== c.want);
      shares.push(`${kind}: ${cases.length - misses.length}/${cases.length} (${Math.round((100 * (cases.length - misses.length)) / cases.length)}%)`);
      expect(misses).toEqual([]);
    });
  }
  afterAll(() => console.info(`speech corpus, share passing per kind:\n${shares.join('\n')}`));
});
