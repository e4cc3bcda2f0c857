/**
 * `/thong-ke/mo-hinh.csv`: one row per published initiative, Vietnamese header, UTF-8 with a BOM
 * so Excel opens the diacritics correctly.
 */
import { stringify } from 'csv-stringify/sync';
import { label } from '../../i18n/vi.ts';
import { phaseOf } from '../../lib/phase.ts';
import { loadSite } from '../../lib/site.ts';
import { siteData } from '../../lib/site-data.ts';
import { criteriaGroupOf } from '../../schemas/unit.ts';

export async function GET() {
  const { initiatives, unitById } = await siteData();
  const site = loadSite();
  const header = ['Mã', 'Tên', 'Đơn vị', 'Mã đơn vị', 'Nhóm tiêu chí', 'Lĩnh vực', 'Loại', 'Năm', 'Giai đoạn', 'Tình trạng', 'Kết quả đo được', 'Địa chỉ'];
  const rows = initiatives.map((i) => {
    const unit = unitById.get(i.data.unit);
    return [
      i.id, i.data.title, unit?.data.name ?? '', i.data.unit, unit ? criteriaGroupOf(unit.data.kind) : '',
      i.data.fields.map((f) => label('field', f)).join('; '), label('kind', i.data.kind), i.data.year, phaseOf(i.data.year) ?? '',
      label('status', i.data.status), i.data.results.map((r) => `${r.label}: ${r.value}${r.unit ? ` ${r.unit}` : ''}`).join('; '),
      new URL(`/mo-hinh/${i.id}/`, site.url).href,
    ];
  });
  const csv = '\uFEFF' + stringify([header, ...rows], { record_delimiter: 'windows' });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
