import { describe, expect, it } from 'vitest';
import { computeStatistics, yearReports, type StatisticsInput } from '../../src/lib/statistics.ts';
import { validateContent } from '../../src/validation/index.ts';

type Units = StatisticsInput['units'][number];
type Initiatives = StatisticsInput['initiatives'][number];
type Reports = StatisticsInput['reports'][number];
type Honors = StatisticsInput['honors'][number];
type Stories = StatisticsInput['stories'][number];

const unit = (id: string, kind: string) => ({ id, data: { name: id, kind } }) as Units;
const initiative = (id: string, unitId: string, over: Record<string, unknown> = {}) => ({
  id,
  data: { title: id, unit: unitId, fields: ['chuyen-doi-so'], kind: 'mo-hinh', year: 2026, summary: 'x'.repeat(20), status: 'hieu-qua', authors: [], results: [], featured: false, draft: false, ...over },
}) as Initiatives;
const report = (u: string, submitted: string, year = 2026) => ({ id: `${u}-${year}`, data: { unit: u, year, submitted } }) as Reports;
const honor = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  data: { title: id, period: 'hang-nam', year: 2026, form: 'giay-khen-chu-tich-ubnd-xa', status: 'de-nghi', recipients: [{ kind: 'tap-the', name: 'A', unit: 'a', achievement: 'x' }], draft: false, ...over },
}) as Honors;
const story = (id: string, date: string, draft = false) => ({ id, data: { title: id, date, summary: 'x'.repeat(20), broadcast: true, draft } }) as Stories;

const empty: StatisticsInput = { units: [], initiatives: [], honors: [], reports: [], stories: [], today: '2026-11-25' };

const input: StatisticsInput = {
  today: '2026-11-25',
  units: [unit('a', 'thon-xom'), unit('b', 'thon-xom'), unit('c', 'doanh-nghiep'), unit('d', 'mttq-doan-the')],
  initiatives: [
    initiative('i1', 'a', { fields: ['chuyen-doi-so', 'chuyen-doi-xanh'], results: [{ label: 'Hồ sơ trực tuyến', value: 100, unit: 'hồ sơ' }] }),
    initiative('i2', 'a', { year: 2028, kind: 'sang-kien', results: [{ label: 'Hồ sơ trực tuyến'.normalize('NFD'), value: 2.5, unit: 'hồ sơ' }, { label: 'Hồ sơ trực tuyến', value: 7, unit: 'bộ' }] }),
    initiative('i3', 'c', { status: 'da-nhan-rong', results: [{ label: 'Tỷ lệ', value: 0.1, unit: '%' }] }),
    initiative('i4', 'c', { results: [{ label: 'Tỷ lệ', value: 0.2, unit: '%' }] }),
    initiative('draft', 'b', { draft: true, results: [{ label: 'Hồ sơ trực tuyến', value: 1000, unit: 'hồ sơ' }] }),
  ],
  honors: [honor('h1'), honor('h2', { draft: true }), honor('h3', { period: 'so-ket', year: 2027, status: 'da-khen-thuong', recipients: [{ kind: 'ca-nhan', name: 'B', achievement: 'x' }, { kind: 'tap-the', name: 'C', unit: 'c', achievement: 'x' }] })],
  reports: [report('a', '2026-11-05'), report('c', '2026-11-06')],
  stories: [story('s1', '2026-03-01'), story('s2', '2027-01-02'), story('s3', '2026-05-05', true)],
};

describe('computeStatistics on small cases', () => {
  const s = computeStatistics(input);

  it('counts initiatives by field (an initiative in two fields counts in both), kind, status, year and phase, without drafts', () => {
    expect(s.initiatives.total).toBe(4);
    expect(s.initiatives.byField).toEqual({ 'doi-moi-sang-tao': 0, 'khoa-hoc-cong-nghe': 0, 'chuyen-doi-so': 4, 'chuyen-doi-xanh': 1 });
    expect(s.initiatives.byKind).toEqual({ 'sang-kien': 1, 'mo-hinh': 3, 'giai-phap': 0, 'cach-lam-hay': 0 });
    expect(s.initiatives.byStatus).toEqual({ 'dang-trien-khai': 0, 'hieu-qua': 3, 'da-nhan-rong': 1 });
    expect(s.initiatives.byYear).toEqual({ 2026: 3, 2027: 0, 2028: 1, 2029: 0, 2030: 0 });
    expect(s.initiatives.byPhase).toEqual({ 1: 3, 2: 1 });
  });

  it('counts initiatives by unit, unit kind and criteria group, listing units without initiatives as 0', () => {
    expect(s.initiatives.byUnit).toEqual({ a: 2, b: 0, c: 2, d: 0 });
    expect(s.initiatives.byUnitKind['thon-xom']).toBe(2);
    expect(s.initiatives.byUnitKind['doanh-nghiep']).toBe(2);
    expect(s.initiatives.byUnitKind['mttq-doan-the']).toBe(0);
    expect(s.initiatives.byCriteriaGroup).toEqual({ '1.1': 2, '1.2': 0, '1.3': 2 });
  });

  it('counts units taking part, per kind, with their share, and names the units without an initiative', () => {
    expect(s.participation.units).toBe(4);
    expect(s.participation.withInitiative).toBe(2);
    expect(s.participation.share).toBe(0.5);
    expect(s.participation.byKind['thon-xom']).toEqual({ units: 2, withInitiative: 1, share: 0.5 });
    expect(s.participation.byKind['doanh-nghiep']).toEqual({ units: 1, withInitiative: 1, share: 1 });
    expect(s.participation.byKind['mttq-doan-the']).toEqual({ units: 1, withInitiative: 0, share: 0 });
    expect(s.participation.byKind['cong-an']).toEqual({ units: 0, withInitiative: 0, share: 0 });
    // The draft of unit b does not make b a participant.
    expect(s.participation.without).toEqual(['b', 'd']);
  });

  it('adds up measured results with the same label and unit, NFD or NFC, keeps other units apart and averages percentages', () => {
    expect(s.results).toEqual([
      { label: 'Hồ sơ trực tuyến', unit: 'hồ sơ', total: 102.5, mean: 51.25, initiatives: 2 },
      { label: 'Tỷ lệ', unit: '%', total: 0.3, mean: 0.15, initiatives: 2 },
      { label: 'Hồ sơ trực tuyến', unit: 'bộ', total: 7, mean: 7, initiatives: 1 },
    ]);
  });

  it('counts honors by period, form, status, year and recipient kind, without drafts', () => {
    expect(s.honors.total).toBe(2);
    expect(s.honors.byPeriod).toEqual({ 'hang-nam': 1, 'so-ket': 1, 'tong-ket': 0 });
    expect(s.honors.byForm['giay-khen-chu-tich-ubnd-xa']).toBe(2);
    expect(s.honors.byStatus).toEqual({ 'da-khen-thuong': 1, 'de-nghi': 1 });
    expect(s.honors.byYear).toEqual({ 2026: 1, 2027: 1, 2028: 0, 2029: 0, 2030: 0, 2031: 0 });
    expect(s.honors.recipients).toBe(3);
    expect(s.honors.recipientsByKind).toEqual({ 'tap-the': 2, 'ca-nhan': 1 });
  });

  it('counts stories by year, without drafts', () => {
    expect(s.stories.total).toBe(2);
    expect(s.stories.byYear).toMatchObject({ 2026: 1, 2027: 1 });
  });

  it('tells a report on the deadline day (05/11) on time and one a day later late by 1 day, and lists units missing', () => {
    expect(s.reports.current).toEqual({
      year: 2026, deadline: '2026-11-05', deadlinePassed: true, units: 4, received: 2, onTime: 1,
      late: [{ unit: 'c', submitted: '2026-11-06', daysLate: 1 }], missing: ['b', 'd'], onTimeUnits: ['a'],
    });
  });
});

describe('computeStatistics edge cases', () => {
  it('gives zeros everywhere and every unit missing when nothing is published and no report came', () => {
    const s = computeStatistics({ ...empty, units: [unit('a', 'cong-an'), unit('b', 'thon-xom')] });
    expect(s.initiatives.total).toBe(0);
    expect(Object.values(s.initiatives.byField)).toEqual([0, 0, 0, 0]);
    expect(s.participation).toMatchObject({ units: 2, withInitiative: 0, share: 0, without: ['a', 'b'] });
    expect(s.results).toEqual([]);
    expect(s.reports.current).toMatchObject({ received: 0, onTime: 0, late: [], missing: ['a', 'b'] });
  });

  it('has a share of 0, not NaN, without any unit', () => {
    const s = computeStatistics(empty);
    expect(s.participation.share).toBe(0);
    expect(s.reports.current.missing).toEqual([]);
  });

  it('knows the deadline has not passed on 05/11 itself, and has passed on 06/11', () => {
    expect(computeStatistics({ ...empty, today: '2026-11-05' }).reports.current.deadlinePassed).toBe(false);
    expect(computeStatistics({ ...empty, today: '2026-11-06' }).reports.current.deadlinePassed).toBe(true);
  });

  it('lists every campaign year up to today for reports, plus a later year that already has a report', () => {
    const s = computeStatistics({ ...empty, today: '2028-02-01', units: [unit('a', 'cong-an')], reports: [report('a', '2029-10-01', 2029)] });
    expect(s.reports.byYear.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029]);
    expect(s.reports.current.year).toBe(2028);
    expect(s.reports.byYear[0]).toMatchObject({ received: 0, missing: ['a'], deadlinePassed: true });
  });

  it('counts a unit that sent two reports for a year once, by the first', () => {
    const r = yearReports(2026, [unit('a', 'cong-an')], [report('a', '2026-11-20'), { ...report('a', '2026-11-01'), id: 'a-2026-bis' }], '2026-12-01');
    expect(r).toMatchObject({ received: 1, onTime: 1, late: [] });
  });

  it('measures lateness across a month end', () => {
    const r = yearReports(2027, [unit('a', 'cong-an')], [report('a', '2027-12-01', 2027)], '2027-12-02');
    expect(r.late).toEqual([{ unit: 'a', submitted: '2027-12-01', daysLate: 26 }]);
  });

  it('refuses an initiative whose unit does not exist, naming the file', () => {
    expect(() => computeStatistics({ ...empty, initiatives: [initiative('x', 'khong-co')] })).toThrow('initiatives/x ghi đơn vị "khong-co"');
  });

  it('refuses a malformed today', () => {
    expect(() => computeStatistics({ ...empty, today: '25/11/2026' })).toThrow(/YYYY-MM-DD/);
  });
});

const demo = await validateContent(new URL('../../fixtures/demo', import.meta.url).pathname);

describe('computeStatistics on fixtures/demo (expectations counted by hand from the files)', () => {
  const { entries, problems } = demo;
  const of = <T>(c: string) => entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: e.data })) as unknown as T;
  // The entries as the validator gives them, drafts included: the module must drop them itself.
  const s = computeStatistics({
    initiatives: of('initiatives'), units: of('units'), honors: of('honors'), reports: of('reports'), stories: of('stories'), today: '2026-11-25',
  });

  it('loads a valid demo set', () => {
    expect(problems).toEqual([]);
  });

  it('counts the 17 published initiatives (18 files, one draft) by field, kind, status, year and phase', () => {
    expect(s.initiatives.total).toBe(17);
    expect(s.initiatives.byField).toEqual({ 'doi-moi-sang-tao': 3, 'khoa-hoc-cong-nghe': 6, 'chuyen-doi-so': 9, 'chuyen-doi-xanh': 7 });
    expect(s.initiatives.byKind).toEqual({ 'sang-kien': 4, 'mo-hinh': 5, 'giai-phap': 5, 'cach-lam-hay': 3 });
    expect(s.initiatives.byStatus).toEqual({ 'dang-trien-khai': 6, 'hieu-qua': 7, 'da-nhan-rong': 4 });
    expect(s.initiatives.byYear).toEqual({ 2026: 11, 2027: 4, 2028: 1, 2029: 1, 2030: 0 });
    expect(s.initiatives.byPhase).toEqual({ 1: 15, 2: 2 });
  });

  it('counts them by unit kind, criteria group and unit (the draft of Thôn Đông Hòa not counted)', () => {
    expect(s.initiatives.byUnitKind).toEqual({
      'phong-chuyen-mon': 5, 'trung-tam-phuc-vu-hcc': 1, 'don-vi-su-nghiep': 1, 'cong-an': 1,
      'ban-chqs': 1, 'thon-xom': 3, 'doanh-nghiep': 2, 'mttq-doan-the': 3,
    });
    expect(s.initiatives.byCriteriaGroup).toEqual({ '1.1': 12, '1.2': 3, '1.3': 2 });
    expect(s.initiatives.byUnit).toEqual({
      'ban-chqs-xa': 1, 'cong-an-xa': 1, 'cong-ty-co-phan-co-khi-vu-thanh': 1, 'cong-ty-tnhh-nong-san-an-phu': 1,
      'doan-thanh-nien-xa': 1, 'hoi-nong-dan-xa': 1, 'phong-kinh-te': 2, 'phong-van-hoa-xa-hoi': 1, 'thon-dong-hoa': 1,
      'thon-thuong-phuc': 1, 'trung-tam-phuc-vu-hanh-chinh-cong': 1, 'truong-mam-non-hoa-sen': 1, 'uy-ban-mttq-xa': 1,
      'van-phong-hdnd-va-ubnd': 2, 'xom-trai-moi': 1,
    });
  });

  it('finds every one of the 15 units taking part', () => {
    expect(s.participation).toMatchObject({ units: 15, withInitiative: 15, share: 1, without: [] });
    expect(s.participation.byKind['phong-chuyen-mon']).toEqual({ units: 3, withInitiative: 3, share: 1 });
    expect(s.participation.byKind['mttq-doan-the']).toEqual({ units: 3, withInitiative: 3, share: 1 });
    expect(s.participation.byKind['doanh-nghiep']).toEqual({ units: 2, withInitiative: 2, share: 1 });
  });

  it('sums the measured results: 28 different label/unit pairs, each from one initiative', () => {
    expect(s.results).toHaveLength(28);
    expect(s.results.every((r) => r.initiatives === 1)).toBe(true);
    expect(s.results.find((r) => r.label === 'Hồ sơ nộp trực tuyến')).toEqual({ label: 'Hồ sơ nộp trực tuyến', unit: 'hồ sơ', total: 1250, mean: 1250, initiatives: 1 });
    expect(s.results.find((r) => r.label === 'Giấy in tiết kiệm')?.total).toBe(38000);
    expect(s.results.find((r) => r.label === 'Công suất sấy mỗi mẻ')).toMatchObject({ unit: 'tấn', total: 1.2 });
    // The draft's results (it has none) and nobody else's sneak in: the sum of all "%" means.
    expect(s.results.filter((r) => r.unit === '%').map((r) => r.total).sort((a, b) => a - b)).toEqual([15, 18, 40, 70, 76, 90, 98.5]);
  });

  it('counts the 9 published honors (10 files, one draft) by period, form, status, year and recipient kind', () => {
    expect(s.honors.total).toBe(9);
    expect(s.honors.byPeriod).toEqual({ 'hang-nam': 3, 'so-ket': 2, 'tong-ket': 4 });
    expect(s.honors.byForm).toEqual({
      'giay-khen-chu-tich-ubnd-xa': 5, 'co-thi-dua-tinh': 1, 'bang-khen-chu-tich-ubnd-tinh': 1, 'giay-khen-thu-truong-so': 1, khac: 1,
    });
    expect(s.honors.byStatus).toEqual({ 'da-khen-thuong': 2, 'de-nghi': 7 });
    expect(s.honors.byYear).toEqual({ 2026: 3, 2027: 1, 2028: 1, 2029: 0, 2030: 3, 2031: 1 });
    expect(s.honors.recipients).toBe(18);
    expect(s.honors.recipientsByKind).toEqual({ 'tap-the': 11, 'ca-nhan': 7 });
  });

  it('counts the 6 published stories (7 files, one draft), all of 2026', () => {
    expect(s.stories.total).toBe(6);
    expect(s.stories.byYear[2026]).toBe(6);
  });

  it('finds 13 reports for 2026: 11 on time (Ban CHQS on 05/11 itself), An Phú 7 days late, Hoa Sen 14, two units missing', () => {
    expect(s.reports.byYear.map((r) => r.year)).toEqual([2026]);
    expect(s.reports.current).toMatchObject({ year: 2026, deadline: '2026-11-05', deadlinePassed: true, units: 15, received: 13, onTime: 11 });
    expect(s.reports.current.onTimeUnits).toContain('ban-chqs-xa');
    expect(s.reports.current.late).toEqual([
      { unit: 'cong-ty-tnhh-nong-san-an-phu', submitted: '2026-11-12', daysLate: 7 },
      { unit: 'truong-mam-non-hoa-sen', submitted: '2026-11-19', daysLate: 14 },
    ]);
    expect(s.reports.current.missing).toEqual(['cong-ty-co-phan-co-khi-vu-thanh', 'thon-thuong-phuc']);
  });
});
