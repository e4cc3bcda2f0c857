/**
 * Codes: document numbers (118/KH-UBND, 57-NQ/TW, 13/2023/NĐ-CP) and letter-digit tokens (3G, H5N1,
 * GĐ1, QL10, COVID-19). In a document number the first symbol is the kind of document, so "TT" there
 * is always thông tư and "CT" chỉ thị; the others are the issuer, read from the glossary.
 */
import { readDigits, readInteger } from './numbers.ts';
import { spacedDtIsRoad } from './phones.ts';
import { CAP, capAtSentenceStart, esc, hasDigit, NA, NB, re, readLetters, sayOnce } from './shared.ts';
import { defaultReading, resolveReading, type Glossary } from './types.ts';

const DOC_KINDS: Record<string, string> = {
  KH: 'kế hoạch', NQ: 'nghị quyết', QĐ: 'quyết định', TT: 'thông tư', CT: 'chỉ thị', TB: 'thông báo', BC: 'báo cáo',
  TTr: 'tờ trình', HD: 'hướng dẫn', CV: 'công văn', NĐ: 'nghị định', QC: 'quy chế', CTr: 'chương trình', KL: 'kết luận',
  GM: 'giấy mời', BB: 'biên bản', QH: 'Quốc hội', L: 'luật', UBTVQH: 'Ủy ban Thường vụ Quốc hội', PL: 'phụ lục', ĐA: 'đề án',
};
/** Letter runs said as words, not spelled. */
export const WORDS: Record<string, string> = { COVID: 'cô vít', Covid: 'cô vít', ASF: 'a ét ép' };

const SYM = '[A-ZĐ][A-ZĐa-zđ]{0,7}';
/** National standards before their number and year (QCVN 01:2009/BYT, TCVN 5574:2018). */
const STANDARDS: Record<string, string> = { QCVN: 'quy chuẩn Việt Nam', TCVN: 'tiêu chuẩn Việt Nam' };

/**
 * Road kinds before a road number (QL.10, TL 295, ĐT.480, ĐH.62, ĐX.05, HL.12 hương lộ of the south).
 * No ĐL đại lộ: boulevards go by name, not number, and ĐL is also điện lực.
 */
const ROADS: Record<string, string> = { QL: 'quốc lộ', TL: 'tỉnh lộ', ĐT: 'đường tỉnh', ĐH: 'đường huyện', ĐX: 'đường xã', HL: 'hương lộ' };
/** Urban units before a number (Q.1 quận một, P.5 phường năm). */
const DISTRICTS: Record<string, string> = { Q: 'quận', P: 'phường' };

/**
 * A number plate, "35A-123.45", "35B1-234.56", "35A-1234": the province's two digits as a number,
 * the series letter spelled, then every digit, as the police read one out (it was "ba mươi lăm
 * a-một trăm hai mươi ba chấm bốn năm").
 */
const PLATE = re(`${NB}(\\d{2})([A-Z]{1,2})(\\d?)-(\\d{3}\\.\\d{2}|\\d{4,5}(?![.,]\\d))${NA}`);
const readPlate = (_m: string, province: string, series: string, digit: string, number: string) =>
  `${readInteger(province)} ${readLetters(series)}${digit ? ` ${readDigits(digit)}` : ''}, ${number.split('.').map(readDigits).join(', ')}`;

export function readCodes(s: string, glossary: Glossary): string {
  if (!hasDigit(s)) return s;
  s = s.replace(PLATE, readPlate);
  // A road's number is its name, said whole as announcers do (quốc lộ mười, tỉnh lộ bốn trăm tám
  // mươi), like the other letter-digit codes; only phone numbers and addresses go digit by digit.
  s = s.replace(ROAD, (m, spaced: string | undefined, kind: string | undefined, spacedDt: string | undefined, n: string, letter: string | undefined, offset: number, whole: string) => {
    const k = (spaced ?? kind ?? spacedDt)!;
    // "ĐT.0912 345 678" is a telephone (ĐT điện thoại).
    if (k === 'ĐT' && n.startsWith('0')) return m;
    if (spacedDt && !spacedDtIsRoad(n, whole, offset)) return m;
    // After the word "đường" the road's own "đường" is not said again ("Đường ĐT.480" → Đường tỉnh …).
    const road = sayOnce(`${ROADS[k]} ${readInteger(n)}${letter ? ` ${readLetters(letter)}` : ''}`, whole.slice(Math.max(0, offset - 12), offset));
    return capAtSentenceStart(road, whole, offset);
  });
  // Q.1, Q. 3: quận (Q. before a title is quyền, abbreviations.ts); P.5, P. 12: phường. Before a
  // name (Q. Ba Đình, P. Nguyễn) they stay as written: only the number tells the unit.
  s = s.replace(DISTRICT, (_m, unit: string, n: string, offset: number, whole: string) => capAtSentenceStart(`${DISTRICTS[unit]} ${readInteger(n)}`, whole, offset));
  // P.201, P. 305: a room (phòng), its number digit by digit as on a door; wards have one or two
  // digits. After the word "phòng" only the number is said ("Phòng P.201" → "Phòng hai không một").
  s = s.replace(ROOM, (_m, n: string, offset: number, whole: string) => {
    if (/phòng\s*$/iu.test(whole.slice(Math.max(0, offset - 8), offset))) return readDigits(n);
    return capAtSentenceStart(`phòng ${readDigits(n)}`, whole, offset);
  });
  // QCVN 01:2009/BYT → quy chuẩn Việt Nam không một năm hai nghìn không trăm linh chín Bộ Y tế
  // (its number as written, a leading zero said, a part after a dash "gạch": 01-1 → không một gạch
  // một; the colon is not said, nor read as a time).
  s = s.replace(STANDARD, (_m, kind: string, n: string, y: string, issuer: string | undefined, offset: number, whole: string) => {
    const number = n.split('-').map((p) => (p.startsWith('0') ? readDigits(p) : readInteger(p))).join(' gạch ');
    const by = issuer ? ` ${defaultReading(glossary[issuer]) ?? readLetters(issuer)}` : '';
    return capAtSentenceStart(`${STANDARDS[kind]} ${number} năm ${readInteger(y)}${by}`, whole, offset);
  });
  // The issuer is read in the context of the kind ("TT-BTC": Bộ Tài chính next to "thông tư").
  // When the text has just named the kind ("Kế hoạch số 118/KH-UBND", "NĐ 90/2017/NĐ-CP"), it is
  // not said again and the issuer is said as a broadcaster does, "của …", or not at all when a
  // "của …" follows the number (after its date, if any): "Kế hoạch số 118/KH-UBND ngày 15/4/2026
  // của UBND tỉnh" → Kế hoạch số một trăm mười tám ngày … của Ủy ban nhân dân tỉnh.
  const code = (sym: string, whole: string, start: number, end: number) => {
    const parts = sym.split(/[-/]/);
    const kind = DOC_KINDS[parts[0]!];
    const words = parts.map((p, i) => (i === 0 && kind) || resolveReading(glossary[p], (kind ?? '').split(' '), []) || readLetters(p));
    const before = whole.slice(Math.max(0, start - 24), start);
    // A công văn's symbol has no kind: its issuer, then the office that drafted it ("1234/UBND-VP",
    // văn phòng), which a broadcaster leaves out: "Công văn số 1234/UBND-VP" → … của Ủy ban nhân dân.
    const issuer = kind ? (kindBefore(kind, parts[0]!, before) ? words.slice(1) : undefined) : kindBefore('công văn', 'CV', before) ? words.slice(0, 1) : undefined;
    if (!issuer) return ` ${words.join(' ')}`;
    return !issuer.length || OF_FOLLOWS.test(whole.slice(end, end + 40)) ? '' : ` của ${issuer.join(' ')}`;
  };
  // 13/2023/NĐ-CP: number, year, kind, issuer.
  s = s.replace(DOC_WITH_YEAR, (m, n: string, y: string, sym: string, offset: number, whole: string) =>
    `${readInteger(n)} năm ${readInteger(y)}${code(sym, whole, offset, offset + m.length)}`);
  // 118/KH-UBND, 57-NQ/TW, 07-NQ/ĐU.
  s = s.replace(DOC, (m, n: string, sym: string, offset: number, whole: string) => {
    // A part with small letters (TTr, TTg) must be a known symbol, so "5-Ông" is not a document number.
    if (sym.split(/[-/]/).some((p) => /[a-zđ]/.test(p) && !DOC_KINDS[p] && glossary[p] === undefined)) return m;
    return `${readInteger(n)}${code(sym, whole, offset, offset + m.length)}`;
  });
  // COVID-19.
  s = s.replace(COVID, (_m, w: string, n: string) => `${WORDS[w]} ${readInteger(n)}`);
  // Letter-digit tokens: 3G, 4G, H5N1, GĐ1, QL10. A glossary letter run is said as its words (GĐ1 → giai đoạn một).
  s = s.replace(LETTER_DIGIT, (m: string) =>
    /^\d+(?:V|W|MW|GB|MB|VNĐ|VND|USD|K)$/.test(m) ? m : (m.match(/\d+|\D+/g) ?? []).map((run) => (/^\d/.test(run) ? readInteger(run) : WORDS[run] ?? defaultReading(glossary[run]) ?? readLetters(run))).join(' '));
  return s;
}

// QL and TL also with a space; ĐH, ĐX, HL only with a dot or glued; ĐT with a space only where it
// cannot be a phone (spacedDtIsRoad: "ĐT 113" is a phone number, "tuyến ĐT 480" a road).
const ROAD = re(`${NB}(?:(QL|TL)\\.?\\s?${CAP}?|(ĐT|ĐH|ĐX|HL)\\.?|(ĐT)\\s${CAP}?)(\\d{1,4})([A-Z])?(?![\\p{L}\\p{N}]|[.,]\\d)`);
// The space after "Q." or "P." made it look like a sentence end, so a capital mark (shared.ts) may sit before the digits.
const ROOM = re(`(?<![\\p{L}\\p{N}.])P\\.\\s?${CAP}?(\\d{3,4})(?![\\p{L}\\p{N}]|[.,]\\d)`);
const DISTRICT = re(`(?<![\\p{L}\\p{N}.])([QP])\\.\\s?${CAP}?(\\d{1,2})(?![\\p{L}\\p{N}]|[.,]\\d)`);
/** The kind of a document just named before its number, in words or as its abbreviation, "số" between. */
const kindBefore = (words: string, abbr: string, before: string) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${esc(words)}|${esc(abbr)})(?:\\s+số)?\\s*$`, 'iu').test(before);
/** "của …" right after a document's number, or after its date ("ngày 15/4/2026 của …"). */
const OF_FOLLOWS = /^\s*,?\s*(?:ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s+)?của\s/iu;
const STANDARD = re(`${NB}(QCVN|TCVN)\\s+(\\d{1,5}(?:-\\d{1,3})?):((?:19|20)\\d{2})(?:/(${SYM}))?${NA}`);
const DOC_WITH_YEAR = re(`${NB}(\\d+)/((?:19|20)\\d{2})/(${SYM}(?:-${SYM})*)${NA}`);
const DOC = re(`${NB}(\\d+)[/-](${SYM}(?:[-/]${SYM})*)${NA}`);
const COVID = re(`${NB}(COVID|Covid)-(\\d+)${NA}`);
const LETTER_DIGIT = re(`${NB}((?:[A-ZĐ]+\\d+|\\d+[A-ZĐ]+)[A-ZĐ\\d]*)${NA}`);
