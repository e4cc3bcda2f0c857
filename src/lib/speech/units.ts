/**
 * Rates and units. "/" between a quantity and what it is counted by is a rate, said "một"
 * ("120 nghìn đồng/tháng" → … đồng một tháng, "5 tạ/sào" → năm tạ một sào); between two unit
 * symbols it is "trên" (60 km/h → sáu mươi ki lô mét trên giờ). Percent, "điểm %" and units.
 */
import { readNumber } from './numbers.ts';
import { MONEY } from './money.ts';
import { esc, hasDigit, NA, NB, NUM, numberValue, re } from './shared.ts';

/** Unit symbols said after a number; longest first so "kWh" wins over "kW". */
export const UNITS: [string, string][] = [
  ['kWh', 'ki lô oát giờ'], ['MWh', 'mê ga oát giờ'], ['kWp', 'ki lô oát đỉnh'], ['kVA', 'ki lô vôn am pe'], ['KVA', 'ki lô vôn am pe'], ['MVA', 'mê ga vôn am pe'],
  ['kW', 'ki lô oát'], ['MW', 'mê ga oát'], ['kV', 'ki lô vôn'], ['Wp', 'oát đỉnh'], ['W', 'oát'], ['V', 'vôn'],
  ['km²', 'ki lô mét vuông'], ['km2', 'ki lô mét vuông'], ['m²', 'mét vuông'], ['m2', 'mét vuông'], ['m³', 'mét khối'], ['m3', 'mét khối'],
  ['km', 'ki lô mét'], ['kg', 'ki lô gam'], ['ha', 'héc ta'],
  ['cm', 'xen ti mét'], ['mm', 'mi li mét'], ['ml', 'mi li lít'], ['mg', 'mi li gam'], ['g', 'gam'], ['m', 'mét'], ['l', 'lít'],
  ['GB', 'ghi ga bai'], ['MB', 'mê ga bai'], ['Mbps', 'mê ga bít trên giây'],
];
/** What a rate is counted by (after "/"): time, people, land, units. */
const PER: Record<string, string> = {
  h: 'giờ', s: 'giây', ...Object.fromEntries(UNITS),
};
const PER_WORDS = ['ngày', 'tháng', 'năm', 'tuần', 'quý', 'giờ', 'phút', 'vụ', 'lượt', 'người', 'hộ', 'khẩu', 'sào', 'mẫu', 'con', 'cây', 'suất', 'buổi', 'lần', 'học sinh', 'em', 'xã', 'thôn', 'xóm', 'chiếc', 'bộ', 'cái', 'bao', 'tấn', 'tạ', 'yến', 'lít', 'gói', 'hồ sơ', 'ca', 'đêm', 'trẻ', 'cháu', 'thửa', 'lứa', 'lô', 'hécta', 'héc ta', 'mét', 'cân', 'tổ', 'nhóm', 'lớp', 'trường', 'đơn vị', 'gia đình', 'lao động', 'sản phẩm', 'đầu người', 'kỳ', 'đợt', 'chuyến', 'số', 'bình', 'bao', 'thùng', 'chai', 'xe', 'phòng', 'ha', 'sáng kiến', 'mô hình', 'giải', 'công trình', 'dự án', 'bài', 'tác phẩm', 'cá nhân', 'tập thể', 'hội viên', 'thành viên', 'đoàn viên'];
/** Per a span of time, a rate may count a thing of three or four words first ("12 tấn rơm rạ/vụ"); other words after the number would be an alternative ("ở thôn/xóm"). */
const PER_TIME = ['ngày', 'tháng', 'năm', 'tuần', 'quý', 'vụ', 'lứa', 'mùa', 'giờ'];
const SYMBOLS = new Set(UNITS.map(([u]) => u).concat(['h', 's']));

const UNIT_WORDS = new Map([...UNITS, ...MONEY]);
const unitAlt = [...UNITS, ...MONEY].map(([u]) => esc(u)).join('|');
const perAlt = [...Object.keys(PER), ...PER_WORDS].sort((a, b) => b.length - a.length).map(esc).join('|');


const RATE = re(`(${NB}(?:${NUM})\\s*(?:(?:nghìn|ngàn|triệu|tỷ|trăm)\\s+)?(%|${unitAlt}|[\\p{L}]+(?:\\s[\\p{L}]+)?)?)((?:\\s?/\\s?(?:${perAlt})${NA})+)`);
const LONG_RATE = re(`(${NB}(?:${NUM})\\s*(?:[\\p{L}]+\\s){2,3}[\\p{L}]+)\\s?/\\s?(${PER_TIME.join('|')})${NA}`);
const MONEY_RATE = re(`(?<![\\p{L}])(đồng|VNĐ|đ)\\s?/\\s?(${perAlt})${NA}`);
const UNIT_AFTER = `(?:\\s*(°C|%|${unitAlt})(?![\\p{L}\\p{N}]))`;
const unitWords = (u?: string) => (!u ? '' : u === '%' ? ' phần trăm' : u === '°C' ? ' độ xê' : ` ${UNIT_WORDS.get(u)}`);
const RANGE = re(`(?:([Tt]ừ)\\s+)?${NB}(${NUM})${UNIT_AFTER}?\\s*[-–]\\s*(${NUM})(?![\\p{N}])${UNIT_AFTER}?(?![\\p{L}\\p{N}])`);
const LEVEL_BEFORE = /(?:^|[^\p{L}])cấp\s+$/iu;
const PERCENT = re(`${NB}(${NUM})\\s*%`);
const QUANTITY = re(`${NB}(${NUM})\\s*(${unitAlt})${NA}`);
/** A unit without its number after "mỗi", "trên", "một": "mỗi ha cần…" → mỗi héc ta (it was left "ha"). Symbols of two letters or more only. */
const EACH_UNIT = re(`${NB}([Mm]ỗi|[Tt]rên|[Mm]ột)\\s+(ha|kg|km|km2|m2|m3|ml|kWh)${NA}`);
export function readRates(s: string): string {
  // number [magnitude] [unit or word] / per [/ per]: the slash only is rewritten here.
  return s.replace(RATE, (_m, head: string, unit: string | undefined, pers: string) => {
    const list = pers.split('/').map((p) => p.trim()).filter(Boolean);
    // A density is "trên" a square kilometre: "720 người/km2" → … người trên ki lô mét vuông.
    return head + list.map((p) => ((unit && SYMBOLS.has(unit) && SYMBOLS.has(p)) || /^km[2²]$/.test(p) ? ' trên ' : ' một ') + (PER[p] ?? p)).join('');
  }).replace(LONG_RATE, '$1 một $2').replace(MONEY_RATE, (_m, u: string, p: string) => `${u === 'đồng' ? u : 'đồng'} một ${PER[p] ?? p}`);
}

/** Sizes "20x30 cm", "2 × 3 m": the "x" between two numbers is said "nhân" (it ran into the digits as "mươixba"). */
const TIMES = re(`${NB}(${NUM})\\s?[x×]\\s?(?=\\d)`);
/** "15 hộ x 2 triệu đồng": a lone x between a counted number and another number. */
const TIMES_SPACED = /(?<=\d[^\d\n.;:]{1,25})\s[x×]\s(?=\d)/gu;
/** Three or more numbers joined by dashes, "NPK 16-16-8": each number with a pause, not a range and a dash. Dates are read before. */
const CHAIN = re(`${NB}\\d+(?:-\\d+){2,}${NA}(?![.,]\\d)`);
/** A multiplier before a number, "x2", "×3": gấp hai (it ran together as "xhai"). */
const TIMES_BEFORE = re(`(?<![\\p{L}\\p{N}])[x×]\\s?(${NUM})${NA}`);
/** A road's chainage "Km2+300", "Km 15": ki lô mét hai cộng ba trăm (it was "Kmhai cộng ba trăm"). */
// Not after a number: "25 km2" is an area, ki lô mét vuông (it read "ki lô mét hai").
const CHAINAGE = /(?<![\p{L}\p{N}])(?<!\d[.,]?\d*\s?)[Kk]m\s?(\d{1,3})(?:\s?\+\s?(\d{1,3}))?(?![\p{L}\p{N}])/gu;
/** A height "1m65": một mét sáu mươi lăm (it ran together as "mộtmsáu năm"). */
const HEIGHT = re(`${NB}(\\d)m(\\d{2})${NA}`);
export function readUnits(s: string): string {
  s = s.replace(EACH_UNIT, (_m, each: string, u: string) => `${each} ${UNIT_WORDS.get(u)}`);
  if (!hasDigit(s)) return s;
  s = s.replace(TIMES, (_m, a: string) => `${a} nhân `).replace(TIMES_SPACED, ' nhân ');
  s = s.replace(TIMES_BEFORE, (_m, n: string) => `gấp ${readNumber(n)}`);
  s = s.replace(CHAIN, (m) => m.split('-').map(readNumber).join(', '));
  s = s.replace(CHAINAGE, (_m, km: string, m?: string) => `ki lô mét ${readNumber(km)}${m ? ` cộng ${readNumber(m)}` : ''}`);
  s = s.replace(HEIGHT, (_m, a: string, b: string) => `${readNumber(a)} mét ${readNumber(b)}`);
  // Ranges with a unit or percent: 20-30%, 3 - 5 ha (one "từ" even when the text has it).
  s = s.replace(RANGE, (_m, tu: string | undefined, a: string, ua: string | undefined, b: string, ub: string | undefined, offset: number, whole: string) => {
    // A span goes up ("3-5 người"); "2-1", "3 - 0" are scores, said with a pause.
    const up = numberValue(a) < numberValue(b);
    // Wind force as forecasters say it: "gió cấp 8-9" → cấp tám đến cấp chín.
    if (up && !tu && !ua && !ub && LEVEL_BEFORE.test(whole.slice(Math.max(0, offset - 6), offset))) return `${readNumber(a)} đến cấp ${readNumber(b)}`;
    return up ? `${tu ?? 'từ'} ${readNumber(a)}${unitWords(ua)} đến ${readNumber(b)}${unitWords(ub)}` : `${tu ? tu + ' ' : ''}${readNumber(a)}${unitWords(ua)} - ${readNumber(b)}${unitWords(ub)}`;
  });
  s = s.replace(PERCENT, (_m, n: string) => `${readNumber(n)} phần trăm`);
  return s.replace(QUANTITY, (_m, n: string, u: string) => `${readNumber(n)} ${UNIT_WORDS.get(u)}`);
}
