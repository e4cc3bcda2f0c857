/**
 * Campaign statistics from validated entries (pure: no Astro, no I/O), so the page, the JSON, the
 * yearly summary and the tests all read the same numbers: initiatives by field, kind, status, year,
 * phase, unit kind, criteria group and unit; participation of units; sums of measured results;
 * honors by period, form, status, year and recipient kind; stories by year; yearly reports on time,
 * late and missing against the 05/11 deadline.
 */
import errors from '../i18n/vi/build-errors.ts';
import { criteriaGroupOf, UNIT_CRITERIA_GROUPS, UNIT_KINDS, type Unit, type UnitKind } from '../schemas/unit.ts';
import { INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES, type Initiative } from '../schemas/initiative.ts';
import { HONOR_FORMS, HONOR_PERIODS, HONOR_STATUSES, RECIPIENT_KINDS, type Honor } from '../schemas/honor.ts';
import type { Report } from '../schemas/report.ts';
import type { Story } from '../schemas/story.ts';
import { daysBetween } from './format.ts';
import { CAMPAIGN, PHASES, phaseOf, reportDeadline } from '../schemas/calendar.ts';

interface Item<T> { id: string; data: T }

export interface StatisticsInput {
  initiatives: readonly Item<Initiative>[];
  units: readonly Item<Unit>[];
  honors: readonly Item<Honor>[];
  reports: readonly Item<Report>[];
  stories: readonly Item<Story>[];
  /** Today in Vietnam (YYYY-MM-DD): decides the current reporting year and whether its deadline passed. */
  today: string;
}

/** Count per key, every known key present (0 when none), in the vocabulary's order. */
export type Counts = Record<string, number>;

/** Campaign years 2026–2030, and the years honors may carry (reviews run into 2031). */
export const CAMPAIGN_YEARS: readonly number[] = range(CAMPAIGN.start, CAMPAIGN.end);
export const HONOR_YEARS: readonly number[] = range(CAMPAIGN.start, PHASES[1]!.reviewYears[1]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function countBy<T>(items: readonly T[], known: readonly (string | number)[], keys: (item: T) => readonly (string | number)[]): Counts {
  const out: Counts = {};
  for (const k of known) out[String(k)] = 0;
  for (const item of items) {
    // A value listed twice in one entry counts once.
    for (const k of new Set(keys(item))) out[String(k)] = (out[String(k)] ?? 0) + 1;
  }
  return out;
}

/** Part of a whole, 0–1 (0 when the whole is empty). */
function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export interface ResultSum {
  /** Label as written (NFC); results group by label and unit. */
  label: string;
  unit: string;
  /** Sum of the values. For percentages a sum means little: use `mean`. */
  total: number;
  /** Arithmetic mean over the initiatives that measured it. */
  mean: number;
  /** Number of results summed (initiatives that measured it). */
  initiatives: number;
}

export interface LateReport { unit: string; submitted: string; daysLate: number }

export interface YearReports {
  year: number;
  /** ISO date of the deadline (YYYY-11-05). */
  deadline: string;
  /** Whether `today` is after the deadline: only then is a missing report overdue. */
  deadlinePassed: boolean;
  units: number;
  received: number;
  onTime: number;
  /** Reports received after the deadline, by unit id. */
  late: LateReport[];
  /** Unit ids with no report for the year. */
  missing: string[];
  /** Unit ids that reported on time. */
  onTimeUnits: string[];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function computeStatistics(input: StatisticsInput) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today)) throw new Error(errors.statsToday(input.today));
  // Defensive: drafts never count, even if a caller forgot to drop them.
  const initiatives = input.initiatives.filter((i) => !i.data.draft);
  const honors = input.honors.filter((h) => !h.data.draft);
  const stories = input.stories.filter((s) => !s.data.draft);
  const units = input.units;
  const unitKind = new Map<string, UnitKind>(units.map((u) => [u.id, u.data.kind]));
  const kindOf = (where: string, id: string): UnitKind => {
    const kind = unitKind.get(id);
    // The validator checks links; a broken one here would skew every per-unit figure, so say so.
    if (!kind) throw new Error(errors.statsUnknownUnit(where, id));
    return kind;
  };
  for (const i of initiatives) kindOf(`initiatives/${i.id}`, i.data.unit);
  for (const r of input.reports) kindOf(`reports/${r.id}`, r.data.unit);

  const withInitiative = new Set(initiatives.map((i) => i.data.unit));
  const participationOf = (list: readonly Item<Unit>[]) => {
    const taking = list.filter((u) => withInitiative.has(u.id)).length;
    return { units: list.length, withInitiative: taking, share: share(taking, list.length) };
  };

  const results = new Map<string, ResultSum>();
  for (const i of initiatives) {
    for (const r of i.data.results) {
      const label = r.label.normalize('NFC').trim();
      const unit = (r.unit ?? '').normalize('NFC').trim();
      const key = `${label}\u0000${unit}`;
      const entry = results.get(key) ?? { label, unit, total: 0, mean: 0, initiatives: 0 };
      entry.total += r.value;
      entry.initiatives += 1;
      results.set(key, entry);
    }
  }
  for (const r of results.values()) {
    // Sums of decimals (1.2 + 2.5) would otherwise print as 3.7000000000000006.
    r.total = Math.round(r.total * 1e6) / 1e6;
    r.mean = Math.round((r.total / r.initiatives) * 1e6) / 1e6;
  }

  const currentYear = Number(input.today.slice(0, 4));
  // Every campaign year up to the current one, plus any year that already has a report.
  const reportYears = new Set(CAMPAIGN_YEARS.filter((y) => y <= currentYear));
  for (const r of input.reports) reportYears.add(r.data.year);
  const reportsByYear = [...reportYears].sort((a, b) => a - b).map((year) => yearReports(year, units, input.reports, input.today));

  const recipients = honors.flatMap((h) => h.data.recipients);

  return {
    /** Today in Vietnam when the figures were compiled. */
    today: input.today,
    currentYear,
    initiatives: {
      total: initiatives.length,
      byField: countBy(initiatives, INITIATIVE_FIELDS, (i) => i.data.fields),
      byKind: countBy(initiatives, INITIATIVE_KINDS, (i) => [i.data.kind]),
      byStatus: countBy(initiatives, INITIATIVE_STATUSES, (i) => [i.data.status]),
      byYear: countBy(initiatives, CAMPAIGN_YEARS, (i) => [i.data.year]),
      byPhase: countBy(initiatives, PHASES.map((p) => p.number), (i) => { const p = phaseOf(i.data.year); return p ? [p] : []; }),
      byUnitKind: countBy(initiatives, UNIT_KINDS, (i) => [unitKind.get(i.data.unit)!]),
      byCriteriaGroup: countBy(initiatives, UNIT_CRITERIA_GROUPS, (i) => [criteriaGroupOf(unitKind.get(i.data.unit)!)]),
      byUnit: countBy(initiatives, units.map((u) => u.id), (i) => [i.data.unit]),
    },
    participation: {
      ...participationOf(units),
      byKind: Object.fromEntries(UNIT_KINDS.map((kind) => [kind, participationOf(units.filter((u) => u.data.kind === kind))])),
      /** Unit ids with no published initiative yet. */
      without: units.filter((u) => !withInitiative.has(u.id)).map((u) => u.id).sort(byId),
    },
    results: [...results.values()].sort((a, b) => b.initiatives - a.initiatives || a.label.localeCompare(b.label, 'vi') || a.unit.localeCompare(b.unit, 'vi')),
    honors: {
      total: honors.length,
      byPeriod: countBy(honors, HONOR_PERIODS, (h) => [h.data.period]),
      byForm: countBy(honors, HONOR_FORMS, (h) => [h.data.form]),
      byStatus: countBy(honors, HONOR_STATUSES, (h) => [h.data.status]),
      byYear: countBy(honors, HONOR_YEARS, (h) => [h.data.year]),
      recipients: recipients.length,
      recipientsByKind: countBy(recipients, RECIPIENT_KINDS, (r) => [r.kind]),
    },
    stories: {
      total: stories.length,
      byYear: countBy(stories, CAMPAIGN_YEARS, (s) => [Number(s.data.date.slice(0, 4))]),
    },
    reports: {
      byYear: reportsByYear,
      /** The current year's reports (the reporting season the staff work on). */
      current: reportsByYear.find((r) => r.year === currentYear) ?? yearReports(currentYear, units, input.reports, input.today),
    },
  };
}

/** Reports of one year against its 05/11 deadline; a unit that reported twice counts by its first report. */
export function yearReports(year: number, units: readonly Item<Unit>[], reports: readonly Item<Report>[], today: string): YearReports {
  const deadline = reportDeadline(year);
  const first = new Map<string, string>();
  for (const r of reports) {
    if (r.data.year !== year) continue;
    const before = first.get(r.data.unit);
    if (!before || r.data.submitted < before) first.set(r.data.unit, r.data.submitted);
  }
  const late: LateReport[] = [];
  const onTimeUnits: string[] = [];
  for (const [unit, submitted] of first) {
    // ISO dates compare as strings; the deadline day itself is on time.
    if (submitted > deadline) late.push({ unit, submitted, daysLate: daysBetween(deadline, submitted) });
    else onTimeUnits.push(unit);
  }
  return {
    year,
    deadline,
    deadlinePassed: today > deadline,
    units: units.length,
    received: first.size,
    onTime: onTimeUnits.length,
    late: late.sort((a, b) => byId(a.submitted, b.submitted) || byId(a.unit, b.unit)),
    missing: units.filter((u) => !first.has(u.id)).map((u) => u.id).sort(byId),
    onTimeUnits: onTimeUnits.sort(byId),
  };
}

export type Statistics = ReturnType<typeof computeStatistics>;
