/**
 * The campaign calendar from the plan (II.2, IV.2, V.1): 2026–2030 in two phases, a sơ kết review
 * after phase 1, a tổng kết review at the end of 2030, and unit reports due each 05/11.
 * Pure, below the schemas (which check years and review periods against it); today's date, which
 * reads the environment, is in src/node/today.ts.
 */
export const CAMPAIGN = { start: 2026, end: 2030 } as const;

export type PhaseNumber = 1 | 2;

export interface Phase {
  number: PhaseNumber;
  start: number;
  end: number;
  /** The review that closes the phase and the years its awards may carry. */
  review: 'so-ket' | 'tong-ket';
  reviewYears: readonly [number, number];
}

export const PHASES: readonly Phase[] = [
  { number: 1, start: 2026, end: 2027, review: 'so-ket', reviewYears: [2027, 2028] },
  { number: 2, start: 2028, end: 2030, review: 'tong-ket', reviewYears: [2030, 2031] },
];

/** Phase of a campaign year, or undefined outside 2026–2030. */
export function phaseOf(year: number): PhaseNumber | undefined {
  return PHASES.find((p) => year >= p.start && year <= p.end)?.number;
}

/** Day and month of the yearly reporting deadline (V.1, V.2: "chậm nhất đến ngày 05 tháng 11 hàng năm"). */
export const REPORT_DEADLINE = { month: 11, day: 5 } as const;

/** ISO date (YYYY-MM-DD) of the report deadline for a campaign year. */
export function reportDeadline(year: number): string {
  const mm = String(REPORT_DEADLINE.month).padStart(2, '0');
  const dd = String(REPORT_DEADLINE.day).padStart(2, '0');
  return `${year}-${mm}-${dd}`;
}

/** The next deadline on or after `today` (ISO date) within the campaign, or undefined after it. */
export function nextReportDeadline(today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  for (let y = Math.max(year, CAMPAIGN.start); y <= CAMPAIGN.end; y++) {
    const d = reportDeadline(y);
    if (d >= today) return d;
  }
  return undefined;
}

export type CampaignPosition =
  | { state: 'before' }
  | { state: 'during'; phase: PhaseNumber; year: number; /** 0–1 through 2026-01-01…2030-12-31 */ progress: number }
  | { state: 'after' };

/** Where a date (ISO) falls on the campaign timeline; computed at build time for the home page. */
export function campaignPosition(today: string): CampaignPosition {
  const year = Number(today.slice(0, 4));
  if (year < CAMPAIGN.start) return { state: 'before' };
  if (year > CAMPAIGN.end) return { state: 'after' };
  const start = Date.UTC(CAMPAIGN.start, 0, 1);
  const end = Date.UTC(CAMPAIGN.end + 1, 0, 1);
  const now = Date.parse(`${today}T00:00:00Z`);
  return { state: 'during', phase: phaseOf(year)!, year, progress: (now - start) / (end - start) };
}
