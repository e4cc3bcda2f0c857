import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate } from '../../src/lib/format.ts';
import { CRITERIA_GROUPS, UNIT_CRITERIA_GROUPS, UNIT_KINDS, criteriaGroupId, criteriaGroupOf } from '../../src/schemas/unit.ts';

describe('formatDate', () => {
  it('writes an ISO date as day/month/year with two-digit day and month', () => {
    expect(formatDate('2026-04-15')).toBe('15/04/2026');
    expect(formatDate('2026-11-05')).toBe('05/11/2026');
    expect(formatDate('2030-12-31')).toBe('31/12/2030');
  });

  it('writes a month without a day as month/year', () => {
    expect(formatDate('2026-04')).toBe('04/2026');
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, negative when the second date comes first', () => {
    expect(daysBetween('2026-11-05', '2026-11-05')).toBe(0);
    expect(daysBetween('2026-11-05', '2026-11-12')).toBe(7);
    expect(daysBetween('2026-11-12', '2026-11-05')).toBe(-7);
    expect(daysBetween('2027-12-31', '2028-03-01')).toBe(61); // 2028 is a leap year
  });
});

describe('criteria groups', () => {
  it('the groups a unit can have are exactly the values criteriaGroupOf gives, in CRITERIA_GROUPS order', () => {
    const given = new Set(UNIT_KINDS.map(criteriaGroupOf));
    expect(UNIT_CRITERIA_GROUPS).toEqual(CRITERIA_GROUPS.filter((g) => given.has(g as never)));
  });

  it('names a group page with a hyphen, as the criteria/ files are named', () => {
    expect(criteriaGroupId('1.2')).toBe('1-2');
  });
});
