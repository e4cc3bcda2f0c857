/**
 * Money: 500.000đ, 15.000.000 VNĐ, 500k, 1,5tr, 200 USD, $200. The amount is read as a number
 * (units.ts and numbers.ts); here the currency marks become words.
 */
import { readNumber } from './numbers.ts';
import { esc, hasDigit, NA, NB, NUM, re } from './shared.ts';

export const MONEY: [string, string][] = [['VNĐ', 'đồng'], ['VND', 'đồng'], ['vnđ', 'đồng'], ['USD', 'đô la Mỹ'], ['đ', 'đồng'], ['tr', 'triệu'], ['k', 'nghìn'], ['K', 'nghìn']];
const alt = MONEY.map(([u]) => esc(u)).join('|');


const DOLLAR = re(`\\$\\s?(${NUM})${NA}`);
const AMOUNT = re(`${NB}(${NUM})\\s*(${alt})${NA}`);
export function readMoney(s: string): string {
  if (!hasDigit(s)) return s;
  s = s.replace(DOLLAR, (_m, n: string) => `${readNumber(n)} đô la`);
  return s.replace(AMOUNT, (_m, n: string, u: string) => `${readNumber(n)} ${MONEY.find(([k]) => k === u)![1]}`);
}
