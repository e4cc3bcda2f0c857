/**
 * Telephone numbers, digit by digit in the groups they are written in, the leading 0 kept:
 * "0229 3 870 123" → không hai hai chín, ba, tám bảy không, một hai ba. A number is a run of digit
 * groups starting with 0 (or +84) of 10–11 digits in all; short service numbers (113, 1022) only after
 * a word that announces a phone number, so "Quyết định số 125" stays a quantity.
 */
import { CAP, hasDigit } from './shared.ts';
import { readDigits } from './numbers.ts';

// An area code in brackets only with both of them: "(0987654321)" is a number in brackets, whose
// "(" was taken for an area code's and dropped, leaving the ")".
const GROUPED = /(?<![\p{L}\p{N}.,/])(\+84[ .]?|\(0\d{1,4}\)|0\d{1,4})((?:[ .-]?\d{1,4}){1,4})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
// "gọi ngay 114": the word between does not hide the number (it read "một trăm mười bốn").
const SERVICE = /((?:[Gg]ọi(?:\s+ngay)?|[Hh]otline|[Tt]ổng đài|[Đđ]ường dây nóng|[Đđ]iện thoại|SĐT|ĐT|Zalo)(?:\s+số)?[:\s]\s*)(\d{3,5})(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * A code after "mã" (mã phòng, mã số thuế, mã hồ sơ…) is said digit by digit in its groups, like a
 * phone number: "mã phòng 123 456 7890" → một hai ba, bốn năm sáu, bảy tám chín không (it was three
 * quantities). Whose code it is may stand between ("mã số thuế của hợp tác xã: 27…"). At least three
 * digits, so "mã 2" stays a number.
 */
const CODE = /((?:^|(?<=[^\p{L}]))[Mm]ã(?:\s+(?:số\s+thuế|số|phòng|hồ\s+sơ|tra\s+cứu|xác\s+nhận|bưu\s+chính|cuộc\s+họp|định\s+danh))?(?:\s+của(?:\s+\p{L}+){1,4})?(?::\s*|\s+))(\d{3,}(?:[ .]\d{2,})*)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Hotlines 1800 xxxx, 1900 xxxx (free and paid numbers), also with dots or spaces. */
const HOTLINE = /(?<![\p{L}\p{N}.,])(1[89]00)[ .]?(\d{3,4})(?:[ .]?(\d{2,4}))?(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * "ĐT.0912 345 678", "SĐT. 0974…": the dot after the abbreviation stands for the colon, but glued to
 * the digits it hid the number (GROUPED needs no dot before it) and a space after it read as a
 * sentence end. Only before +84 or 0 and two more digits, so "ĐT.480" stays a road (codes.ts).
 */
const DOTTED_LEAD = new RegExp(`(?<![\\p{L}\\p{N}])(S?ĐT)\\.[ \\t]?${CAP}?(?=\\+84|\\(?0\\d{2})`, 'gu');

/** "ĐT:0912…": a colon glued to a number after a word is read as "ĐT: 0912…" (a pause, not a run-on). */
const GLUED_COLON = /(?<=\p{L}):(?=\+84|\(?0\d{2})/gu;

/**
 * "gọi ĐT.113", "liên hệ ĐT.114": a short number after "ĐT." is a road (codes.ts) unless a word
 * before announces a phone number, or it is an emergency number 111–119 that no word before places
 * on the ground ("đường", "tuyến", "trên ĐT.113"). The dot then stands for the colon, as in DOTTED_LEAD.
 */
const DOTTED_SERVICE = new RegExp(`(?<![\\p{L}\\p{N}])(S?ĐT)\\.[ \\t]?${CAP}?(?=(\\d{3,5})(?![\\p{L}\\p{N}]|[.,]\\d))`, 'gu');
const CALL_BEFORE = /(?:^|[^\p{L}])(?:gọi|liên hệ|số)\s*$/iu;
const ROAD_BEFORE = /(?:^|[^\p{L}])(?:đường|tuyến|trên|dọc|đoạn|giao|nối)\s*$/iu;
const EMERGENCY = /^11[1-9]$/;
/** The text just before `offset`, where CALL_BEFORE and ROAD_BEFORE look for their word. */
const wordsBefore = (whole: string, offset: number) => whole.slice(Math.max(0, offset - 40), offset);

/**
 * "ĐT 480" written with a space: a road (đường tỉnh) when a word before places it on the ground
 * ("tuyến ĐT 480"), or when its three or four digits cannot be a phone's (Vietnamese service
 * numbers start with 1, others with 0) and no word before announces a call. "ĐT 113", "ĐT 0383 456 789" and
 * "gọi ĐT 480" stay phones. `offset` is where "ĐT" stands in `whole`.
 */
export function spacedDtIsRoad(n: string, whole: string, offset: number): boolean {
  const before = wordsBefore(whole, offset);
  if (ROAD_BEFORE.test(before)) return true;
  // Three or four digits, as provincial roads are numbered: "ĐT 2" may be anything (đội tuyển…).
  return /^[2-9]\d{2,3}$/.test(n) && !CALL_BEFORE.test(before);
}

/** Short message numbers: "nhắn tin … đến 8088", "SMS gửi 1022". */
const SMS = /((?:SMS|[Nn]hắn tin|[Tt]in nhắn|[Ss]oạn tin)[^.\d]{0,40}?(?:đến|tới|gửi)\s+(?:số\s+)?)(\d{3,5})(?![\p{L}\p{N}]|[.,]\d)/gu;

export function readPhones(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(GLUED_COLON, ': ');
  s = s.replace(DOTTED_LEAD, '$1: ');
  s = s.replace(DOTTED_SERVICE, (m, abbr: string, n: string, offset: number, whole: string) => {
    const before = wordsBefore(whole, offset);
    const phone = abbr === 'SĐT' || CALL_BEFORE.test(before) || (EMERGENCY.test(n) && !ROAD_BEFORE.test(before));
    return phone ? `${abbr}: ` : m;
  });
  s = s.replace(HOTLINE, (_m, ...g: (string | undefined)[]) => g.slice(0, 3).filter((x): x is string => typeof x === 'string' && /^\d+$/.test(x)).map(readDigits).join(', '));
  s = s.replace(GROUPED, (m, head: string, rest: string) => {
    const digits = (head + rest).replace(/\D/g, '');
    const total = head.startsWith('+') ? digits.length - 2 + 1 : digits.length;
    if (total < 10 || total > 11) return m;
    const groups = [head, ...rest.split(/[ .-]/)].map((g) => g.replace(/[^\d+]/g, '')).filter(Boolean);
    // A number written without separators: mobile 4-3-3, landline 4-3-4 as announcers group them.
    if (!/[ .()-]/.test(m)) groups.splice(0, groups.length, digits.slice(0, 4), digits.slice(4, 7), digits.slice(7));
    return groups.map((g) => (g.startsWith('+') ? `cộng ${readDigits(g)}` : readDigits(g))).join(', ');
  });
  s = s.replace(SMS, (_m, lead: string, n: string) => lead + readDigits(n));
  s = s.replace(CODE, (_m, lead: string, n: string) => lead + n.split(/[ .]/).map(readDigits).join(', '));
  return s.replace(SERVICE, (m, lead: string, n: string, offset: number, whole: string) => {
    if (/^ĐT\s+$/.test(lead) && spacedDtIsRoad(n, whole, offset)) return m; // a road (codes.ts)
    return lead.replace(/:$/, ': ') + readDigits(n);
  });
}
