import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ensureSite, ROOT } from '../helpers/sites.ts';
import { readPage } from '../helpers/html.ts';

const published = fs.readdirSync(path.join(ROOT, 'fixtures/demo/initiatives')).filter((f) => f.endsWith('.md'))
  .filter((f) => !(parse(fs.readFileSync(path.join(ROOT, 'fixtures/demo/initiatives', f), 'utf8').split(/^---$/m)[1]!) as { draft?: boolean }).draft)
  .map((f) => f.replace(/\.md$/, ''));

describe('open data of the demo site', () => {
  it('writes one CSV row per published initiative, with a BOM and a Vietnamese header', () => {
    const buf = fs.readFileSync(path.join(ensureSite('demo'), 'thong-ke/mo-hinh.csv'));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = buf.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Mã,Tên,Đơn vị/);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids.sort()).toEqual([...published].sort());
  });

  it('publishes the aggregates as JSON matching the page', () => {
    const dir = ensureSite('demo');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'thong-ke/thong-ke.json'), 'utf8'));
    expect(json.initiatives.total).toBe(published.length);
    const html = readPage(dir, '/thong-ke/');
    // Chart bars and table cells carry the same numbers.
    for (const chart of ['linh-vuc', 'loai', 'tinh-trang', 'nam', 'nhom-tieu-chi', 'khen-thuong']) {
      const svg = new RegExp(`<svg[^>]*data-chart="${chart}"[\\s\\S]*?</svg>`).exec(html)![0];
      const bars = [...svg.matchAll(/data-value="([\d.]+)"/g)].map((m) => Number(m[1]));
      const after = html.slice(html.indexOf(svg) + svg.length);
      const table = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(after)![1]!;
      const cells = [...table.matchAll(/<td[^>]*data-value="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(cells, chart).toEqual(bars);
    }
    const byField = [...new RegExp('<svg[^>]*data-chart="linh-vuc"[\\s\\S]*?</svg>').exec(html)![0].matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(byField).toEqual(['doi-moi-sang-tao', 'khoa-hoc-cong-nghe', 'chuyen-doi-so', 'chuyen-doi-xanh'].map((f) => json.initiatives.byField[f] ?? 0));
  });
});

describe('the yearly summary /thong-ke/2026/', () => {
  it('lists every unit that reported late and every unit that has not reported', () => {
    const dir = ensureSite('demo');
    const html = readPage(dir, '/thong-ke/2026/');
    const reportsDir = path.join(ROOT, 'fixtures/demo/reports');
    const reports = fs.readdirSync(reportsDir).map((f) => parse(fs.readFileSync(path.join(reportsDir, f), 'utf8')) as { unit: string; year: number; submitted: string });
    const unitsDir = path.join(ROOT, 'fixtures/demo/units');
    const name = (id: string) => (parse(fs.readFileSync(path.join(unitsDir, `${id}.yml`), 'utf8')) as { name: string }).name;
    const late = reports.filter((r) => r.year === 2026 && String(r.submitted) > '2026-11-05');
    const reported = new Set(reports.filter((r) => r.year === 2026).map((r) => r.unit));
    const missing = fs.readdirSync(unitsDir).map((f) => f.replace(/\.yml$/, '')).filter((id) => !reported.has(id));
    expect(late.length + missing.length).toBeGreaterThan(0);
    const text = html.replace(/<[^>]+>/g, ' ');
    for (const r of late) expect(text).toMatch(new RegExp(`${name(r.unit)}\\s+\\S+\\s+Chậm \\d+ ngày`));
    const missingBlock = text.slice(text.indexOf('Chưa gửi'));
    for (const id of missing) expect(missingBlock).toContain(name(id));
  });
});
