import { describe, expect, it } from 'vitest';
import { campaignPosition, nextReportDeadline, phaseOf, reportDeadline } from '../../src/schemas/calendar.ts';

describe('phaseOf', () => {
  it('puts 2026–2027 in phase 1 and 2028–2030 in phase 2', () => {
    expect([2026, 2027, 2028, 2029, 2030].map(phaseOf)).toEqual([1, 1, 2, 2, 2]);
  });
  it('has no phase outside the campaign', () => {
    expect(phaseOf(2025)).toBeUndefined();
    expect(phaseOf(2031)).toBeUndefined();
  });
});

describe('report deadline (05/11 each year)', () => {
  it('is 5 November of the year', () => {
    expect(reportDeadline(2026)).toBe('2026-11-05');
  });
  it('moves to next year once the date has passed', () => {
    expect(nextReportDeadline('2026-11-05')).toBe('2026-11-05');
    expect(nextReportDeadline('2026-11-06')).toBe('2027-11-05');
    expect(nextReportDeadline('2025-12-01')).toBe('2026-11-05');
  });
  it('has none after the last campaign year', () => {
    expect(nextReportDeadline('2030-11-06')).toBeUndefined();
  });
});

describe('campaignPosition', () => {
  it('places a date in 2026 in phase 1, early in the campaign', () => {
    const pos = campaignPosition('2026-11-25');
    expect(pos.state).toBe('during');
    if (pos.state !== 'during') return;
    expect(pos.phase).toBe(1);
    expect(pos.progress).toBeGreaterThan(0.17);
    expect(pos.progress).toBeLessThan(0.19);
  });
  it('knows before and after', () => {
    expect(campaignPosition('2025-06-01').state).toBe('before');
    expect(campaignPosition('2031-01-01').state).toBe('after');
    expect(campaignPosition('2029-03-01')).toMatchObject({ state: 'during', phase: 2, year: 2029 });
  });
});
