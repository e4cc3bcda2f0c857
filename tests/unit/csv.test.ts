import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '../../src/lib/csv.ts';

describe('CSV cells', () => {
  it.each([
    ['an equals sign', '=HYPERLINK("http://x","y")'],
    ['a plus sign', '+84 912'],
    ['a minus sign', '-2+3'],
    ['an at sign', '@SUM(A1:A2)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
  ])('gets a leading apostrophe when text starts with %s', (_, cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each([
    ['ordinary Vietnamese text', 'Nguyễn Thị Lan'],
    ['a formula sign later in the text', 'Tiết kiệm = 20%'],
    ['an apostrophe already', "'=1"],
    ['a leading space', ' =1'],
    ['an empty cell', ''],
  ])('leaves %s as written', (_, cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });

  it('leaves numbers alone, negative ones too: the column is numeric', () => {
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(2026)).toBe(2026);
  });

  it('writes a BOM, CRLF and no record whose cell starts a formula', () => {
    const csv = toCsv([['Tác giả', 'Năm'], ['=HYPERLINK("http://x","y")', 2026], ['-1', -1]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([['Tác giả', 'Năm'], [`'=HYPERLINK("http://x","y")`, '2026'], ["'-1", '-1']]);
  });
});
