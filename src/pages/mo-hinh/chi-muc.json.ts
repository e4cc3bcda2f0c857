/**
 * `/mo-hinh/chi-muc.json`: a compact index of published initiatives for combining filters in the
 * browser. Fetched only when a visitor uses the combined filter, never on page load.
 * Each row: [slug, title, unit name, year, values], where values holds, for each of
 * FILTER_DIMENSIONS in order, the value slugs the initiative has, joined by spaces.
 */
import { siteData } from '../../data/site-data.ts';
import { FILTER_DIMENSIONS } from '../../lib/initiative-filters.ts';

export async function GET() {
  const { initiatives, unitById } = await siteData();
  const rows = initiatives.map((i) => {
    const unit = unitById.get(i.data.unit);
    const values = FILTER_DIMENSIONS.map((d) => d.values.filter((v) => d.test(i.data, unit?.data.kind, v.slug)).map((v) => v.slug).join(' '));
    return [i.id, i.data.title, unit?.data.name ?? '', i.data.year, values];
  });
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
