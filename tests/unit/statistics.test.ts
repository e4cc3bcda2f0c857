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
