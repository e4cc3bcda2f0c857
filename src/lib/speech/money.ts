/**
 * Money: 500.000đ, 15.000.000 VNĐ, 500k, 1,5tr, 200 USD, $200. The amount is read as a number
 * (units.ts and numbers.ts); here the currency marks become words.
 */
import { readNumber } from './numbers.ts';
import { esc, hasDigit, NA, NB, NUM, numberValue, re } from './shared.ts';

export const MONEY: [string, string][] = [['VNĐ', 'đồng'], ['VND', 'đồng'], ['vnđ', 'đồng'], ['USD', 'đô la Mỹ'], ['đ', 'đồng'], ['tr', 'triệu'], ['k', 'nghìn'], ['K', 'nghìn']];
const alt = MONEY.map(([u]) => esc(u)).join('|');


const DOLLAR = re(`\\$\\s?(${NUM})${NA}`);
const AMOUNT = re(`${NB}(${NUM})\\s*(${alt})${NA}`);
/** "62.000-65.000 đ/kg": the span's second amount carries the mark for both (it was read "…nghìn-sáu mươi…"). */
const AMOUNT_RANGE = re(`(?:([Tt]ừ)\\s+)?${NB}(${NUM})\\s*[-–]\\s*(${NUM})\\s*(${alt})${NA}`);
/** "500.000đ - 1.000.000đ": both amounts marked, the dash between them "đến" (it was left a dash). */
const MARKED_RANGE = re(`(?:([Tt]ừ)\\s+)?${NB}(${NUM})\\s*(${alt})\\s*[-–]\\s*(${NUM})\\s*(${alt})${NA}`);
const word = (u: string) => MONEY.find(([k]) => k === u)![1];
/** What one of a mark is worth in đồng, for the marks a span may mix (500k - 1tr); other marks only with themselves. */
const IN_DONG: Record<string, number> = { đồng: 1, nghìn: 1e3, triệu: 1e6 };
function value(n: string, u: string): [number, string] {
  const w = word(u);
  return IN_DONG[w] ? [numberValue(n) * IN_DONG[w]!, 'đồng'] : [numberValue(n), w];
}
export function readMoney(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(DOLLAR, (_m, n: string) => `${readNumber(n)} đô la`);
  s = s.replace(MARKED_RANGE, (m, tu: string | undefined, a: string, ua: string, b: string, ub: string) => {
    const [x, cx] = value(a, ua);
    const [y, cy] = value(b, ub);
    return cx === cy && x < y ? `${tu ?? 'từ'} ${readNumber(a)} ${word(ua)} đến ${readNumber(b)} ${word(ub)}` : m;
  });
  s = s.replace(AMOUNT_RANGE, (m, tu: string | undefined, a: string, b: string, u: string) =>
    numberValue(a) < numberValue(b) ? `${tu ?? 'từ'} ${readNumber(a)} đến ${readNumber(b)} ${word(u)}` : m);
  return s.replace(AMOUNT, (_m, n: string, u: string) => `${readNumber(n)} ${word(u)}`);
}
