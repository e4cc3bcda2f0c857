import { describe, expect, it } from 'vitest';
import { AREAS, label, t, vi } from '../../src/i18n/vi.ts';
import { INITIATIVE_FIELDS, INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../../src/schemas/initiative.ts';
import { HONOR_FORMS, HONOR_PERIODS, HONOR_STATUSES, RECIPIENT_KINDS } from '../../src/schemas/honor.ts';
import { UNIT_KINDS } from '../../src/schemas/unit.ts';

describe('UI strings', () => {
  it('defines each key in exactly one area file', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const [area, strings] of Object.entries(AREAS)) {
      for (const key of Object.keys(strings)) {
        if (seen.has(key)) dupes.push(`${key} (${seen.get(key)}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('stores every string in NFC', () => {
    const notNfc = Object.entries(vi).filter(([, v]) => v !== v.normalize('NFC'));
    expect(notNfc).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(t('home.deadline.daysLeft', { days: 3 })).toBe('còn 3 ngày');
  });

  it('has a Vietnamese label for every value a schema allows', () => {
    const vocab: [string, readonly string[]][] = [
      ['unitKind', UNIT_KINDS], ['field', INITIATIVE_FIELDS], ['kind', INITIATIVE_KINDS], ['status', INITIATIVE_STATUSES],
      ['period', HONOR_PERIODS], ['form', HONOR_FORMS], ['honorStatus', HONOR_STATUSES], ['recipientKind', RECIPIENT_KINDS],
    ];
    const missing = vocab.flatMap(([prefix, values]) => values.filter((v) => label(prefix, v) === v).map((v) => `${prefix}.${v}`));
    expect(missing).toEqual([]);
  });
});
