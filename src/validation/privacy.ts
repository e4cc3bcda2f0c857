/**
 * Personal data that must not be published (DESIGN: names and achievements only): ID-card numbers,
 * personal phone numbers, e-mail addresses, birth dates. Checked in every entry except site.yml,
 * whose official contact may carry a public phone and e-mail.
 *
 * What is deliberately left alone:
 * - document numbers (118/KH-UBND, 57-NQ/TW), years, year ranges, dates of decisions, money,
 *   measured results: none starts like a phone number or is a lone run of 9 or 12 digits;
 * - public-service hotlines (113, 114, 115, 111, 1022, 1800 xxxx, 1900 xxxx): they belong to
 *   services, not people, and staff quote them in stories ("gọi đường dây nóng 1022"). A landline
 *   of an office (0229 3 …) cannot be told from a home landline, so it is flagged: the commune's
 *   official number belongs in site.yml.
 */

/** Between the digits of a phone number: one space, dot or dash, or a closing bracket of the area code. */
const SEP = String.raw`(?:[ .\-]|\) ?)?`;
/** After the trunk 0 or country code 84: mobile 3/5/7/8/9 + 8 digits, landline 2 + 9 digits (area code 2xx). */
const SUBSCRIBER = String.raw`(?:[35789](?:${SEP}\d){8}|2(?:${SEP}\d){9})`;
/** A number followed by a unit is an amount or a result, not a phone or ID number. */
const NOT_AMOUNT = String.raw`(?!\s?(?:đồng|đ(?!\p{L})|vnđ|vnd|triệu|tỷ|nghìn|ngàn|%|m²|m2|m³|m3|ha(?!\p{L})|kg|tấn|lượt|km|người|hộ(?!\p{L})|kwh|kw))`;
const START = String.raw`(?<!\d|\d[.,\-]|\p{L})`;

/** A slash may join two phone numbers ("0912…/0987…"), so it ends a phone number but not an ID number. */
const PHONE = String.raw`${START}(?:\(?(?:\+|00)\s?84\)?[ .\-]?(?:\(0\)[ .\-]?|0)?|(?<![\p{L}\d])84[ .\-]?|\(?0)${SUBSCRIBER}(?!\d|[.,\-]\d)${NOT_AMOUNT}`;
/**
 * Căn cước (12 digits) or old CMND (9 digits) as one run, anywhere (also right after letters: "CCCD001…"),
 * but not a measured result's `value:`, which the schema makes a number (150000000 đồng saved).
 */
const ID_RUN = String.raw`(?<!\d|\d[.,/\-]|value:\s{0,4})(?:\d{12}|\d{9})(?!\d|[.,\-/]\d)${NOT_AMOUNT}`;
/** After its name an ID number may be grouped: "CCCD số 0010 8001 2345". */
const ID_NAMED = String.raw`(?:cccd|cmnd|cmtnd|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?|định danh cá nhân|hộ chiếu)\s*(?:số\s*)?[:.]?\s*\d(?:[ .\-]?\d){8}(?:(?:[ .\-]?\d){3})?(?!\d)`;
/** Only with "@": "ten (at) gmail.com" is not looked for, as one more pass over every file for a rare trick. */
const EMAIL = String.raw`(?<=[\w.+\-])@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}(?![\w])`;

/**
 * The birth rule is case-sensitive: "an sinh" (social welfare) is a word but "Bảo An sinh tháng 5" is
 * a name; "năm sinh của bác Tư" is a person but "ngày sinh Bác Hồ" is a national anniversary.
 */
const cased = (...words: string[]) => `(?:${words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|')})`;
/** The first syllables that make "sinh" a different word: học sinh, vệ sinh, phát sinh, hy sinh … */
const NOT_BIRTH = String.raw`(?<!(?:học|vệ|vi|phát|nữ|nam|thí|hy|dân|an|giáng|tái|hồi|sản|ký|môn|tân|khai|trường|lưu|hậu|sơ|sát|sinh|cộng|hộ|ngoại|nội)\s)`;
const SINH = cased('sinh');
const DAY = cased('ngày', 'năm', 'tháng');
const BIRTH = [
  // "sinh ngày 12/3/1968", "sinh năm 1975", "sinh tháng 3/1980": the date must follow.
  String.raw`${NOT_BIRTH}(?<!\p{L})${SINH}\s+(?:${cased('ra')}\s+)?(?:${cased('vào')}\s+)?${DAY}\s*:?\s*\d`,
  // "năm sinh 1968", "Ngày sinh: 12/03/1980", "ngày, tháng, năm sinh …", "năm sinh của chị".
  String.raw`(?<!\p{L})${DAY}\s+${SINH}(?:\s*[:(\-]?\s*\d|\s*:|\s+(?:của\s+)?(?:anh|chị|ông|bà|em|cháu|cô|chú|bác|tác giả)(?!\p{L}))`,
  // "SN 1975", "SN: 12/3/1968": short for sinh năm, in capitals ("sn" is left to the other rules).
  String.raw`(?<![\p{L}\d])SN\s*[:.]?\s*(?:(?:19|20)\d\d|\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d)(?!\d)`,
  String.raw`(?<![\p{L}])[dD]\.?[oO]\.?[bB](?![\p{L}])`,
];

const RULES: { pattern: RegExp; message: string }[] = [
  { pattern: new RegExp(EMAIL, 'iu'), message: 'có địa chỉ e-mail; không đăng thông tin liên lạc cá nhân' },
  { pattern: new RegExp(PHONE, 'iu'), message: 'có số điện thoại; không đăng số điện thoại cá nhân' },
  { pattern: new RegExp(`${ID_RUN}|${ID_NAMED}`, 'iu'), message: 'có dãy số giống số căn cước/CMND; không đăng giấy tờ tùy thân' },
  { pattern: new RegExp(BIRTH.join('|'), 'u'), message: 'có ngày sinh; không đăng ngày sinh' },
];

/**
 * A necessary condition for any rule, checked first on the whole text: almost every file is clean and
 * stops here. Each test starts with a literal or a digit, which V8 finds without trying the rest at
 * every letter (one combined pattern with /iu did, and was about 3× slower).
 */
const CANDIDATES: RegExp[] = [
  /\d\d(?:[ .\-()]{0,2}\d){7}/, // 9 digits or more, grouped: every phone and ID number
  /inh\s+(?:ra|vào|ngày|năm|tháng|Ngày|Năm|Tháng|NGÀY|NĂM|THÁNG)|inh(?<=(?:ngày|năm|tháng|Ngày|Năm|Tháng)\s+[sS]inh)/u,
  /INH/,
  /SN\s*[:.]?\s*\d/,
  /[dD]\.?[oO]\.?[bB]/,
];

function mayHoldPersonalData(text: string): boolean {
  return text.includes('@') || CANDIDATES.some((pattern) => pattern.test(text));
}

export interface PrivacyHit { line: number; message: string }

export function findPersonalData(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  if (!mayHoldPersonalData(text)) return hits;
  // A rare hit: now say which rule and on which line.
  text.split('\n').forEach((line, i) => {
    for (const rule of RULES) if (rule.pattern.test(line)) hits.push({ line: i + 1, message: rule.message });
  });
  return hits;
}
