/**
 * Campaign statistics from validated, published entries (no Astro): initiatives by field, kind,
 * status, year, phase, criteria group and unit; participation of units; sums of measured results;
 * honors by period, form, year and recipient kind; yearly reports on time, late and missing.
 */
import { criteriaGroupOf, type Unit } from '../schemas/unit.ts';
import type { Initiative } from '../schemas/initiative.ts';
import type { Honor } from '../schemas/honor.ts';
import type { Report } from '../schemas/report.ts';
import { phaseOf, reportDeadline } from './phase.ts';

interface Item<T> { id: string; data: T }
export interface StatisticsInput {
  initiatives: Item<Initiative>[];
  units: Item<Unit>[];
  honors: Item<Honor>[];
  reports: Item<Report>[];
  /** The reporting year whose missing reports are listed. */
  year: number;
}

export type Counts = Record<string, number>;

function countBy<T>(items: T[], keys: (item: T) => (string | number | undefined)[]): Counts {
  const out: Counts = {};
  for (const item of items) for (const k of new Set(keys(item))) if (k !== undefined) out[String(k)] = (out[String(k)] ?? 0) + 1;
  return out;
}

export function computeStatistics(input: StatisticsInput) {
  // Defensive: drafts never count, even if a caller forgot to drop them.
  const initiatives = input.initiatives.filter((i) => !i.data.draft);
  const honors = input.honors.filter((h) => !h.data.draft);
  const units = input.units;
  const unitKind = new Map(units.map((u) => [u.id, u.data.kind]));
  const withInitiative = new Set(initiatives.map((i) => i.data.unit));

  const results = new Map<string, { label: string; unit: string; total: number; initiatives: number }>();
  for (const i of initiatives) {
    for (const r of i.data.results) {
      const label = r.label.normalize('NFC');
      const unit = r.unit.normalize('NFC');
      const key = `${label}\u0000${unit}`;
      const entry = results.get(key) ?? { label, unit, total: 0, initiatives: 0 };
      entry.total += r.value;
      entry.initiatives += 1;
      results.set(key, entry);
    }
  }

  const reportsOfYear = input.reports.filter((r) => r.data.year === input.year);
  const late = (r: Item<Report>) => r.data.submitted > reportDeadline(r.data.year);
  const reported = new Set(reportsOfYear.map((r) => r.data.unit));

  return {
    year: input.year,
    initiatives: {
      total: initiatives.length,
      byField: countBy(initiatives, (i) => i.data.fields),
      byKind: countBy(initiatives, (i) => [i.data.kind]),
      byStatus: countBy(initiatives, (i) => [i.data.status]),
      byYear: countBy(initiatives, (i) => [i.data.year]),
      byPhase: countBy(initiatives, (i) => [phaseOf(i.data.year)]),
      byCriteriaGroup: countBy(initiatives, (i) => { const k = unitKind.get(i.data.unit); return [k && criteriaGroupOf(k)]; }),
      byUnit: countBy(initiatives, (i) => [i.data.unit]),
    },
    participation: {
      units: units.length,
      withInitiative: units.filter((u) => withInitiative.has(u.id)).length,
      byKind: Object.fromEntries([...new Set(units.map((u) => u.data.kind))].map((kind) => {
        const ofKind = units.filter((u) => u.data.kind === kind);
        return [kind, { units: ofKind.length, withInitiative: ofKind.filter((u) => withInitiative.has(u.id)).length }];
      })),
    },
    results: [...results.values()].sort((a, b) => b.initiatives - a.initiatives || a.label.localeCompare(b.label, 'vi')),
    honors: {
      total: honors.length,
      byPeriod: countBy(honors, (h) => [h.data.period]),
      byForm: countBy(honors, (h) => [h.data.form]),
      byYear: countBy(honors, (h) => [h.data.year]),
      recipientsByKind: honors.flatMap((h) => h.data.recipients).reduce<Counts>((acc, r) => ({ ...acc, [r.kind]: (acc[r.kind] ?? 0) + 1 }), {}),
    },
    reports: {
      received: reportsOfYear.length,
      onTime: reportsOfYear.filter((r) => !late(r)).length,
      late: reportsOfYear.filter(late).map((r) => r.data.unit).sort(),
      missing: units.filter((u) => !reported.has(u.id)).map((u) => u.id).sort(),
    },
  };
}

export type Statistics = ReturnType<typeof computeStatistics>;
