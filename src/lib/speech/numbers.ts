/** Vietnamese number reading, northern usage (nghìn, linh, mốt, tư, lăm). Pure. */
import { hasDigit, NB, NUM, re } from './shared.ts';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ'];

/** Reads 0–999; `full` forces "không trăm"/"linh" for a non-leading group (2026 → … không trăm hai mươi sáu). */
function readTriple(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (h > 0 || full) out.push('linh');
      out.push(DIGITS[u]!);
    }
  } else if (t === 1) {
    out.push('mười');
    if (u === 5) out.push('lăm');
    else if (u > 0) out.push(DIGITS[u]!);
  } else {
    out.push(DIGITS[t]!, 'mươi');
    if (u === 1) out.push('mốt');
    else if (u === 4) out.push('tư');
    else if (u === 5) out.push('lăm');
    else if (u > 0) out.push(DIGITS[u]!);
  }
  return out;
}

/** Reads a non-negative integer given as a digit string (leading zeros ignored; any length). */
export function readInteger(digits: string): string {
  const clean = digits.replace(/^0+(?=\d)/, '');
  if (!/^\d+$/.test(clean)) throw new Error(`not an integer: ${digits}`);
  if (clean === '0') return DIGITS[0]!;
  // Split into groups of three from the right.
  const groups: number[] = [];
  for (let end = clean.length; end > 0; end -= 3) groups.unshift(Number(clean.slice(Math.max(0, end - 3), end)));
  const words: string[] = [];
  groups.forEach((g, i) => {
    const pos = groups.length - 1 - i; // 0 = units group
    const leading = i === 0;
    if (g === 0) {
      // "tỷ" must still be said when a billions-of-billions cycle is crossed: 1 000 000 000 000 → một nghìn tỷ.
      if (pos % 3 === 0 && pos > 0 && words.length && !words[words.length - 1]!.endsWith('tỷ')) words.push('tỷ');
      return;
    }
    words.push(...readTriple(g, !leading));
    const name = pos === 0 ? '' : GROUPS[((pos - 1) % 3) + 1]!;
    if (name) words.push(name);
  });
  return words.join(' ');
}

/** Digit by digit: phone numbers, codes. */
export function readDigits(digits: string): string {
  return [...digits.replace(/\D/g, '')].map((d) => DIGITS[Number(d)]!).join(' ');
}

/** Decimal part after "phẩy": leading zeros one by one, then up to three digits as a number. */
function readFraction(frac: string): string {
  const zeros = frac.match(/^0*/)![0].length;
  const rest = frac.slice(zeros);
  const parts: string[] = [];
  for (let i = 0; i < zeros; i++) parts.push(DIGITS[0]!);
  if (rest) parts.push(rest.length <= 3 ? readInteger(rest) : readDigits(rest));
  return parts.join(' ');
}

/**
 * Reads a number written the Vietnamese way: dot for thousands, comma for decimals
 * ("1.234,5" → một nghìn hai trăm ba mươi tư phẩy năm).
 */
export function readNumber(written: string): string {
  const negative = /^[-−]/.test(written);
  const body = written.replace(/^[-−]/, '');
  const [intPart = '', frac] = body.split(',');
  let text = readInteger(intPart.replace(/\./g, ''));
  if (frac !== undefined && frac !== '') text += ' phẩy ' + readFraction(frac);
  return (negative ? 'âm ' : '') + text;
}

/** Month names used on air: tháng tư (not bốn), tháng mười một. */
export function readMonth(m: number): string {
  if (m === 4) return 'tư';
  return readInteger(String(m));
}

/** Day of month: northern speech says "mùng" for the 1st–10th. */
export function readDay(d: number): string {
  return d <= 10 ? `mùng ${readInteger(String(d))}` : readInteger(String(d));
}

/** Ordinals: thứ nhất, thứ hai, thứ tư, thứ mười. */
export function readOrdinal(n: number): string {
  if (n === 1) return 'nhất';
  if (n === 4) return 'tư';
  return readInteger(String(n));
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** Roman numerals up to LXXXIX (sections, centuries, congresses); undefined when not a well-formed one. */
export function romanToInt(s: string): number | undefined {
  if (!/^(XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(s) || s === "") return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!]!;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const DECIMAL_BEFORE_UNIT = re(`${NB}(\\d+)\\.(\\d{1,2})(?=\\s*(?:triệu|tỷ|nghìn|ngàn|%|ha|km|kg|tấn|tạ|m|lít|phần trăm)(?![\\p{L}]))`);
const DECIMAL_DOT = re(`${NB}(\\d+)\\.(\\d{1,2})(?![\\p{L}\\p{N}])(?![.,]\\d)`);
const ORDINAL = re(`([Tt]hứ)\\s+(\\d{1,2})(?![\\p{L}\\p{N}])`);
const GLUED = re(`${NB}([A-ZĐ]{2,})(\\d{1,2})(?![\\p{L}\\p{N}])`);
const NUMBER = re(`${NB}[-−]?(?:${NUM})`);

/**
 * A dot before one or two digits is a decimal point written the English way when a magnitude or a
 * unit follows ("2.5 triệu" → hai phẩy năm triệu); otherwise it is a version ("4.0" → bốn chấm không).
 */
export function readDecimalDots(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(DECIMAL_BEFORE_UNIT, '$1,$2');
  return s.replace(DECIMAL_DOT, (_m, a: string, b: string) => `${readInteger(a)} chấm ${readDigits(b)}`);
}

/** Ordinals after "thứ" (xếp thứ 1 → thứ nhất) and every number still written in digits. */
export function readNumbers(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(ORDINAL, (_m, w: string, n: string) => `${w} ${readOrdinal(+n)}`);
  // Number glued to an abbreviation (GĐ1 → GĐ 1) so the glossary sees a whole word.
  s = s.replace(GLUED, '$1 $2');
  s = s.replace(NUMBER, (m) => readNumber(m));
  return s.replace(/\d+/g, (m) => readDigits(m));
}
