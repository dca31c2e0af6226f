/**
 * A small RFC 4180 writer for the evidence exports: CRLF line ends, every cell quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled), UTF-8 with a byte order mark so spreadsheet
 * programs read non-Latin names correctly.
 *
 * CSV injection: a spreadsheet runs a cell that begins with = + - @ (or a tab or CR, which some
 * programs skip before evaluating) as a formula. Such text cells are prefixed with an apostrophe,
 * which shows the text as written and evaluates nothing (OWASP "CSV Injection"). Numbers are
 * written as numbers and never prefixed.
 */

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const BOM = '\uFEFF';

/** Text a spreadsheet will show as text, never evaluate. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else if (value instanceof Date) text = value.toISOString();
  else text = neutralise(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole document: BOM, header row, rows; every record ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n');
  return Buffer.from(BOM + lines.join(''), 'utf8');
}
