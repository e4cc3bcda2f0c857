/**
 * `/thong-ke/mo-hinh.csv`: one row per published initiative for Excel: UTF-8 with a BOM, Vietnamese
 * header, CRLF, ISO dates, no cell that a spreadsheet would run as a formula (src/lib/csv.ts).
 */
import { toCsv } from '../../lib/csv.ts';
import { label, t, type UiKey } from '../../i18n/vi.ts';
import { phaseOf } from '../../schemas/calendar.ts';
import { todayInVietnam } from '../../node/today.ts';
import { loadSite } from '../../node/site.ts';
import { siteData } from '../../data/site-data.ts';
import { criteriaGroupOf } from '../../schemas/unit.ts';
import { initiativePath } from '../../routes.ts';

const COLUMNS = [
  'id', 'title', 'unit', 'unitId', 'unitKind', 'group', 'fields', 'kind', 'year', 'phase', 'status',
  'authors', 'results', 'honors', 'honorDates', 'url', 'compiled',
] as const;

export async function GET() {
  const { initiatives, unitById, honorsByInitiative } = await siteData();
  const site = loadSite();
  const compiled = todayInVietnam();
  const rows = initiatives.map((i) => {
    const unit = unitById.get(i.data.unit);
    const honors = honorsByInitiative.get(i.id) ?? [];
    const decided = honors.flatMap((h) => (h.data.decision ? [h.data.decision.date] : [])).sort();
    const cells: Record<(typeof COLUMNS)[number], string | number> = {
      id: i.id,
      title: i.data.title,
      unit: unit?.data.name ?? '',
      unitId: i.data.unit,
      unitKind: unit ? label('unitKind', unit.data.kind) : '',
      group: unit ? criteriaGroupOf(unit.data.kind) : '',
      fields: i.data.fields.map((f) => label('field', f)).join('; '),
      kind: label('kind', i.data.kind),
      year: i.data.year,
      phase: phaseOf(i.data.year) ?? '',
      status: label('status', i.data.status),
      authors: i.data.authors.join('; '),
      // A dot decimal (1.2), as in the source files: the cell is text, not a number for Excel.
      results: i.data.results.map((r) => `${r.label}: ${r.value}${r.unit ? ` ${r.unit}` : ''}`).join('; '),
      honors: honors.map((h) => h.data.title).join('; '),
      honorDates: decided.join('; '),
      url: new URL(initiativePath(i.id), site.url).href,
      compiled,
    };
    return COLUMNS.map((c) => cells[c]);
  });
  const header = COLUMNS.map((c) => t(`csv.${c}` as UiKey));
  const csv = toCsv([header, ...rows]);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
