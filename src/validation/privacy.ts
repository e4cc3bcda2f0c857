/**
 * Personal data that must not be published (DESIGN: names and achievements only): ID-card numbers,
 * personal phone numbers, e-mail addresses, birth dates. Checked line by line in every entry
 * except site.yml, whose official contact may carry a public phone and e-mail.
 */
const RULES: { pattern: RegExp; message: string }[] = [
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u, message: 'có địa chỉ e-mail; không đăng thông tin liên lạc cá nhân' },
  // Vietnamese phone numbers: 0 or +84, then 9–10 digits, optionally grouped by spaces, dots or dashes.
  { pattern: /(?<![\d.,])(?:\+84|0)(?:[ .-]?\d){8,10}(?![\d,]|\.\d)/u, message: 'có số điện thoại; không đăng số điện thoại cá nhân' },
  // Căn cước (12 digits) or old CMND (9 digits), written as one run of digits.
  { pattern: /(?<![\d.,/-])(?:\d{12}|\d{9})(?![\d,/-]|\.\d)/u, message: 'có dãy số giống số căn cước/CMND; không đăng giấy tờ tùy thân' },
  { pattern: /(?:ngày|năm)\s+sinh|sinh\s+(?:ngày|năm)|\bd\.?o\.?b\b/iu, message: 'có ngày sinh; không đăng ngày sinh' },
];

export interface PrivacyHit { line: number; message: string }

export function findPersonalData(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  // Most entries are clean: one pass over the whole text per rule (none spans lines), then lines only on a hit.
  // The e-mail pattern backtracks on every word, so it waits for an "@".
  if (!RULES.some((rule, i) => (i === 0 ? text.includes('@') : true) && rule.pattern.test(text))) return hits;
  text.split('\n').forEach((line, i) => {
    for (const rule of RULES) if (rule.pattern.test(line)) hits.push({ line: i + 1, message: rule.message });
  });
  return hits;
}
