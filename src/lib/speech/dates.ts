/**
 * Dates and ranges of dates: 15/4/2026, 2026-10-05, 9/2026, quý 2/2026, 2026-2030, "từ ngày 20-25/9",
 * "20/9 - 5/10", "tháng 3-5", "ngày 24-12", "vụ Đông Xuân 2026/2027". A lead word the text already has ("ngày", "Ngày", "tháng", "từ") is
 * absorbed so it is never said twice ("Ngày 3/2" → Ngày mùng ba tháng hai, not "Ngày ngày…").
 * Bare day/month ("5/11") runs after the fractions, which take "1/3 số thôn".
 */
import { readDay, readInteger, readMonth } from './numbers.ts';
import { hasDigit, likeLead, NA, NB, re } from './shared.ts';

const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
const year = (y?: string) => (y ? ` năm ${readInteger(y)}` : '');
const dayMonth = (d: string, m: string) => `ngày ${readDay(+d)} tháng ${readMonth(+m)}`;
const YEAR = '((?:19|20)\\d{2})';

const ISO = re(`(?:([Nn]gày)\\s+)?${NB}(\\d{4})-(\\d{2})-(\\d{2})${NA}`);
const SCHOOL_YEAR = re(`([Nn]ăm học|[Nn]iên khóa)\\s+${YEAR}\\s*[-–—/]\\s*${YEAR}${NA}`);
/** A later year after a slash ("vụ Đông Xuân 2026/2027"): one span, said like a school year, never "hoặc". */
const SEASON = re(`${NB}${YEAR}/${YEAR}${NA}(?!/)`);
const YEAR_RANGE = re(`((?:[Tt]ừ\\s+)?[Nn]ăm\\s+|[Tt]ừ\\s+)?${NB}${YEAR}\\s*[-–—]\\s*${YEAR}${NA}`);
// The second month may repeat the word: "tháng 3 - tháng 6/2027" (it kept its dash).
const MONTH_RANGE = re(`(?:([Tt]ừ)\\s+)?([Tt]háng)\\s+(\\d{1,2})\\s*[-–]\\s*(?:tháng\\s+)?(\\d{1,2})(?:/${YEAR})?${NA}(?![/.]\\d)`);
const DATE_RANGE = re(`(?:([Tt]ừ)\\s+)?(?:([Nn]gày)\\s+)?${NB}(\\d{1,2})/(\\d{1,2})(?:/${YEAR})?\\s*[-–]\\s*(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})(?:/${YEAR})?${NA}(?![/.]\\d)`);
const DAY_RANGE = re(`(?:([Tt]ừ)\\s+)?(?:([Nn]gày)\\s+)?${NB}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})[/.](\\d{1,2})(?:[/.]${YEAR})?${NA}(?![/.]\\d)`);
const DAY_RANGE_WORDS = re(`(?:([Tt]ừ)\\s+)?(?:([Nn]gày)\\s+)?${NB}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${NA}`);
const FULL_DATE = re(`(?:([Nn]gày)\\s+)?${NB}(\\d{1,2})([/.-])(\\d{1,2})\\3${YEAR}${NA}`);
/** "Ngày 24-12", "chiều 5-1": a day-month with a hyphen, as the press writes it, only after a date word ("các ngày 10-12" is a span). */
const DASHED_DAY_MONTH = re(`(?<![Cc]ác\\s)([Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Hh]ôm)\\s+(\\d{1,2})-(\\d{1,2})${NA}(?![-/.]\\d)`);
const QUARTER_YEAR = re(`([Qq]uý)\\s+(\\d)/${YEAR}${NA}`);
/** Words that count rounds of a year: "đợt 2/2026" is the second round, not February. */
const ROUND_BEFORE = /(?:^|[^\p{L}])(?:đợt|lần|kỳ|phiên|khóa|vòng)\s+$/iu;
const MONTH_YEAR = re(`(?:([Tt]háng)\\s+)?${NB}(\\d{1,2})/${YEAR}${NA}`);
const DAY_MONTH = re(`(?:([Nn]gày)\\s+)?${NB}(\\d{1,2})/(\\d{1,2})${NA}(?!/)`);
const DAY_MONTH_WORDS_LEAD = re(`([Nn]gày)\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${NA}`);
const DAY_MONTH_WORDS = re(`${NB}(\\d{1,2})\\s+tháng\\s+(\\d{1,2})${NA}`);
const MONTH = re(`([Tt]háng)\\s+(\\d{1,2})${NA}(?![.,]\\d)`);

/**
 * A span of days, said with "từ" unless "các ngày" already counts them: "các ngày 10-12/12" →
 * các ngày mùng mười đến ngày mười hai tháng mười hai, not "các từ ngày…".
 */
function daySpan(tu: string | undefined, ngay: string | undefined, before: string, span: string): string {
  if (!tu && ngay && /(?:^|\s)các\s+$/iu.test(before)) return likeLead(ngay, span);
  return likeLead(tu ?? ngay, `từ ${span}`);
}

/** Everything with a year or a range: before fractions and times. */
export function readDates(s: string): string {
  if (!hasDigit(s)) return s;
  // ISO 2026-10-05.
  s = s.replace(ISO, (m, lead: string | undefined, y: string, mo: string, d: string) =>
    valid(+d, +mo) ? likeLead(lead, dayMonth(d, mo) + year(y)) : m);
  // A school year is one span: năm học 2026-2027 → năm học hai nghìn không trăm hai mươi sáu đến hai nghìn …
  s = s.replace(SCHOOL_YEAR, (_m, lead: string, a: string, b: string) => `${lead} ${readInteger(a)} đến ${readInteger(b)}`);
  s = s.replace(SEASON, (m, a: string, b: string) => (+b > +a ? `${readInteger(a)} đến ${readInteger(b)}` : m));
  // Year ranges: 2026 - 2027, từ năm 2026-2030, năm 2026–2030.
  s = s.replace(YEAR_RANGE, (_m, lead: string | undefined, a: string, b: string) =>
    likeLead(lead, `từ năm ${readInteger(a)} đến năm ${readInteger(b)}`));
  // Month ranges: tháng 3-5, từ tháng 3 - 5/2026, tháng 3 - tháng 6/2027.
  // After "trong", "vào", "các" the span needs no "từ" ("trong tháng 3-5" → trong tháng ba đến tháng năm).
  s = s.replace(MONTH_RANGE, (m, tu: string | undefined, th: string, a: string, b: string, y: string | undefined, at: number, whole: string) => {
    if (!(+a >= 1 && +a <= 12 && +b >= 1 && +b <= 12)) return m;
    const span = `tháng ${readMonth(+a)} đến tháng ${readMonth(+b)}${year(y)}`;
    return !tu && /(?:trong|vào|các)\s+$/iu.test(whole.slice(0, at)) ? likeLead(th, span) : likeLead(tu ?? th, `từ ${span}`);
  });
  // Date ranges: 20/9 - 5/10/2026, từ ngày 20/9/2026 đến… is handled by the single dates.
  s = s.replace(DATE_RANGE,
    (m, tu, ngay, d1: string, m1: string, y1: string | undefined, d2: string, m2: string, y2: string | undefined) =>
      valid(+d1, +m1) && valid(+d2, +m2) ? likeLead(tu ?? ngay, `từ ${dayMonth(d1, m1)}${year(y1)} đến ${dayMonth(d2, m2)}${year(y2)}`) : m);
  // Day ranges in one month: từ ngày 20-25/9, 20 - 25/9/2026.
  s = s.replace(DAY_RANGE,
    (m, tu, ngay, d1: string, d2: string, mo: string, y: string | undefined, at: number, whole: string) =>
      valid(+d1, +mo) && valid(+d2, +mo) ? daySpan(tu, ngay, whole.slice(0, at), `ngày ${readDay(+d1)} đến ngày ${readDay(+d2)} tháng ${readMonth(+mo)}${year(y)}`) : m);
  // Day ranges with the month in words: từ 20-30 tháng 9.
  s = s.replace(DAY_RANGE_WORDS, (m, tu, ngay, d1: string, d2: string, mo: string, at: number, whole: string) =>
    valid(+d1, +mo) && valid(+d2, +mo) && +d1 < +d2 ? daySpan(tu, ngay, whole.slice(0, at), `ngày ${readDay(+d1)} đến ngày ${readDay(+d2)} tháng ${readMonth(+mo)}`) : m);
  // Full dates d/m/yyyy, d.m.yyyy, d-m-yyyy.
  s = s.replace(FULL_DATE, (m, lead: string | undefined, d: string, _sep, mo: string, y: string) =>
    valid(+d, +mo) ? likeLead(lead, dayMonth(d, mo) + year(y)) : m);
  // Day-month with a hyphen after a date word: Ngày 24-12 → Ngày hai mươi tư tháng mười hai; Chiều 24-12 → Chiều ngày …
  s = s.replace(DASHED_DAY_MONTH, (m, lead: string, d: string, mo: string) =>
    !valid(+d, +mo) ? m : /^ngày$/i.test(lead) ? likeLead(lead, dayMonth(d, mo)) : `${lead} ${dayMonth(d, mo)}`);
  // Quarter and month with a year: quý 2/2026, tháng 9/2026, 9/2026.
  s = s.replace(QUARTER_YEAR, (m, q: string, n: string, y: string) => (+n >= 1 && +n <= 4 ? `${q} ${readInteger(n)}${year(y)}` : m));
  // After đợt, lần, kỳ… the number counts rounds of that year: "Đợt 2/2026" → Đợt hai năm …, not "Đợt tháng hai".
  s = s.replace(MONTH_YEAR, (m, lead: string | undefined, mo: string, y: string, at: number, whole: string) => {
    if (!lead && ROUND_BEFORE.test(whole.slice(0, at))) return `${readInteger(mo)}${year(y)}`;
    return +mo >= 1 && +mo <= 12 ? likeLead(lead, `tháng ${readMonth(+mo)}${year(y)}`) : m;
  });
  return s;
}

/** Day/month without a year and dates written in words: after the fractions took theirs. */
export function readDayMonths(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(DAY_MONTH, (m, lead: string | undefined, d: string, mo: string) =>
    valid(+d, +mo) ? likeLead(lead, dayMonth(d, mo)) : m);
  // "ngày 05 tháng 11 năm 2026" written out.
  s = s.replace(DAY_MONTH_WORDS_LEAD, (m, lead: string, d: string, mo: string) =>
    valid(+d, +mo) ? likeLead(lead, dayMonth(d, mo)) : m);
  s = s.replace(DAY_MONTH_WORDS, (m, d: string, mo: string) =>
    valid(+d, +mo) ? `${readDay(+d)} tháng ${readMonth(+mo)}` : m);
  return s.replace(MONTH, (m, w: string, mo: string) => (+mo >= 1 && +mo <= 12 ? `${w} ${readMonth(+mo)}` : m));
}
