import { describe, expect, it } from 'vitest';
import { computeStatistics, type StatisticsInput } from '../../src/lib/statistics.ts';

const unit = (id: string, kind: string) => ({ id, data: { name: id, kind } }) as StatisticsInput['units'][number];
const initiative = (id: string, unitId: string, over: Record<string, unknown> = {}) => ({
  id,
  data: { title: id, unit: unitId, fields: ['chuyen-doi-so'], kind: 'mo-hinh', year: 2026, summary: 'x'.repeat(20), status: 'hieu-qua', authors: [], results: [], featured: false, draft: false, ...over },
}) as StatisticsInput['initiatives'][number];
const report = (u: string, submitted: string) => ({ id: `${u}-2026`, data: { unit: u, year: 2026, submitted } }) as StatisticsInput['reports'][number];

const input: StatisticsInput = {
  year: 2026,
  units: [unit('a', 'thon-xom'), unit('b', 'thon-xom'), unit('c', 'doanh-nghiep'), unit('d', 'mttq-doan-the')],
  initiatives: [
    initiative('i1', 'a', { fields: ['chuyen-doi-so', 'chuyen-doi-xanh'], results: [{ label: 'Hồ sơ trực tuyến', value: 100, unit: 'hồ sơ' }] }),
    initiative('i2', 'a', { year: 2028, kind: 'sang-kien', results: [{ label: 'Hồ sơ trực tuyến'.normalize('NFD'), value: 2.5, unit: 'hồ sơ' }] }),
    initiative('i3', 'c', { status: 'da-nhan-rong' }),
    initiative('draft', 'b', { draft: true }),
  ],
  honors: [],
  reports: [report('a', '2026-11-05'), report('c', '2026-11-06')],
};

describe('computeStatistics', () => {
  const s = computeStatistics(input);

  it('counts initiatives by field (an initiative in two fields counts in both), kind, year and phase, without drafts', () => {
    expect(s.initiatives.total).toBe(3);
    expect(s.initiatives.byField).toEqual({ 'chuyen-doi-so': 3, 'chuyen-doi-xanh': 1 });
    expect(s.initiatives.byKind).toEqual({ 'mo-hinh': 2, 'sang-kien': 1 });
    expect(s.initiatives.byPhase).toEqual({ 1: 2, 2: 1 });
    expect(s.initiatives.byCriteriaGroup).toEqual({ '1.1': 2, '1.3': 1 });
  });

  it('counts units taking part, per kind', () => {
    expect(s.participation).toEqual({
      units: 4,
      withInitiative: 2,
      byKind: { 'thon-xom': { units: 2, withInitiative: 1 }, 'doanh-nghiep': { units: 1, withInitiative: 1 }, 'mttq-doan-the': { units: 1, withInitiative: 0 } },
    });
  });

  it('adds up measured results with the same label and unit, NFD or NFC', () => {
    expect(s.results).toEqual([{ label: 'Hồ sơ trực tuyến', unit: 'hồ sơ', total: 102.5, initiatives: 2 }]);
  });

  it('tells reports on time (on 05/11), late (06/11) and missing', () => {
    expect(s.reports).toEqual({ received: 2, onTime: 1, late: ['c'], missing: ['b', 'd'] });
  });
});

describe('computeStatistics on fixtures/demo (expectations counted by hand from the files)', () => {
  it('matches the counts read off the demo files', async () => {
    const { validateContent } = await import('../../src/lib/validation/index.ts');
    const { entries } = validateContent(new URL('../../fixtures/demo', import.meta.url).pathname);
    const of = <T>(c: string) => entries.filter((e) => e.collection === c) as unknown as { id: string; data: T }[];
    const s = computeStatistics({
      initiatives: of('initiatives'), units: of('units'), honors: of('honors'), reports: of('reports'), year: 2026,
    } as StatisticsInput);
    // 18 initiative files, one of them a draft.
    expect(s.initiatives.total).toBe(17);
    expect(s.initiatives.byField).toEqual({ 'doi-moi-sang-tao': 3, 'khoa-hoc-cong-nghe': 6, 'chuyen-doi-so': 9, 'chuyen-doi-xanh': 7 });
    expect(s.initiatives.byKind).toEqual({ 'sang-kien': 4, 'mo-hinh': 5, 'giai-phap': 5, 'cach-lam-hay': 3 });
    expect(s.initiatives.byStatus).toEqual({ 'dang-trien-khai': 6, 'hieu-qua': 7, 'da-nhan-rong': 4 });
    expect(s.initiatives.byYear).toEqual({ 2026: 11, 2027: 4, 2028: 1, 2029: 1 });
    expect(s.initiatives.byPhase).toEqual({ 1: 15, 2: 2 });
    // 13 reports for 2026 from 15 units: 11 by 05/11, two later (12/11 and 19/11).
    expect(s.participation.units).toBe(15);
    expect(s.reports.received).toBe(13);
    expect(s.reports.onTime).toBe(11);
    expect(s.reports.late).toHaveLength(2);
    expect(s.reports.missing).toHaveLength(2);
  });
});
