/**
 * CSV for spreadsheets (Excel, LibreOffice), safe against formula injection: a text cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula when staff open the
 * file, so it gets a leading apostrophe, as OWASP describes ("CSV Injection"). Numbers are numeric
 * columns and stay as they are (-5 is a number, not a formula).
 */
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** UTF-8 with a BOM (without it Excel reads the diacritics as Windows-1258), CRLF, every cell neutralised. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + stringify(rows.map((row) => row.map(neutraliseCell)), { record_delimiter: 'windows' });
}
