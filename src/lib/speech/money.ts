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
const word = (u: string) => MONEY.find(([k]) => k === u)![1];
export function readMoney(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(DOLLAR, (_m, n: string) => `${readNumber(n)} đô la`);
  s = s.replace(AMOUNT_RANGE, (m, tu: string | undefined, a: string, b: string, u: string) =>
    numberValue(a) < numberValue(b) ? `${tu ?? 'từ'} ${readNumber(a)} đến ${readNumber(b)} ${word(u)}` : m);
  return s.replace(AMOUNT, (_m, n: string, u: string) => `${readNumber(n)} ${word(u)}`);
}
