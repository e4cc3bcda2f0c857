/** Parts for text-to-speech engines: ≤ N characters, cut at sentence ends, never inside a word. */
import { describe, expect, it } from 'vitest';
import { PART_LENGTH, splitParts } from '../../src/lib/speech/parts.ts';

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const sentence = (i: number, n: number) => `Câu số ${'một '.repeat(n).trim()} thứ ${i}.`.replace(/\d+/, (d) => 'abc'[+d % 3]!);

describe('splitParts', () => {
  it('defaults to 2,000 characters', () => expect(PART_LENGTH).toBe(2000));
  it('keeps a short text as one part', () => expect(splitParts('Một câu. Hai câu.')).toEqual(['Một câu. Hai câu.']));
  it('returns no part for an empty text', () => expect(splitParts('  ')).toEqual([]));

  const cases: [string, number, string[]][] = [
    ['Bà con chú ý. Sáng mai họp thôn. Mang theo giấy tờ.', 30, ['Bà con chú ý.', 'Sáng mai họp thôn.', 'Mang theo giấy tờ.']],
    ['Bà con chú ý. Sáng mai họp.', 30, ['Bà con chú ý. Sáng mai họp.']],
    ['Ai đi họp? Có! Xong rồi.', 13, ['Ai đi họp?', 'Có! Xong rồi.']],
    ['Thôn Đông, thôn Tây, thôn Nam cùng họp.', 22, ['Thôn Đông, thôn Tây,', 'thôn Nam cùng họp.']],
    ['Một hai ba bốn năm sáu bảy.', 10, ['Một hai ba', 'bốn năm', 'sáu bảy.']],
    ['Đoạn một.\n\nĐoạn hai.', 12, ['Đoạn một.', 'Đoạn hai.']],
  ];
  for (const [text, max, parts] of cases) it(`cuts ${JSON.stringify(text)} at ${max}`, () => expect(splitParts(text, max)).toEqual(parts));

  it('keeps a single word longer than N whole', () => expect(splitParts('Aaaaaaaaaaaa bb.', 5)).toEqual(['Aaaaaaaaaaaa', 'bb.']));

  it('property: every part ≤ N, no word cut, nothing lost, for long random texts', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 40; round++) {
      const max = 40 + Math.floor(rnd() * 400);
      const text = Array.from({ length: 5 + Math.floor(rnd() * 60) }, (_, i) => sentence(i, 1 + Math.floor(rnd() * 60))).join(rnd() < 0.2 ? '\n\n' : ' ');
      const parts = splitParts(text, max);
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
      expect(words(parts.join(' '))).toEqual(words(text));
      // Cut at a sentence end unless the sentence alone is longer than N.
      for (const p of parts.slice(0, -1)) if (!/[.!?…]$/.test(p)) expect(text.split(/(?<=[.!?…])\s+/).some((s) => s.length > max && s.includes(p))).toBe(true);
    }
  });
});
