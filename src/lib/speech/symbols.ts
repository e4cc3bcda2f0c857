/**
 * Symbols a reader says (40°C → … độ xê, & → và, "điểm %" → điểm phần trăm) and the clean-up of what
 * is not said. A "/" left between two words is an alternative ("thôn/xóm" → thôn hoặc xóm); rates
 * were taken by units.ts before.
 */
import { saysAgain } from './shared.ts';

type Rule = [mark: string, find: RegExp, by: string | ((m: string, ...groups: string[]) => string)];

/** Each rule runs only on a text holding its mark (a character every match contains): most texts hold few symbols. */
const RULES: Rule[] = [
  ['°', /\s*°\s*C(?![\p{L}\p{N}])/gu, ' độ xê'],
  ['°', /\s*°\s*F(?![\p{L}\p{N}])/gu, ' độ ép'],
  ['°', /\s*°/g, ' độ'],
  ['độ ', /(độ) ([CF])(?![\p{L}\p{N}])/gu, (_m, d: string, u: string) => `${d} ${u === 'C' ? 'xê' : 'ép'}`],
  // Wherever it stands: after a number, or after a reading that took its number ("huyết áp 120/80 mmHg").
  ['mmHg', /(?<![\p{L}\p{N}])mmHg(?![\p{L}\p{N}])/gu, 'mi li mét thủy ngân'],
  ['%', /\s*%/g, ' phần trăm'],
  ['‰', /\s*‰/g, ' phần nghìn'],
  ['½', /½/g, ' một phần hai '], ['¼', /¼/g, ' một phần tư '], ['¾', /¾/g, ' ba phần tư '],
  ['&', /\s*&\s*/g, ' và '],
  ['+', /\s*\+\s*/g, ' cộng '],
  ['~', /~\s*/g, 'khoảng '],
  // "≥ 90%" is a floor: "không dưới", as "≤" is "không quá" ("từ" alone lost the "trở lên").
  ['≥', /\s*≥\s*/g, ' không dưới '],
  ['≤', /\s*≤\s*/g, ' không quá '],
  ['>', /\s*>\s*/g, ' trên '],
  ['<', /\s*<\s*/g, ' dưới '],
  ['@', /\s*@\s*/g, ' a còng '],
  ['/', /(\p{L})\s?\/\s?(\p{L})/gu, '$1 hoặc $2'],
  ['/', /\//g, ' '],
];

/**
 * Brackets that say again, in words, what was just said: an amount written out ("25.500.000 đồng
 * (Hai mươi lăm triệu năm trăm nghìn đồng)", "(Bằng chữ: … đồng chẵn)") or a number ("15 (mười
 * lăm) hộ"). Once the digits are words, both halves sound the same; the brackets are not said.
 */
const BRACKETS = /\s*\(\s*(?:bằng chữ\s*:\s*)?([^()]+?)(?:\s+chẵn)?[\s.,;]*\)/giu;
function dropSpokenTwice(s: string): string {
  return s.replace(BRACKETS, (m, inner: string, offset: number, whole: string) => (saysAgain(inner, whole.slice(0, offset)) ? '' : m));
}

export function readSymbols(s: string): string {
  if (s.includes('(')) s = dropSpokenTwice(s);
  for (const [mark, find, by] of RULES) if (s.includes(mark)) s = typeof by === 'string' ? s.replace(find, by) : s.replace(find, by);
  return s
    .replace(/[#*_`|<>[\]{}\\^=~]/g, ' ')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/\s+([,.;:!?…])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
