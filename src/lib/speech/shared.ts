/** Regex pieces and helpers every token module shares. */

/** A letter or digit: the inside of a word. */
export const L = '\\p{L}\\p{N}';
/** Not preceded by a letter/digit, nor inside 15.000.000 or 2,5. */
export const NB = `(?<![${L}])(?<![${L}][.,])`;
/** Not followed by a letter/digit. */
export const NA = `(?![${L}])`;
/** A number written the Vietnamese way: 1.250, 12.500.000, 98,5, 7. */
export const NUM = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
/** The value of a number written that way ("1.250" → 1250, "98,5" → 98.5), to tell a span that goes up. */
export const numberValue = (written: string): number => +written.replace(/\./g, '').replace(',', '.');

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const re = (s: string, flags = 'gu') => new RegExp(s, flags);

const DIGIT = /\d/;
/** Most rules read digits: a text without one skips them (most paragraphs, every scan saved). */
export const hasDigit = (s: string) => DIGIT.test(s);

const comparable = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
/**
 * Whether `words` repeat, as whole words and ignoring case and runs of spaces, the end of the text
 * before them: a bracket that would say on air what was just said ("chuyển đổi số (CĐS)").
 */
export function saysAgain(words: string, textBefore: string): boolean {
  const said = comparable(words).trim();
  const before = comparable(textBefore).trimEnd();
  return said !== '' && before.endsWith(said) && !/[\p{L}\p{N}]$/u.test(before.slice(0, before.length - said.length));
}

/**
 * A reading that starts with the word just before it does not say that word again: "dịch DTLCP"
 * → dịch tả lợn châu Phi, "Đường ĐT.480" → Đường tỉnh bốn trăm tám mươi.
 */
export function sayOnce(words: string, textBefore: string): string {
  const prev = /(\p{L}+)\s+$/u.exec(textBefore)?.[1];
  const [first, ...rest] = words.split(' ');
  return prev && rest.length && prev.toLowerCase() === first!.toLowerCase() ? rest.join(' ') : words;
}

export const capFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** At the start of a sentence the reading takes a capital letter. */
const SENTENCE_START = /(^|[.!?…:]\s+|\n)$/;
/** `words` said at offset `at` of `text`: with a capital when a sentence starts there. */
export const capAtSentenceStart = (words: string, text: string, at: number) => (SENTENCE_START.test(text.slice(0, at)) ? capFirst(words) : words);

/**
 * Marks a sentence that opens with a digit or a symbol (private-use character, not a letter or digit
 * to any rule): what the rules write there in words gets the capital the digit could not carry.
 */
export const CAP = '\uE000';
const OPENS_WRITTEN_OUT = /(^|[.!?]["”»’')]*\s+)(?=[\p{N}~+−≥≤<>$]|-\d)/gu;
const MARKED = /\uE000\s*(\p{L}?)/gu;
export const markCapitals = (s: string) => s.replaceAll(CAP, '').replace(OPENS_WRITTEN_OUT, `$1${CAP}`);
export const applyCapitals = (s: string) => (s.includes(CAP) ? s.replace(MARKED, (_m, c: string) => c.toUpperCase()) : s);
/** A rule that absorbed a lead word ("Ngày", "Từ") keeps its capital letter in what it says. */
export const likeLead = (lead: string | undefined, text: string) => (lead && /^\p{Lu}/u.test(lead) ? capFirst(text) : text);

/** Words around position [start, end) of a text, lower-cased: the context an ambiguous token is decided by. */
export function around(text: string, start: number, end: number, n = 5): { before: string[]; after: string[] } {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return { before: words(text.slice(Math.max(0, start - 80), start)).slice(-n), after: words(text.slice(end, end + 80)).slice(0, n) };
}

/** An unaccented Vietnamese syllable in small letters: initial, vowels, final ("vuduong" → vu duong). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?/;
export const isSyllable = (s: string) => SYLLABLE.exec(s)?.[0] === s;

/** Vietnamese names of the Latin letters, as a broadcaster spells a code (H5N1 → hát năm en một). */
const LETTERS: Record<string, string> = {
  A: 'a', B: 'bê', C: 'xê', D: 'dê', Đ: 'đê', E: 'e', F: 'ép', G: 'giê', H: 'hát', I: 'i', J: 'gi', K: 'ca', L: 'e lờ',
  M: 'em mờ', N: 'en', O: 'o', P: 'pê', Q: 'quy', R: 'e rờ', S: 'ét', T: 'tê', U: 'u', V: 'vê', W: 'vê kép', X: 'ích', Y: 'i dài', Z: 'dét',
};
export function readLetters(p: string): string {
  return [...p].map((c) => LETTERS[c.toUpperCase()] ?? c).join(' ');
}
