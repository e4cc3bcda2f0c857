/** Vietnamese text for speech: Markdown in, loudspeaker-ready text out. Pure and synchronous. */
import { markdownToParagraphs, stripInline, endSentence } from './markdown.ts';
import { readDay, readDigits, readInteger, readMonth, readNumber, readOrdinal, romanToInt } from './numbers.ts';

export { readInteger, readNumber, readDigits } from './numbers.ts';
export { markdownToParagraphs } from './markdown.ts';

/** Abbreviation → words to say. Keys are matched case-sensitively as whole words. */
export type Glossary = Readonly<Record<string, string>>;

const L = '\\p{L}\\p{N}';
const NB = `(?<![${L}])(?<![${L}][.,])`; // not preceded by a letter/digit, nor inside 15.000.000
const NA = `(?![${L}])`; // not followed by a letter/digit
const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const re = (s: string, flags = 'gu') => new RegExp(s, flags);

/** Units said after a number; longest first so "kWh" wins over "kW". */
const UNITS: [string, string][] = [
  ['kWh', 'ki lô oát giờ'], ['MWh', 'mê ga oát giờ'], ['kWp', 'ki lô oát đỉnh'], ['kW', 'ki lô oát'], ['MW', 'mê ga oát'],
  ['km²', 'ki lô mét vuông'], ['km2', 'ki lô mét vuông'], ['m²', 'mét vuông'], ['m2', 'mét vuông'], ['m³', 'mét khối'], ['m3', 'mét khối'],
  ['km', 'ki lô mét'], ['kg', 'ki lô gam'], ['ha', 'héc ta'], ['VNĐ', 'đồng'], ['VND', 'đồng'], ['đ', 'đồng'],
  ['cm', 'xen ti mét'], ['mm', 'mi li mét'], ['m', 'mét'], ['tấn', 'tấn'], ['đồng', 'đồng'], ['lít', 'lít'], ['l', 'lít'],
];

function yearRange(a: string, b: string) {
  return `từ năm ${readInteger(a)} đến năm ${readInteger(b)}`;
}

function fullDate(d: number, m: number, y?: string) {
  return `ngày ${readDay(d)} tháng ${readMonth(m)}` + (y ? ` năm ${readInteger(y)}` : '');
}

const validDate = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** Expands abbreviations, longest key first so "KH-UBND" is not read as "KH" + "UBND" twice. */
function expandGlossary(text: string, glossary: Glossary): string {
  const keys = Object.keys(glossary).sort((a, b) => b.length - a.length);
  if (!keys.length) return text;
  const pattern = re(`(?<![${L}])(${keys.map(esc).join('|')})(?![${L}])`);
  return text.replace(pattern, (_m, k: string) => glossary[k] ?? k);
}

/** One paragraph of plain text → words. Order matters: specific patterns before bare numbers. */
export function normalizeText(input: string, glossary: Glossary = {}): string {
  let s = input.normalize('NFC');
  // Document numbers: 118/KH-UBND, 57-NQ/TW, 07-NQ/ĐU → number + expanded symbol.
  s = s.replace(re(`${NB}(\\d+)[/-]((?:[A-ZĐ]{1,8})(?:[-/][A-ZĐ]{1,8})*)${NA}`), (_m, n: string, sym: string) => {
    const words = sym.split(/[-/]/).map((p) => glossary[p] ?? readLetters(p));
    return `${readInteger(n)} ${words.join(' ')}`;
  });
  // ISO dates 2026-10-05.
  s = s.replace(re(`(?:ngày\\s+)?${NB}(\\d{4})-(\\d{2})-(\\d{2})${NA}`), (m, y: string, mo: string, d: string) =>
    validDate(+d, +mo) ? fullDate(+d, +mo, y) : m);
  // Year ranges: 2026 - 2027, 2025-2030, 2026–2030 (a leading "năm" is absorbed).
  s = s.replace(re(`((?:[Tt]ừ\\s+)?[Nn]ăm\\s+|[Tt]ừ\\s+)?${NB}((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})${NA}`), (_m, lead: string | undefined, a: string, b: string) => {
    const r = yearRange(a, b);
    return /^[TN]/.test(lead ?? '') ? r.charAt(0).toUpperCase() + r.slice(1) : r;
  });
  // Full dates d/m/yyyy (a leading "ngày" is absorbed).
  s = s.replace(re(`(?:ngày\\s+)?${NB}(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${NA}`), (m, d: string, mo: string, y: string) =>
    validDate(+d, +mo) ? fullDate(+d, +mo, y) : m);
  // Month/year: tháng 9/2026, 9/2026.
  s = s.replace(re(`(?:tháng\\s+)?${NB}(\\d{1,2})/(\\d{4})${NA}`), (m, mo: string, y: string) =>
    +mo >= 1 && +mo <= 12 ? `tháng ${readMonth(+mo)} năm ${readInteger(y)}` : m);
  // Day/month: 05/11.
  s = s.replace(re(`(?:ngày\\s+)?${NB}(\\d{1,2})/(\\d{1,2})${NA}(?!/)`), (m, d: string, mo: string) =>
    validDate(+d, +mo) ? fullDate(+d, +mo) : m);
  // "ngày 05 tháng 11 năm 2026" written out.
  s = s.replace(re(`ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${NA}`), (m, d: string, mo: string) =>
    validDate(+d, +mo) ? fullDate(+d, +mo) : m);
  s = s.replace(re(`${NB}(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${NA}`), (m, d: string, mo: string) =>
    validDate(+d, +mo) ? `${readDay(+d)} tháng ${readMonth(+mo)}` : m);
  s = s.replace(re(`tháng\\s+(\\d{1,2})${NA}`), (m, mo: string) => (+mo >= 1 && +mo <= 12 ? `tháng ${readMonth(+mo)}` : m));
  // Times: 14:30, 8h30, 8h, 7 giờ 30.
  s = s.replace(re(`${NB}(\\d{1,2})(?::|h)(\\d{2})${NA}`), (m, h: string, mi: string) =>
    +h < 24 && +mi < 60 ? `${readInteger(h)} giờ` + (+mi ? ` ${readInteger(mi)} phút` : '') : m);
  s = s.replace(re(`${NB}(\\d{1,2})h${NA}`), (m, h: string) => (+h < 24 ? `${readInteger(h)} giờ` : m));
  // Phone-like digit groups: 0912 345 678, 0227.3850.123, 0912345678 → digit by digit.
  s = s.replace(re(`${NB}(0\\d{2,4}(?:[ .]\\d{3,4}){1,3}|0\\d{8,10})${NA}`), (m: string) =>
    m.split(/[ .]/).map(readDigits).join(', '));
  // Ordinals: thứ 2 → thứ hai, lần thứ 1 → lần thứ nhất.
  s = s.replace(re(`thứ\\s+(\\d{1,2})${NA}`), (_m, n: string) => `thứ ${readOrdinal(+n)}`);
  // Roman numerals after a section word: Phần II, giai đoạn I.
  s = s.replace(re(`(Phần|phần|Mục|mục|Giai đoạn|giai đoạn|Chương|chương|Khóa|khóa)\\s+([IVXL]+)${NA}`), (m, w: string, r: string) => {
    const n = romanToInt(r);
    return n ? `${w} ${readInteger(String(n))}` : m;
  });
  // Numeric ranges 3-5 → từ ba đến năm (years were handled above).
  s = s.replace(re(`${NB}(${NUM})\\s*[-–]\\s*(${NUM})${NA}`), (_m, a: string, b: string) => `từ ${readNumber(a)} đến ${readNumber(b)}`);
  // Percentages.
  s = s.replace(re(`${NB}(${NUM})\\s*%`), (_m, n: string) => `${readNumber(n)} phần trăm`);
  // Numbers with units.
  const unitAlt = UNITS.map(([u]) => esc(u)).join('|');
  s = s.replace(re(`${NB}(${NUM})\\s*(${unitAlt})${NA}`), (_m, n: string, u: string) =>
    `${readNumber(n)} ${UNITS.find(([k]) => k === u)![1]}`);
  // Number + abbreviation glued (GĐ1 → GĐ 1) so the glossary sees a whole word.
  s = s.replace(re(`${NB}([A-ZĐ]{2,})(\\d{1,2})${NA}`), '$1 $2');
  // Remaining numbers.
  s = s.replace(re(`${NB}[-−]?(?:${NUM})`), (m) => readNumber(m));
  s = s.replace(/\d+/g, (m) => readDigits(m));
  // Abbreviations from the staff glossary.
  s = expandGlossary(s, glossary);
  // Symbols a reader would say.
  s = s
    .replace(/\s*&\s*/g, ' và ')
    .replace(/\s*\+\s*/g, ' cộng ')
    .replace(/~\s*/g, 'khoảng ')
    .replace(/\s*≥\s*/g, ' từ ')
    .replace(/\s*≤\s*/g, ' không quá ')
    .replace(/(\p{L})\/(\p{L})/gu, '$1 hoặc $2')
    .replace(/[#*_`|<>[\]{}\\^=~]/g, ' ')
    .replace(/\s+([,.;:!?…])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return s.normalize('NFC');
}

/** Unknown all-caps symbol: spelled as its letters (better than an unreadable token). */
function readLetters(p: string): string {
  const NAMES: Record<string, string> = {
    A: 'a', B: 'bê', C: 'xê', D: 'dê', Đ: 'đê', E: 'e', F: 'ép', G: 'giê', H: 'hát', I: 'i', J: 'gi', K: 'ca', L: 'e lờ',
    M: 'em mờ', N: 'en nờ', O: 'o', P: 'pê', Q: 'quy', R: 'e rờ', S: 'ét', T: 'tê', U: 'u', V: 'vê', W: 'vê kép', X: 'ích', Y: 'i dài', Z: 'dét',
  };
  return [...p].map((c) => NAMES[c] ?? c).join(' ');
}

/** Markdown → loudspeaker-ready text: paragraphs separated by a blank line, NFC, punctuation kept. */
export function toSpeechText(markdown: string, glossary: Glossary = {}): string {
  return markdownToParagraphs(markdown)
    .map((p) => endSentence(normalizeText(p, glossary)))
    .filter(Boolean)
    .join('\n\n');
}

/** A story for the air: the title as its own sentence, then the body. */
export function storySpeechText(title: string, body: string, glossary: Glossary = {}, summary?: string): string {
  const head = endSentence(normalizeText(stripInline(title), glossary));
  const parts = [head];
  if (summary) parts.push(endSentence(normalizeText(stripInline(summary), glossary)));
  const rest = toSpeechText(body, glossary);
  if (rest) parts.push(rest);
  return parts.join('\n\n');
}

/**
 * Broadcast pace: 130 words (Vietnamese syllables) per minute. Loudspeaker announcers read slower than
 * conversation (~160–180 syllables/min) so outdoor speakers with echo stay intelligible; 120–140 is the
 * usual range for commune radio bulletins, 130 is its middle.
 */
export const BROADCAST_WPM = 130;

/** Whole minutes at broadcast pace, at least one. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / BROADCAST_WPM));
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
