/**
 * A small RFC 4180 writer for exports (JIT evidence, case-law digest): CRLF line ends, every cell quoted when it
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

/** A CSV document that cannot be read, with the 1-based line where reading stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Reads an RFC 4180 document (as written by toCsv or saved by a spreadsheet program): a leading
 * BOM is skipped, records end with CRLF or LF (the last one may end without), quoted cells may hold
 * commas, doubled quotes and line breaks. Throws CsvSyntaxError on a stray quote or an unterminated
 * quoted cell. Answers the records with the 1-based line each starts on.
 */
export function parseCsv(input: string): { cells: string[]; line: number }[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: { cells: string[]; line: number }[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false;
  const endRecord = () => {
    row.push(cell);
    records.push({ cells: row, line: start });
    row = [];
    cell = '';
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
            throw new CsvSyntaxError('Unexpected text after a closing quote.', line);
        }
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      if (cell !== '') throw new CsvSyntaxError('A quote inside an unquoted cell.', line);
      quoted = true;
      touched = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      touched = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += c;
      touched = true;
    }
  }
  if (quoted) throw new CsvSyntaxError('A quoted cell is not closed.', start);
  if (touched || cell !== '' || row.length > 0) endRecord();
  return records;
}
