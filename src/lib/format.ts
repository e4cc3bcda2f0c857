import { LOCALE } from '../i18n/vi.ts';

const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

/** 1234.5 → "1.234,5" (Vietnamese grouping and decimal comma). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 0.025 → "2,5%". */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/** "2026-04-15" → "15/04/2026", the way dates are written in Vietnamese documents. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
