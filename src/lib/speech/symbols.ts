/**
 * Symbols a reader says (40°C → … độ xê, & → và, "điểm %" → điểm phần trăm) and the clean-up of what
 * is not said. A "/" left between two words is an alternative ("thôn/xóm" → thôn hoặc xóm); rates
 * were taken by units.ts before.
 */
export function readSymbols(s: string): string {
  return s
    .replace(/\s*°\s*C(?![\p{L}\p{N}])/gu, ' độ xê')
    .replace(/\s*°\s*F(?![\p{L}\p{N}])/gu, ' độ ép')
    .replace(/\s*°/g, ' độ')
    .replace(/(độ) ([CF])(?![\p{L}\p{N}])/gu, (_m, d: string, u: string) => `${d} ${u === 'C' ? 'xê' : 'ép'}`)
    .replace(/\s*%/g, ' phần trăm')
    .replace(/\s*‰/g, ' phần nghìn')
    .replace(/½/g, ' một phần hai ').replace(/¼/g, ' một phần tư ').replace(/¾/g, ' ba phần tư ')
    .replace(/\s*&\s*/g, ' và ')
    .replace(/\s*\+\s*/g, ' cộng ')
    .replace(/~\s*/g, 'khoảng ')
    .replace(/\s*≥\s*/g, ' từ ')
    .replace(/\s*≤\s*/g, ' không quá ')
    .replace(/\s*>\s*/g, ' trên ')
    .replace(/\s*<\s*/g, ' dưới ')
    .replace(/\s*@\s*/g, ' a còng ')
    .replace(/(\p{L})\s?\/\s?(\p{L})/gu, '$1 hoặc $2')
    .replace(/\//g, ' ')
    .replace(/[#*_`|<>[\]{}\\^=~]/g, ' ')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/\s+([,.;:!?…])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
