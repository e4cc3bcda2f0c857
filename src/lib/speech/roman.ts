/**
 * Roman numerals, only where the words around make them numbers: after "thế kỷ", "quý", "phần",
 * "khóa"… (a cardinal: Quý II → quý hai), after "thứ" (an ordinal: lần thứ IV → lần thứ tư), and a
 * heading that opens with one ("III. TỔ CHỨC" → Phần ba. TỔ CHỨC). Elsewhere I, V, X stay letters.
 */
import { readInteger, readOrdinal, romanToInt } from './numbers.ts';
import { NA, re } from './shared.ts';

const BEFORE = [
  'Thế kỷ', 'thế kỷ', 'Thế kỉ', 'thế kỉ', 'Quý', 'quý', 'Phần', 'phần', 'Mục', 'mục', 'Chương', 'chương', 'Giai đoạn', 'giai đoạn',
  'Khóa', 'khóa', 'Khoá', 'khoá', 'Đại hội', 'đại hội', 'Hạng', 'hạng', 'Loại', 'loại', 'Nhóm', 'nhóm', 'Đợt', 'đợt', 'Phụ lục', 'phụ lục',
  'Tập', 'tập', 'Kỳ', 'kỳ', 'Vùng', 'vùng', 'Cấp', 'cấp', 'Quân khu', 'quân khu', 'Bậc', 'bậc', 'Tiểu mục', 'tiểu mục',
  // Flood warnings on the loudspeakers: "mức báo động II" is said "báo động hai".
  'Báo động', 'báo động',
];
const NUMERAL = '([IVXL]{1,7})';

/** With the points of its section after dots ("mục V.3" → mục năm chấm ba, as "tiêu chí 1.2" is một chấm hai). */
const ROMAN_AFTER_WORD = re(`(${BEFORE.join('|')})\\s+${NUMERAL}(?:\\.(\\d{1,2}(?:\\.\\d{1,2})*)(?!\\d|[.,]\\d))?(?:/((?:19|20)\\d{2}))?${NA}`);
const ROMAN_ORDINAL = re(`([Tt]hứ)\\s+${NUMERAL}${NA}`);

export function readRoman(s: string): string {
  // quý IV/2027 → quý bốn năm hai nghìn không trăm hai mươi bảy.
  s = s.replace(ROMAN_AFTER_WORD, (m, w: string, r: string, point?: string, y?: string) => {
    const n = romanToInt(r);
    return n ? `${w} ${readInteger(String(n))}${point ? point.split('.').map((p) => ` chấm ${readInteger(p)}`).join('') : ''}${y ? ` năm ${readInteger(y)}` : ''}` : m;
  });
  s = s.replace(ROMAN_ORDINAL, (m, w: string, r: string) => {
    const n = romanToInt(r);
    return n ? `${w} ${readOrdinal(n)}` : m;
  });
  // A heading "III. TỔ CHỨC THỰC HIỆN" (start of a paragraph, numeral, full stop, capital letter).
  return s.replace(/^([IVXL]{1,7})[.)]\s+(?=\p{Lu})/u, (m, r: string) => {
    const n = romanToInt(r);
    return n ? `Phần ${readInteger(String(n))}. ` : m;
  });
}
