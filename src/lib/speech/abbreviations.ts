/**
 * Abbreviations: weekdays (T2–T7 → thứ hai … thứ bảy) and the staff glossary, applied to whole
 * tokens only: "KH&CN" is one token (khoa học và công nghệ), never "KH" + "&CN". A compound that is
 * not in the glossary ("KH&ĐT", "TT-BTC") is read part by part. Keys with a full stop ("GS.", "v.v.")
 * may touch the next word ("GS.TS." → giáo sư tiến sĩ). Ambiguous keys carry readings chosen by the
 * neighbouring words (types.ts, resolveReading): "CN" is Chủ nhật next to "thứ", "sáng", "ngày"…,
 * else công nghệ; "TT" is thông tư next to "số", "Bộ", "theo"…, else trung tâm. An abbreviation in
 * brackets right after the words it stands for ("chuyển đổi số (CĐS)") is not said a second time.
 * A token of 2–8 capitals that is not in the glossary is spelled (CLB → xê e lờ bê), unless it is a
 * Roman numeral, a word another module reads (COVID, USD, GB) or could be a syllable of a heading
 * written in capitals (NỘI DUNG).
 */
import { WORDS } from './codes.ts';
import { MONEY } from './money.ts';
import { readOrdinal, romanToInt } from './numbers.ts';
import { around, CAP, capAtSentenceStart, esc, hasDigit, isSyllable, NA, NB, re, readLetters, sayOnce, saysAgain } from './shared.ts';
import { resolveReading, type Glossary } from './types.ts';
import { UNITS } from './units.ts';


const WEEKDAY_RANGE = re(`(?:([Tt]ừ)\\s+)?${NB}(?:T|[Tt]hứ\\s?)([2-7])\\s*[-–]\\s*(?:T|[Tt]hứ\\s?)?([2-7]|CN)${NA}`);
const WEEKDAY = re(`${NB}T([2-7])${NA}`);
/** "trạm biến áp T3, T5", "tầng T2": a name, not a weekday (it read "trạm biến áp thứ ba, thứ năm"). */
const NAMED_BEFORE = /(?:^|[^\p{L}])(?:trạm|áp|tầng|khu|lô|tổ|dãy|phòng|cột|tuyến|mã|máy|xe|lớp|đội)\s+(?:T\d\s*,\s*)*$/iu;
export function readWeekdays(s: string): string {
  if (!hasDigit(s)) return s;
  // T2-T6, thứ 2 - thứ 6, T2-CN → từ thứ hai đến thứ sáu (one "từ", also after a written one).
  const day = (d: string) => (d === 'CN' ? 'Chủ nhật' : `thứ ${readOrdinal(+d)}`);
  s = s.replace(WEEKDAY_RANGE, (_m, tu: string | undefined, a: string, b: string) =>
    `${tu ?? 'từ'} ${day(a)} đến ${day(b)}`);
  return s.replace(WEEKDAY, (m, d: string, offset: number, whole: string) =>
    NAMED_BEFORE.test(whole.slice(Math.max(0, offset - 40), offset)) ? readLetters(m[0]!) + ' ' + d : `thứ ${readOrdinal(+d)}`);
}

/**
 * Abbreviations written with a slash in official Vietnamese everywhere, not the commune's to list:
 * "đ/c" (đồng chí) before a name, "v/v" (về việc) in a document's subject. Read before the "/"
 * between two words becomes "hoặc" (symbols.ts): "đ/c Nguyễn Văn Nam" was "đ hoặc c Nguyễn Văn Nam".
 */
const SLASHED: Record<string, string> = { 'đ/c': 'đồng chí', 'v/v': 'về việc' };
const SLASHED_TOKEN = re(`(?<![\\p{L}\\p{N}/])([ĐđVv])/([CcVv])(?![\\p{L}\\p{N}/])`);
export function readSlashed(s: string): string {
  if (!s.includes('/')) return s;
  return s.replace(SLASHED_TOKEN, (m, a: string, b: string) => {
    const words = SLASHED[`${a}/${b}`.toLowerCase()];
    if (!words) return m;
    return /\p{Lu}/u.test(a) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
  });
}

/**
 * "SN" before a number, as the press writes it everywhere: sinh năm before a year ("Ông A (SN
 * 1965)"), số nhà before any other number ("SN 25, đường Trần Hưng Đạo"). Read before the
 * glossary, which would spell it ("ét en"), and before the numbers. A house number's slash is
 * "trên" (số nhà 12/3 → mười hai trên ba), not a date.
 */
const SN = re(`${NB}SN\\.?\\s?(?=(\\d+)(?![\\p{N}]))`);
const HOUSE_SLASH = re(`(${NB}[Ss]ố nhà\\s+\\d+)/(\\d+)${NA}`);
export function readSN(s: string): string {
  if (s.includes('SN')) s = s.replace(SN, (_m, digits: string) => (/^(?:19|20)\d\d$/.test(digits) ? 'sinh năm ' : 'số nhà '));
  return s.includes('ố nhà') ? s.replace(HOUSE_SLASH, '$1 trên $2') : s;
}

/**
 * Per glossary object, built once: the regex of its keys with a full stop
 * (longest first) and the regex of whole tokens (letters and digits joined by "&" or "-" without
 * spaces) that can hold a key or be spelled: it starts like a key or with two capitals, or it is
 * joined. Other tokens would be left as written, so they are not even visited (most words are lower
 * case or names, the keys are not).
 */
const compiled = new WeakMap<Glossary, { dotted: RegExp | undefined; token: RegExp }>();
function compile(glossary: Glossary) {
  let found = compiled.get(glossary);
  if (!found) {
    const keys = Object.keys(glossary);
    const dotted = keys.filter((k) => k.includes('.')).sort((a, b) => b.length - a.length);
    // A key's first two characters (a one-character key: that character ending the word).
    const u = (c: string) => `\\u{${c.codePointAt(0)!.toString(16)}}`;
    const heads = [...new Set(keys.map((k) => [...k].slice(0, 2)).filter((h) => h.length).map((h) => (h.length === 1 ? `${u(h[0]!)}(?![\\p{L}\\p{N}])` : h.map(u).join(''))))];
    found = {
      dotted: dotted.length ? re(`(?<![\\p{L}\\p{N}])(${dotted.map((k) => esc(k) + (k.endsWith('.') ? '' : '(?![\\p{L}\\p{N}])')).join('|')})`) : undefined,
      token: re(`(?<![\\p{L}\\p{N}&])(?=${[...heads, '[A-ZĐ]{2}'].join('|')}|[\\p{L}\\p{N}]+[&-])[\\p{L}\\p{N}]+(?:[&-][\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}&])`),
    };
    compiled.set(glossary, found);
  }
  return found;
}

const CAPITALS = /^[A-ZĐ]{2,}$/;
/** Longer runs of capitals are words or markers written in capitals, not abbreviations to spell. */
const SPELLED = /^[A-ZĐ]{2,8}$/;
/** Capital symbols the other modules read after a number or a digit, said the same when alone. */
const KNOWN = new Map([...Object.entries(WORDS), ...MONEY, ...UNITS].filter(([k]) => CAPITALS.test(k)));
/** An unknown token of two or more capitals, letter by letter; undefined when it is not one to spell. */
function spell(tok: string): string | undefined {
  if (!CAPITALS.test(tok)) return undefined;
  const known = KNOWN.get(tok);
  if (known) return known;
  if (!SPELLED.test(tok)) return undefined;
  // II, XIV stay as roman.ts leaves them; DUNG, THI in a heading in capitals are words.
  if (romanToInt(tok) !== undefined || isSyllable(tok.toLowerCase())) return undefined;
  return readLetters(tok);
}

/** What follows a closing "v.v.": a capital, a sentence marked to take one (shared.ts, CAP), or the end. */
const NEXT_SENTENCE = new RegExp(`^(?:\\s+[\\p{Lu}${CAP}]|\\s*$)`, 'u');

/**
 * Words that open a sentence and never name a place: after "TP." or "TS." one of them shows the full
 * stop also ends the sentence ("Đoàn về TP. Ngày mai…"), where "TP. Ninh Bình" is a name. "Sáng" and
 * "Chiều" are also given names ("BS. Sáng"), so they end the sentence only after a place.
 */
const OPENS_SENTENCE = /^\s+(?:Ngày|Hôm|Tối|Sau|Trong|Các|Những|Đây|Đó|Tại|Theo)(?![\p{L}\p{N}])/u;
const OPENS_SENTENCE_AFTER_PLACE = /^\s+(?:Sáng|Chiều)(?![\p{L}\p{N}])/u;
const PLACE = /^(?:thành phố|thị xã|thị trấn|huyện|quận|phường|tỉnh|xã)(?![\p{L}])/iu;
const endsSentence = (words: string, next: string) => OPENS_SENTENCE.test(next) || (PLACE.test(words) && OPENS_SENTENCE_AFTER_PLACE.test(next));

/** Own keys only: a word such as "constructor" is not an abbreviation. */
const lookup = (glossary: Glossary, key: string) => (Object.hasOwn(glossary, key) ? glossary[key] : undefined);

/** A bracketed whole token, with the spaces before it: "(CĐS)", "(KH&CN)". */
const BRACKETED = /\s*\(\s*([\p{L}\p{N}]+(?:[&-][\p{L}\p{N}]+)*)\s*\)/gu;

/**
 * Whether a bracketed key of capitals not in the glossary is made of the first letters of the words
 * right before it: "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)" spells out what it abbreviates, so
 * spelling "hát tê ích ét en vê" after it says nothing more.
 */
function initialsOfWordsBefore(key: string, before: string): boolean {
  if (!/^[A-ZĐ]{2,8}$/u.test(key)) return false;
  const words = before.trimEnd().split(/[\s-]+/u).filter(Boolean).slice(-key.length);
  return words.length === key.length && words.map((w) => w.normalize('NFD').charAt(0).toUpperCase()).join('').normalize('NFC') === key.normalize('NFC');
}

/**
 * "chuyển đổi số (CĐS)" → "chuyển đổi số": written for readers who learn the abbreviation, said
 * twice on air. Only when the reading equals the words right before (ignoring case), or when the
 * abbreviation is the first letters of those words; "ứng dụng (VNeID)" keeps its brackets.
 */
function dropRepeated(text: string, say: (key: string, whole: string, start: number, end: number) => string | undefined): string {
  if (!text.includes('(')) return text;
  return text.replace(BRACKETED, (m, key: string, offset: number, whole: string) => {
    const words = say(key, whole, offset, offset + m.length);
    if (!words) return initialsOfWordsBefore(key, whole.slice(0, offset)) ? '' : m;
    return saysAgain(words, whole.slice(0, offset)) ? '' : m;
  });
}

/**
 * Who signs a document: "TM. Ủy ban nhân dân xã" → thay mặt, "KT. Chủ tịch" → ký thay; the dot is
 * the abbreviation's, not a sentence end. Code, not glossary: only before a capital, and only where a
 * signature opens: a line, a sentence, a clause (after a comma) or after "do"/"bởi" (who signed).
 * After another word it is a department and a sentence end ("Phòng KT. Chủ tịch xã…" = kinh tế),
 * even before a title, unless both are in capitals: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" are the
 * lines of a signature block, which Markdown joins with a space. "Q." (Q. Ba Đình = quận) only
 * before a title.
 */
const SIGNERS: Record<string, string> = { TM: 'thay mặt', KT: 'ký thay', TL: 'thừa lệnh', TUQ: 'thừa ủy quyền', Q: 'quyền' };
const SIGNER = /(?<![\p{L}\p{N}.])(TM|KT|TL|TUQ|Q)\.\s*(?=\p{Lu})/gu;
const TITLE = /^(?:(?:Phó|Tổng) )?(?:Chủ tịch|Giám đốc|Trưởng|Chánh|Thủ trưởng|(?:Bộ|Hiệu|Cục|Vụ|Viện|Sở) trưởng)(?![\p{L}\p{N}])/iu;
const AFTER_WORD = /[\p{L}\p{N}][ \t]*$/u;
const CAPITALS_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}+[ \t]*$/u;
const NAMES_SIGNER = /(?<![\p{L}\p{N}])(?:do|bởi)[ \t]*$/iu;
function readSigners(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(SIGNER, (m, key: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 20), offset);
    const next = whole.slice(offset + m.length);
    const title = TITLE.test(next);
    const block = title && CAPITALS_BEFORE.test(before) && /^\p{Lu}{2}/u.test(next);
    if (AFTER_WORD.test(before) && !NAMES_SIGNER.test(before) && !block) return m;
    if (key === 'Q' && !title) return m;
    return `${capAtSentenceStart(SIGNERS[key]!, whole, offset)} `;
  });
}

export function expandGlossary(text: string, glossary: Glossary): string {
  const { dotted, token } = compile(glossary);
  const say = (key: string, whole: string, start: number, end: number) => {
    const value = lookup(glossary, key);
    if (value === undefined) return undefined;
    // Only readings chosen by context need the words around (the costly part).
    const { before, after } = typeof value === 'string' ? { before: [], after: [] } : around(whole, start, end);
    const words = resolveReading(value, before, after);
    return words === undefined ? undefined : capAtSentenceStart(words, whole, start);
  };
  const sayOrSpell = (key: string, whole: string, start: number, end: number) => {
    const words = say(key, whole, start, end);
    if (words !== undefined) return words;
    const spelled = spell(key);
    return spelled === undefined ? undefined : capAtSentenceStart(spelled, whole, start);
  };
  text = dropRepeated(text, say);
  text = readSigners(text);
  if (dotted) {
    text = text.replace(dotted, (m, _k, offset: number, whole: string) => {
      const words = say(m, whole, offset, offset + m.length) ?? m;
      const next = whole.slice(offset + m.length);
      if (/^[\p{L}\p{N}]/u.test(next)) return words + ' ';
      // "v.v." closing a sentence keeps the sentence's full stop (a title such as "GS." is followed by a name).
      return (/^\p{Ll}/u.test(m) && NEXT_SENTENCE.test(next)) || endsSentence(words, next) ? words + '.' : words;
    });
  }
  return text.replace(token, (tok, offset: number, whole: string) => {
    const direct = sayOrSpell(tok, whole, offset, offset + tok.length);
    if (direct !== undefined) return sayOnce(direct, whole.slice(Math.max(0, offset - 24), offset));
    if (!/[&-]/.test(tok)) return tok;
    const parts = tok.split(/([&-])/);
    if (!parts.some((p) => lookup(glossary, p) !== undefined || spell(p) !== undefined)) return tok;
    return parts.map((p) => (p === '&' ? ' và ' : p === '-' ? ' ' : sayOrSpell(p, whole, offset, offset + tok.length) ?? p)).join('');
  });
}
