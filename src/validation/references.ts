/**
 * Links between entries: an initiative's unit, a story's unit and initiative, each honor
 * recipient's unit and initiative, a report's unit and its file name `<unit>-<year>.yml`.
 * Entries that failed their schema are checked too, so one run reports every problem.
 */
import type { CollectionName } from '../schemas/collections.ts';
import type { Problem } from './messages.ts';
import type { LineOf } from './parse.ts';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  lineOf: LineOf;
  /** Whether the entry passed its schema. */
  valid: boolean;
}

export function checkReferences(all: readonly CheckedEntry[]): Problem[] {
  const ids = (c: CollectionName) => new Set(all.filter((e) => e.valid && e.collection === c).map((e) => e.id));
  const known = { units: ids('units'), initiatives: ids('initiatives') };
  const problems: Problem[] = [];
  for (const e of all) {
    const link = (field: (string | number)[], value: unknown, target: keyof typeof known, what: string) => {
      if (typeof value === 'string' && !known[target].has(value)) {
        problems.push({ file: e.file, field: field.join('.'), message: `không có ${what} "${value}"`, line: e.lineOf(field) });
      }
    };
    const d = e.data;
    switch (e.collection) {
      case 'initiatives':
        link(['unit'], d.unit, 'units', 'đơn vị');
        break;
      case 'stories':
        link(['unit'], d.unit, 'units', 'đơn vị');
        link(['initiative'], d.initiative, 'initiatives', 'mô hình, sáng kiến');
        break;
      case 'reports': {
        link(['unit'], d.unit, 'units', 'đơn vị');
        const expected = `${String(d.unit)}-${String(d.year)}`;
        if (e.valid && e.id !== expected) problems.push({ file: e.file, message: `tên tệp phải là "${expected}.yml" (mã đơn vị và năm của báo cáo)` });
        break;
      }
      case 'honors':
        (Array.isArray(d.recipients) ? (d.recipients as ({ unit?: string; initiative?: string } | null)[]) : []).forEach((r, i) => {
          // An empty list item ("-" alone) is reported by the schema; nothing to link here.
          link(['recipients', i, 'unit'], r?.unit, 'units', 'đơn vị');
          link(['recipients', i, 'initiative'], r?.initiative, 'initiatives', 'mô hình, sáng kiến');
        });
        break;
      default:
        break;
    }
  }
  return problems;
}
