import { LOCALE } from '../i18n/vi.ts';

const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
// UTC both ways, so an ISO date is the same calendar day on every machine.
const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** 1234.5 → "1.234,5" (Vietnamese grouping and decimal comma). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** 0.025 → "2,5%". */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/** "2026-04-15" → "15/04/2026", the way dates are written in Vietnamese documents; a month alone ("2026-04") → "04/2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (d !== undefined) return dateFormat.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => dateFormat.formatToParts(date).find((p) => p.type === type)!.value;
  return `${part('month')}/${part('year')}`;
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
