/**
 * `/mo-hinh/chi-muc.json`: a compact index of published initiatives for combining filters in the
 * browser. Fetched only when a visitor uses the combined filter, never on page load.
 * Each row: [slug, title, unit name, fields, kind, year, status, criteria group].
 */
import { siteData } from '../../data/site-data.ts';
import { criteriaGroupOf } from '../../schemas/unit.ts';

export async function GET() {
  const { initiatives, unitById } = await siteData();
  const rows = initiatives.map((i) => {
    const unit = unitById.get(i.data.unit);
    return [i.id, i.data.title, unit?.data.name ?? '', i.data.fields, i.data.kind, i.data.year, i.data.status, unit ? criteriaGroupOf(unit.data.kind) : ''];
  });
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
