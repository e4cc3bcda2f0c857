import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSite, ROOT, TEST_BUILD_DATE } from '../helpers/sites.ts';
import { readPage } from '../helpers/html.ts';
import { computeStatistics } from '../../src/lib/statistics.ts';
import { validateContent } from '../../src/validation/index.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type Element = DefaultTreeAdapterMap['element'];

const DEMO = path.join(ROOT, 'fixtures/demo');
const frontmatter = (file: string) => parseYaml(fs.readFileSync(file, 'utf8').split(/^---$/m)[1]!) as { draft?: boolean; title: string };
const initiativeFiles = fs.readdirSync(path.join(DEMO, 'initiatives')).filter((f) => f.endsWith('.md'));
const published = initiativeFiles.filter((f) => !frontmatter(path.join(DEMO, 'initiatives', f)).draft).map((f) => f.replace(/\.md$/, ''));
const drafts = initiativeFiles.filter((f) => frontmatter(path.join(DEMO, 'initiatives', f)).draft).map((f) => ({ id: f.replace(/\.md$/, ''), title: frontmatter(path.join(DEMO, 'initiatives', f)).title }));

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const c of node.childNodes) elements(c as Node, out);
  if ('content' in node && node.content) elements(node.content as unknown as Node, out);
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Node): string => ('value' in el && el.nodeName === '#text' ? el.value : 'childNodes' in el ? el.childNodes.map((c) => text(c as Node)).join('') : '').replace(/\s+/g, ' ').trim();
const within = (el: Element, tag: string) => elements(el).filter((e) => e.tagName === tag);

/** Every chart of a page: its bars (label, value, text written at the bar) and its table rows. */
function chartsOf(html: string) {
  const all = elements(parse(html) as Node);
  return all.filter((e) => attr(e, 'data-chart')).map((chart) => {
    const id = attr(chart, 'data-chart')!;
    const table = all.find((e) => e.tagName === 'table' && attr(e, 'data-chart-table') === id)!;
    return {
      id,
      chart,
      bars: elements(chart).filter((e) => attr(e, 'data-label') !== undefined).map((row) => ({
        label: attr(row, 'data-label')!,
        value: Number(attr(row, 'data-value')),
        text: text(elements(row).find((e) => attr(e, 'class')?.split(' ').includes('value'))!),
      })),
      rows: within(within(table, 'tbody')[0]!, 'tr').map((tr) => ({ label: text(within(tr, 'th')[0]!), value: Number(attr(within(tr, 'td')[0]!, 'data-value')), text: text(within(tr, 'td')[0]!) })),
    };
  });
}

let dir: string;
beforeAll(() => {
  dir = ensureSite('demo');
});

describe('open data of the demo site', () => {
  it('writes /thong-ke/mo-hinh.csv starting with the UTF-8 BOM, a Vietnamese header and exactly one row per published initiative', () => {
    const buf = fs.readFileSync(path.join(dir, 'thong-ke/mo-hinh.csv'));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(buf.subarray(3), { relax_column_count: false }) as string[][];
    const [header, ...rows] = records;
    expect(header!.slice(0, 4)).toEqual(['Mã', 'Tên mô hình, sáng kiến', 'Đơn vị', 'Mã đơn vị']);
    expect(header).toContain('Ngày tổng hợp');
    expect(rows).toHaveLength(published.length);
    expect(rows.map((r) => r[0]).sort()).toEqual([...published].sort());
    // Windows line ends for Excel, Vietnamese text kept as UTF-8.
    expect(buf.toString('utf8')).toContain('\r\n');
    expect(rows.find((r) => r[0] === 'thu-gom-rac-phan-loai-tai-nguon')![2]).toBe('Xóm Trại Mới');
  });

  it('leaves drafts out of the CSV, the JSON and the pages', () => {
    expect(drafts.length).toBeGreaterThan(0);
    const csv = fs.readFileSync(path.join(dir, 'thong-ke/mo-hinh.csv'), 'utf8');
    const json = fs.readFileSync(path.join(dir, 'thong-ke/thong-ke.json'), 'utf8');
    const pages = readPage(dir, '/thong-ke/') + readPage(dir, '/thong-ke/2026/');
    for (const d of drafts) {
      expect(csv).not.toContain(d.id);
      expect(csv).not.toContain(d.title);
      expect(json).not.toContain(d.id);
      expect(pages).not.toContain(d.title);
    }
  });

  it('writes ISO dates in the CSV', () => {
    const [header, ...rows] = parseCsv(fs.readFileSync(path.join(dir, 'thong-ke/mo-hinh.csv')), { bom: true }) as string[][];
    const col = (name: string) => header!.indexOf(name);
    expect(rows.every((r) => r[col('Ngày tổng hợp')] === TEST_BUILD_DATE)).toBe(true);
    const honorDates = rows.flatMap((r) => (r[col('Ngày quyết định khen thưởng')] ? r[col('Ngày quyết định khen thưởng')]!.split('; ') : []));
    expect(honorDates.length).toBeGreaterThan(0);
    for (const d of honorDates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.every((r) => /^\d{4}$/.test(r[col('Năm')]!))).toBe(true);
  });

  it('publishes /thong-ke/thong-ke.json equal to the statistics module run on the demo files', async () => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'thong-ke/thong-ke.json'), 'utf8'));
    const { entries } = await validateContent(DEMO);
    const of = <T>(c: string) => entries.filter((e) => e.collection === c).map((e) => ({ id: e.id, data: e.data })) as unknown as T;
    const expected = computeStatistics({
      initiatives: of('initiatives'), units: of('units'), honors: of('honors'), reports: of('reports'), stories: of('stories'), today: TEST_BUILD_DATE,
    });
    expect(json).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(json.initiatives.total).toBe(published.length);
  });

  it('has every field the README documents for thong-ke.json, and no top-level field it leaves out', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'thong-ke/thong-ke.json'), 'utf8')) as Record<string, unknown>;
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('`/thong-ke/thong-ke.json` holds all aggregates:'), readme.indexOf('`/thong-ke/<year>/`'));
    // First column of each row: "`a.b`, `c`" names a.b and a.c; `[]` and `(…)` are notes, `.<kind>` any key.
    const documented: string[] = [];
    for (const row of table.split('\n').filter((l) => l.startsWith('| `'))) {
      let parent = '';
      for (const [, name] of row.split(' | ')[0]!.matchAll(/`([^`]+)`/g)) {
        if (/^\d/.test(name!)) continue; // example keys such as `1`, `1.1`
        const clean = name!.replace(/\[\]$/, '');
        const full = clean.includes('.') ? clean : parent ? `${parent}.${clean}` : clean;
        parent = full.includes('.') ? full.slice(0, full.indexOf('.')) : '';
        documented.push(full);
      }
    }
    const missing = documented.filter((p) => {
      let at: unknown = json;
      for (const key of p.split('.')) {
        if (key === '<kind>') at = Object.values(at as object)[0];
        else at = (at as Record<string, unknown> | undefined)?.[key];
      }
      return at === undefined;
    });
    expect(documented.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    expect(Object.keys(json).filter((k) => !documented.some((p) => p === k || p.startsWith(`${k}.`)))).toEqual([]);
  });
});

describe('the charts of /thong-ke/', () => {
  it('draws each chart in HTML as one image named by a sentence of its own, inside a figure with a caption, and no script', () => {
    const html = readPage(dir, '/thong-ke/');
    const charts = chartsOf(html);
    expect(charts.length).toBeGreaterThanOrEqual(12);
    for (const c of charts) {
      expect(attr(c.chart, 'role'), c.id).toBe('img');
      const name = elements(c.chart).find((e) => attr(e, 'id') === attr(c.chart, 'aria-labelledby'));
      expect(name, c.id).toBeDefined();
      expect(text(name!)).toMatch(/^Biểu đồ cột: .+\. Số liệu ở bảng bên cạnh\.$/);
    }
    expect(html).not.toMatch(/<script\b/);
    expect(html).not.toMatch(/<svg\b[^>]*data-chart/);
  });

  it('puts the same labels and numbers in each chart and the table beside it, in Vietnamese number format', () => {
    for (const page of ['/thong-ke/', '/thong-ke/2026/']) {
      for (const c of chartsOf(readPage(dir, page))) {
        expect(c.bars.length, c.id).toBeGreaterThan(0);
        expect(c.rows, `${page} ${c.id}`).toEqual(c.bars);
      }
    }
    const byId = Object.fromEntries(chartsOf(readPage(dir, '/thong-ke/')).map((c) => [c.id, c]));
    // 98,5% and 1.250-style formats, never 98.5 or 1,250.
    expect(byId['tham-gia']!.rows.every((r) => /^\d+\/\d+ \(\d+(,\d)?\s?%\)$/.test(r.text))).toBe(true);
  });

  it('draws the numbers of the JSON, and scales bar lengths to the values', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'thong-ke/thong-ke.json'), 'utf8'));
    const byId = Object.fromEntries(chartsOf(readPage(dir, '/thong-ke/')).map((c) => [c.id, c]));
    const values = (id: string) => byId[id]!.bars.map((b) => b.value);
    expect(values('linh-vuc')).toEqual(Object.values(json.initiatives.byField));
    expect(values('loai')).toEqual(Object.values(json.initiatives.byKind));
    expect(values('tinh-trang')).toEqual(Object.values(json.initiatives.byStatus));
    expect(values('nam')).toEqual(Object.values(json.initiatives.byYear));
    expect(values('giai-doan')).toEqual(Object.values(json.initiatives.byPhase));
    expect(values('loai-don-vi')).toEqual(Object.values(json.initiatives.byUnitKind));
    expect(values('nhom-tieu-chi')).toEqual(Object.values(json.initiatives.byCriteriaGroup));
    expect(values('don-vi').reduce((a, b) => a + b, 0)).toBe(json.initiatives.total);
    expect(values('khen-thuong-dot')).toEqual(Object.values(json.honors.byPeriod));
    expect(values('khen-thuong-hinh-thuc')).toEqual(Object.values(json.honors.byForm));
    expect(values('khen-thuong-nam')).toEqual(Object.values(json.honors.byYear));
    expect(values('khen-thuong-doi-tuong')).toEqual(Object.values(json.honors.recipientsByKind));
    expect(values('bao-cao-nam')).toEqual(json.reports.byYear.map((r: { received: number }) => r.received));
    // Hand-read from the demo files: 9 initiatives in chuyển đổi số, the longest bar of its chart.
    expect(byId['linh-vuc']!.bars.find((b) => b.label === 'Chuyển đổi số')).toMatchObject({ value: 9, text: '9' });
    const shares = elements(byId['linh-vuc']!.chart).filter((e) => attr(e, 'class')?.split(' ').includes('bar')).map((b) => Number(/--share: ([\d.]+)/.exec(attr(b, 'style')!)![1]));
    const max = Math.max(...values('linh-vuc'));
    values('linh-vuc').forEach((v, i) => expect(shares[i]!).toBeCloseTo(v / max, 3));
  });
});

describe('the yearly summary /thong-ke/2026/', () => {
  it('lists every unit that reported late with its delay and every unit that has not reported', () => {
    const html = readPage(dir, '/thong-ke/2026/');
    const reportsDir = path.join(DEMO, 'reports');
    const reports = fs.readdirSync(reportsDir).map((f) => parseYaml(fs.readFileSync(path.join(reportsDir, f), 'utf8')) as { unit: string; year: number; submitted: string });
    const unitsDir = path.join(DEMO, 'units');
    const name = (id: string) => (parseYaml(fs.readFileSync(path.join(unitsDir, `${id}.yml`), 'utf8')) as { name: string }).name;
    const late = reports.filter((r) => r.year === 2026 && String(r.submitted) > '2026-11-05');
    const reported = new Set(reports.filter((r) => r.year === 2026).map((r) => r.unit));
    const missing = fs.readdirSync(unitsDir).map((f) => f.replace(/\.yml$/, '')).filter((id) => !reported.has(id));
    expect(late).toHaveLength(2);
    expect(missing).toHaveLength(2);
    const rows = elements(parse(html) as Node).filter((e) => e.tagName === 'tr')
      .map((tr) => elements(tr).filter((e) => e.tagName === 'th' || e.tagName === 'td').map((c) => text(c)).join(' '));
    for (const r of late) {
      const days = Math.round((Date.parse(String(r.submitted)) - Date.parse('2026-11-05')) / 86_400_000);
      expect(rows).toContain(`${name(r.unit)} ${String(r.submitted).split('-').reverse().join('/')} Chậm ${days} ngày`);
    }
    const plain = html.replace(/<[^>]+>/g, ' ');
    const missingBlock = plain.slice(plain.indexOf('Chưa gửi'));
    for (const id of missing) expect(missingBlock).toContain(name(id));
  });

  it('lists the initiatives of that year only', () => {
    const html = readPage(dir, '/thong-ke/2026/');
    for (const id of published) {
      const year = (parseYaml(fs.readFileSync(path.join(DEMO, 'initiatives', `${id}.md`), 'utf8').split(/^---$/m)[1]!) as { year: number }).year;
      if (year === 2026) expect(html, id).toContain(`/mo-hinh/${id}/`);
      else expect(html, id).not.toContain(`/mo-hinh/${id}/`);
    }
  });

  it('exists for every year the statistics page links to', () => {
    const links = [...readPage(dir, '/thong-ke/').matchAll(/href="\/thong-ke\/(\d{4})\/"/g)].map((m) => m[1]);
    expect(links).toEqual(['2026']);
    for (const y of links) expect(fs.existsSync(path.join(dir, 'thong-ke', y!, 'index.html'))).toBe(true);
  });
});
