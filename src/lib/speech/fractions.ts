/**
 * Fractions: "1/3 số thôn" → một phần ba số thôn. "a/b" is also how a date is written, so:
 * - a date word just before ("ngày", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", a weekday) → date;
 * - otherwise a quantity word after ("số", "diện tích", "kinh phí", "hộ"…) or before ("chiếm",
 *   "khoảng", "gần", "hơn", "đạt"…) → fraction;
 * - a simple fraction (…/2 to …/10) after "khoảng", "chiếm", "hơn"… → fraction, even of counted things;
 * - otherwise what is counted right after ("9/14 thôn", "17/19 tiêu chí", "3/3 HTX", "8/10 điểm") → "chín
 *   trên mười bốn thôn"; people likewise once the total is over ten ("457/462 người"); a decimal
 *   over a whole ("8,5/10") → "tám phẩy năm trên mười";
 * - otherwise not a valid day/month (1/20, 3/40) → fraction, or before a word and out of more than
 *   ten a count (15/15 tin → mười lăm trên mười lăm tin); else it is left to the dates (5/11).
 * Read earlier, before any number is: a "/" between two counts (readCountPairs) and a ratio after
 * "tỉ lệ" (readRatios).
 */
import { readInteger, readNumber, readOrdinal } from './numbers.ts';
import { around, hasDigit, NA, NB, NUM, re } from './shared.ts';

const DATE_BEFORE = new Set(['ngày', 'hôm', 'sáng', 'chiều', 'tối', 'đêm', 'trưa', 'nhật', 'cn', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'mùng']);
const AFTER = new Set(['số', 'tổng', 'diện', 'dân', 'lượng', 'khối', 'sản', 'kinh', 'quỹ', 'chi', 'thời', 'quãng', 'đoạn', 'chiều', 'phần', 'học', 'giá', 'mức', 'các', 'hộ', 'người', 'thôn', 'xóm', 'đất', 'vốn', 'lao', 'cán', 'học', 'trong', 'gia', 'đại', 'thành', 'hội']);
const BEFORE = new Set(['chiếm', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'còn', 'giảm', 'tăng', 'bằng', 'tới', 'mất', 'quá', 'non', 'trợ', 'lệ', 'đạt', 'được', 'có', 'là']);
/** Before a simple fraction (denominator ≤ 10) these make it a part even of counted things: "khoảng 1/3 hộ". */
const PART_BEFORE = new Set(['chiếm', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'còn', 'giảm', 'tăng', 'bằng', 'non', 'trợ']);

/** Before "thứ a/b": a rank, "xếp thứ 4/12", "đứng thứ 1/9". */
const RANKED = new Set(['xếp', 'đứng', 'hạng']);
/**
 * Before a mark out of a scale: "tổng điểm 95/100" ("đạt 95/100 điểm" is counted, COUNTED), a
 * veteran's grade "thương binh hạng 3/4", "bệnh binh 2/3": said "trên", never a date.
 */
const SCORE_BEFORE = new Set(['điểm', 'chấm', 'hạng', 'binh']);

/** Nouns of things counted one by one: "a/b" before them is a count out of a total, said "trên". */
const COUNTED = new Set(['thôn', 'xóm', 'xã', 'huyện', 'tỉnh', 'đơn', 'tiêu', 'chỉ', 'trường', 'mô', 'hộ', 'tổ', 'câu', 'công', 'dự', 'nội', 'hạng', 'lớp', 'đội', 'thành', 'bản', 'phường', 'htx', 'dn', 'hợp', 'doanh', 'cơ', 'điểm']);
/**
 * People, counted: "a/b" before them is a part ("2/3 người dân" → hai phần ba) while the total is
 * ten or less, and a count out of a total beyond that ("457/462 người đi bầu" → … trên …).
 */
const PEOPLE = new Set(['người', 'trẻ', 'học', 'cử', 'hội', 'đảng', 'đoàn', 'lao', 'cán', 'nhân', 'bệnh', 'thí', 'vận']);
const COUNT_NEXT: Record<string, string> = { đơn: 'vị', tiêu: 'chí', chỉ: 'tiêu', mô: 'hình', công: 'trình', dự: 'án', nội: 'dung', thành: 'viên', hợp: 'tác', doanh: 'nghiệp', cơ: 'quan' };

/**
 * A "/" between a counted thing and the next count is a pause, not an alternative ("215 hộ/872 nhân
 * khẩu" → … hộ, tám trăm …); before a count of one it is a rate ("2 lần/1 năm" → hai lần một năm),
 * before a round ten, hundred, thousand… of people, households or land a rate per that many ("3 bác
 * sĩ/10.000 dân" → … trên mười nghìn dân). Runs before the numbers are read, while the digit after
 * the "/" still tells it from "thôn/xóm".
 */
const COUNT_PAIR = /(?<=\p{L})\s?\/\s?(?=(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s+(\p{L}+))/gu;
const PER_ROUND = /^10*(?:\.000)*$/;
/** What a rate is counted per, in the statistics the commune quotes ("3 lớp/100 học viên" is a count). */
const PER_WHOM = new Set(['dân', 'người', 'trẻ', 'hộ', 'ha', 'km', 'm']);
export function readCountPairs(s: string): string {
  if (!s.includes('/')) return s;
  return s.replace(COUNT_PAIR, (_m, count: string, next: string) => (count === '1' ? ' ' : PER_ROUND.test(count) && PER_WHOM.has(next) ? ' trên ' : ', '));
}

/** A ratio after "tỉ lệ"/"tỷ lệ" ("tỷ lệ 1:500") is "một trên năm trăm", never a time of day nor a bare colon. */
const RATIO = re(`([Tt][ỉỷ]\\s+lệ)\\s+(${NUM})\\s?:\\s?(${NUM})${NA}`);
export function readRatios(s: string): string {
  return s.includes(':') ? s.replace(RATIO, (_m, lead: string, a: string, b: string) => `${lead} ${readNumber(a)} trên ${readNumber(b)}`) : s;
}

/** A count, a mark or a rank out of a total: "a trên b". */
const over = (a: string, b: string) => `${readInteger(a)} trên ${readInteger(b)}`;
/** The same with decimals or thousands on either side, as a replace callback. */
const overNumbers = (_m: string, a: string, b: string) => `${readNumber(a)} trên ${readNumber(b)}`;

export const readFraction = (a: number, b: number) => `${readInteger(String(a))} phần ${b === 4 ? 'tư' : readInteger(String(b))}`;

const validDayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;


const FRACTION = re(`${NB}(\\d{1,3})/(\\d{1,3})${NA}(?![/.,-]\\d)`);
/**
 * A mark out of a whole ("8,5/10 điểm"), or what was achieved out of a plan ("đạt 6,8/6,5 tỷ đồng"):
 * said "tám phẩy năm trên mười", never a date or an alternative.
 */
const DECIMAL_OVER = re(`${NB}(\\d{1,3},\\d{1,2})/(\\d{1,3}(?:,\\d{1,2})?)${NA}(?![/.,-]\\d)`);
/** A whole over a decimal ("tỷ lệ chọi 1/1,5"): "một trên một phẩy năm" (it was read as the date 1/1). */
const OVER_DECIMAL = re(`${NB}(\\d{1,3})/(\\d{1,3},\\d{1,2})${NA}(?![/.,-]\\d)`);
/** A count out of a total in thousands ("1.234/1.500 hộ"): "… trên …", never "hoặc". */
const THOUSANDS_OVER = re(`${NB}(\\d{1,3}(?:\\.\\d{3})*)/(\\d{1,3}(?:\\.\\d{3})+)${NA}(?![/.,-]\\d)`);
export function readFractions(s: string): string {
  if (!hasDigit(s)) return s;
  if (s.includes(',')) s = s.replace(DECIMAL_OVER, overNumbers).replace(OVER_DECIMAL, overNumbers);
  if (s.includes('.')) s = s.replace(THOUSANDS_OVER, overNumbers);
  return s.replace(FRACTION, (m, a: string, b: string, offset: number, whole: string) => {
    const { before, after } = around(whole, offset, offset + m.length, 2);
    const prev = before.at(-1);
    // "thứ hai 3/2": the weekday words only count right after "thứ"/"chủ".
    const weekday = prev && ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'nhật'].includes(prev) && ['thứ', 'chủ'].includes(before.at(-2) ?? '');
    if (prev && DATE_BEFORE.has(prev) && (weekday || !['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'nhật'].includes(prev))) return m;
    // A word after a comma is not what the fraction counts ("6/12, các thôn").
    const next = /^\s\p{L}/u.test(whole.slice(offset + m.length)) ? after[0] ?? '' : '';
    // Blood pressure: "huyết áp 120/80" → một trăm hai mươi trên tám mươi.
    if (prev === 'áp' && before.at(-2) === 'huyết') return over(a, b);
    // A rank out of a field: "xếp thứ 4/12 xã" → xếp thứ tư trên mười hai xã (the ordinal, as alone).
    if (prev === 'thứ' && RANKED.has(before.at(-2) ?? '') && +a <= +b) return `${readOrdinal(+a)} trên ${readInteger(b)}`;
    // A mark out of a scale: "tổng điểm 95/100" → chín mươi lăm trên một trăm; "hạng 3/4" → ba trên bốn.
    if (prev && SCORE_BEFORE.has(prev) && +a <= +b) return over(a, b);
    if (prev && PART_BEFORE.has(prev) && +a < +b && +b <= 10) return readFraction(+a, +b);
    if (COUNTED.has(next) && (!COUNT_NEXT[next] || COUNT_NEXT[next] === after[1]) && +a <= +b) return over(a, b);
    if (PEOPLE.has(next) && +b > 10 && +a <= +b) return over(a, b);
    const quantity = (next && AFTER.has(next)) || (prev && BEFORE.has(prev));
    if (+b >= 2 && +a < +b && quantity) return readFraction(+a, +b);
    // Not a date: a part, or, out of more than ten and before what it counts ("giải quyết 15/15 tin"),
    // a count out of a total.
    if (+b >= 2 && !validDayMonth(+a, +b)) return next && +b > 10 && +a <= +b ? over(a, b) : readFraction(+a, +b);
    return m;
  });
}
