import type { CaseContent, CaseDefendant } from '@cop/contracts';
import { type CsvCell, CsvSyntaxError, parseCsv, toCsv } from '../../common/csv.js';
import {
  CASE_CONTENT_FIELDS,
  EXPORT_ONLY_FIELDS,
  type ExportedCase,
  type ImportProblem,
  type ParsedImport,
  withDefaults,
} from './exported.js';

/*
 * The CSV record format (docs/digest.md): one row per record, the header names the CaseContent
 * fields. Lists are joined with "; " (a ";" or "\" inside an item is written "\;" or "\\"); weapons
 * are "type:quantity" (or just "type"), route stops "CC:ROLE" in order, sources "citation | url"
 * (or just the citation), defendants a JSON array in their cell. Empty cells are null or empty
 * lists. The export adds "id" and "url" columns in front, which an import ignores.
 *
 * Text a spreadsheet would evaluate (= + - @ tab CR at the start) is written with an apostrophe in
 * front (common/csv.ts); text already starting with apostrophes before such a character gets one
 * more, so the reader removes exactly one and every cell reads back as written.
 */

const FORMULA_AFTER_QUOTES = /^'+[=+\-@\t\r]/;
const protect = (text: string): string => (FORMULA_AFTER_QUOTES.test(text) ? `'${text}` : text);
const unprotect = (cell: string): string => (FORMULA_AFTER_QUOTES.test(cell) ? cell.slice(1) : cell);

const escapeItem = (item: string): string => item.replace(/\\/g, '\\\\').replace(/;/g, '\\;');
const joinList = (items: readonly (string | number)[]): string =>
  items.map((i) => escapeItem(String(i))).join('; ');

/** Splits on unescaped ";" and trims each item; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell.trim() === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[i + 1];
      i++;
    } else if (c === ';') {
      items.push(current.trim());
      current = '';
    } else current += c;
  }
  items.push(current.trim());
  return items;
}

const LIST_FIELDS = new Set([
  'relatedCaseIds',
  'offences',
  'modusOperandi',
  'goodPractices',
  'lessons',
  'keywords',
]);
const NUMBER_LIST_FIELDS = new Set(['protocolArticles', 'conventionArticles']);
const NULLABLE_FIELDS = new Set(['jurisdiction', 'caseNumber']);

function cellOf(field: (typeof CASE_CONTENT_FIELDS)[number], c: CaseContent): string {
  switch (field) {
    case 'weapons':
      return joinList(c.weapons.map((w) => (w.quantity === null ? w.type : `${w.type}:${w.quantity}`)));
    case 'route':
      return joinList(c.route.map((s) => `${s.country}:${s.role}`));
    case 'defendants':
      return c.defendants.length === 0 ? '' : JSON.stringify(c.defendants);
    case 'sources':
      return joinList(
        c.sources.map((s) =>
          s.url ? `${s.citation} | ${s.url}` : s.citation.includes('|') ? `${s.citation} |` : s.citation,
        ),
      );
    default: {
      const value = c[field];
      if (Array.isArray(value)) return joinList(value as (string | number)[]);
      return value === null ? '' : String(value);
    }
  }
}

/** The CSV export: UTF-8 with BOM, CRLF, injection-safe, one row per record. */
export function writeCasesCsv(cases: readonly ExportedCase[]): Buffer {
  const header = [...EXPORT_ONLY_FIELDS, ...CASE_CONTENT_FIELDS];
  const rows: CsvCell[][] = cases.map((x) => [
    x.id,
    x.url,
    ...CASE_CONTENT_FIELDS.map((f) => protect(cellOf(f, x.content))),
  ]);
  return toCsv(header, rows);
}

const asNumber = (text: string): number | string => (/^-?\d+$/.test(text) ? Number(text) : text);

/** One CSV cell back to its field's value (left as text where it does not parse, for validation to name). */
function valueOf(field: string, cell: string, problem: (message: string) => void): unknown {
  if (LIST_FIELDS.has(field)) return splitList(cell);
  if (NUMBER_LIST_FIELDS.has(field)) return splitList(cell).map(asNumber);
  if (field === 'weapons')
    return splitList(cell).map((item) => {
      const at = item.lastIndexOf(':');
      return at < 0
        ? { type: item, quantity: null }
        : { type: item.slice(0, at).trim(), quantity: asNumber(item.slice(at + 1).trim()) };
    });
  if (field === 'route')
    return splitList(cell).map((item) => {
      const at = item.lastIndexOf(':');
      return at < 0
        ? { country: item, role: null }
        : { country: item.slice(0, at).trim(), role: item.slice(at + 1).trim() };
    });
  if (field === 'sources')
    return splitList(cell).map((item) => {
      const at = item.lastIndexOf('|');
      if (at < 0) return { citation: item, url: null };
      return { citation: item.slice(0, at).trim(), url: item.slice(at + 1).trim() || null };
    });
  if (field === 'defendants') {
    if (cell.trim() === '') return [];
    try {
      return JSON.parse(cell) as CaseDefendant[];
    } catch {
      problem('Defendants must be a JSON array, e.g. [{"label":"Defendant A","charges":["…"]}].');
      return [];
    }
  }
  if (NULLABLE_FIELDS.has(field)) return cell === '' ? null : cell;
  return cell;
}

/** Reads a CSV import file into raw records (not validated), or reports why it cannot be read. */
export function parseCasesCsv(text: string): ParsedImport {
  let records: { cells: string[]; line: number }[];
  try {
    records = parseCsv(text);
  } catch (e) {
    const line = e instanceof CsvSyntaxError ? ` (line ${e.line})` : '';
    return {
      rows: [],
      problems: [{ row: 0, field: null, message: `Not a readable CSV file${line}: ${(e as Error).message}` }],
    };
  }
  // Blank lines (a trailing one from an editor, say) are not records.
  records = records.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  const [head, ...body] = records;
  if (!head) return { rows: [], problems: [{ row: 0, field: null, message: 'The file is empty.' }] };
  const header = head.cells.map((h) => h.trim());
  const known = new Set<string>([...CASE_CONTENT_FIELDS, ...EXPORT_ONLY_FIELDS]);
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const h of header) {
    if (!known.has(h))
      problems.push({ row: 0, field: h, message: 'Unknown column: the header must name record fields.' });
    else if (seen.has(h)) problems.push({ row: 0, field: h, message: 'This column appears twice.' });
    seen.add(h);
  }
  if (!seen.has('title'))
    problems.push({
      row: 0,
      field: 'title',
      message: 'The header has no title column: is this a case-law file?',
    });
  if (problems.length > 0) return { rows: [], problems };
  const rows = body.map((record, index) => {
    const row: Record<string, unknown> = {};
    if (record.cells.length !== header.length)
      problems.push({
        row: index + 1,
        field: null,
        message: `Line ${record.line} has ${record.cells.length} cells; the header has ${header.length}.`,
      });
    header.forEach((field, i) => {
      if ((EXPORT_ONLY_FIELDS as readonly string[]).includes(field)) return;
      const cell = unprotect(record.cells[i] ?? '');
      row[field] = valueOf(field, cell, (message) => problems.push({ row: index + 1, field, message }));
    });
    return withDefaults(row);
  });
  return { rows, problems };
}
