import type { CaseContent } from '@cop/contracts';
import { parseCsv } from '../../common/csv.js';
import { DigestValidator } from '../digest.validation.js';
import {
  type ExportedCase,
  parseCasesCsv,
  parseCasesJson,
  toCslJson,
  writeCasesCsv,
  writeCasesJson,
  writeCasesRis,
} from './index.js';

/** The field rules of the form, which an import applies to each row (no database needed). */
const validator = new DigestValidator(null as never, null as never);
const shape = (row: unknown) => validator.shape(row);

const content = (over: Partial<CaseContent> = {}): CaseContent => ({
  title: 'State v. K.M. — converted pistols, "express" parcels',
  country: 'SN',
  jurisdiction: 'Dakar',
  court: 'Tribunal de grande instance de Dakar',
  courtLevel: 'FIRST_INSTANCE',
  caseNumber: 'TGI-DK 2024/118',
  decisionDate: '2024-03-14',
  proceduralStage: 'FIRST_INSTANCE',
  relatedCaseIds: ['0b7c7f56-3c3e-4c86-9a26-6d6f1b0c2a11'],
  legalSystem: 'CIVIL_LAW',
  decisionLanguage: 'fr',
  contentLanguage: 'en',
  offences: ['illicit-trafficking', 'falsifying-markings'],
  protocolArticles: [5, 8],
  conventionArticles: [5, 18],
  weapons: [
    { type: 'converted-alarm-weapon', quantity: 12 },
    { type: 'ammunition', quantity: null },
  ],
  modusOperandi: ['postal-parcels'],
  route: [
    { country: 'TR', role: 'ORIGIN' },
    { country: 'BJ', role: 'TRANSIT' },
    { country: 'SN', role: 'DESTINATION' },
  ],
  defendants: [
    {
      label: 'Defendant A',
      role: 'organiser; buyer',
      charges: ['trafficking', 'removing markings'],
      verdict: 'guilty',
      sentenceMonths: 60,
      fine: 'XOF 5,000,000',
      confiscation: 'vehicle, "tools"',
    },
    {
      label: 'B.',
      role: null,
      charges: [],
      verdict: null,
      sentenceMonths: null,
      fine: null,
      confiscation: null,
    },
  ],
  outcome: 'CONVICTION',
  summary: 'Line one, with a comma.\nLine two; with a semicolon.',
  facts: '=HYPERLINK("http://evil","x") was typed by a clerk',
  reasoning: "'=already quoted formula text",
  commentary: '-3 is a number-looking start\r\nand a CRLF',
  goodPractices: ['Trace every weapon; even converted ones', 'Back\\slash kept', '@mention-like'],
  lessons: ['+plus start'],
  keywords: ['converted weapons', 'Приговор', '追踪'],
  sources: [
    { citation: 'Judgment no. 118/2024, p. 4', url: 'https://example.org/j?id=118&x=1' },
    { citation: 'Printed bulletin | vol. 3', url: null },
    { citation: 'Plain reference', url: null },
  ],
  ...over,
});

const exported = (c: CaseContent, n = 1): ExportedCase => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  url: `https://portal.example.org/case-law/cases/00000000-0000-4000-8000-00000000000${n}`,
  content: c,
});

describe('digest CSV', () => {
  it('writes an injection-safe UTF-8 file that parses back to the same records', async () => {
    const records = [
      exported(content(), 1),
      exported(content({ caseNumber: null, defendants: [], route: [] }), 2),
    ];
    const csv = writeCasesCsv(records);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const cells = parseCsv(csv.toString('utf8'));
    expect(cells[0]!.cells.slice(0, 4)).toEqual(['id', 'url', 'title', 'country']);
    // No cell starts with a formula character.
    for (const r of cells) for (const cell of r.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const facts = cells[0]!.cells.indexOf('facts');
    expect(cells[1]!.cells[facts]).toBe('\'=HYPERLINK("http://evil","x") was typed by a clerk');

    const parsed = parseCasesCsv(csv.toString('utf8'));
    expect(parsed.problems).toEqual([]);
    const shaped = await Promise.all(parsed.rows.map(shape));
    expect(shaped.map((s) => s.problems)).toEqual([[], []]);
    expect(shaped.map((s) => s.content)).toEqual(records.map((r) => r.content));
  });

  it('reads a hand-written file with the documented conventions', async () => {
    const text = [
      'title,country,court,courtLevel,decisionDate,proceduralStage,legalSystem,decisionLanguage,contentLanguage,outcome,summary,weapons,route,sources,protocolArticles,defendants',
      'R v A,GH,"High Court, Accra",FIRST_INSTANCE,2021-05-06,FINAL,COMMON_LAW,en,en,CONVICTION,Short,handgun:3; ammunition:250,TG:ORIGIN; GH:DESTINATION,Case 1 | https://example.org/1,5; 8,"[{""label"":""A"",""charges"":[""possession""],""sentenceMonths"":24}]"',
      '',
    ].join('\n');
    const { rows, problems } = parseCasesCsv(text);
    expect(problems).toEqual([]);
    const { content: record, problems: fieldProblems } = await shape(rows[0]);
    expect(fieldProblems).toEqual([]);
    expect(record).toMatchObject({
      court: 'High Court, Accra',
      weapons: [
        { type: 'handgun', quantity: 3 },
        { type: 'ammunition', quantity: 250 },
      ],
      route: [
        { country: 'TG', role: 'ORIGIN' },
        { country: 'GH', role: 'DESTINATION' },
      ],
      sources: [{ citation: 'Case 1', url: 'https://example.org/1' }],
      protocolArticles: [5, 8],
      defendants: [{ label: 'A', charges: ['possession'], sentenceMonths: 24, verdict: null }],
    });
  });

  it('reports unreadable files, unknown columns and bad cells', () => {
    expect(parseCasesCsv('title,country\n"open,SN\n').problems).toEqual([
      expect.objectContaining({
        row: 0,
        message: expect.stringMatching(/Not a readable CSV file \(line 2\)/),
      }),
    ]);
    expect(parseCasesCsv('title,colour\nx,red\n').problems).toEqual([
      { row: 0, field: 'colour', message: expect.stringMatching(/Unknown column/) },
    ]);
    expect(parseCasesCsv('').problems).toEqual([{ row: 0, field: null, message: 'The file is empty.' }]);
    const { problems } = parseCasesCsv('title,defendants\nA,[{oops\nB,x,y\n');
    expect(problems).toEqual([
      { row: 1, field: 'defendants', message: expect.stringMatching(/JSON array/) },
      { row: 2, field: null, message: 'Line 3 has 3 cells; the header has 2.' },
      { row: 2, field: 'defendants', message: expect.stringMatching(/JSON array/) },
    ]);
  });
});

describe('digest JSON', () => {
  it('round-trips: the export imports back to the same records', async () => {
    const records = [exported(content(), 1), exported(content({ contentLanguage: 'fr' }), 2)];
    const json = writeCasesJson(records).toString('utf8');
    const data = JSON.parse(json) as { id: string; url: string }[];
    expect(data[0]).toMatchObject({ id: records[0]!.id, url: records[0]!.url, title: content().title });
    const parsed = parseCasesJson(json);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual(records.map((r) => r.content));
    const shaped = await Promise.all(parsed.rows.map(shape));
    expect(shaped.map((s) => s.content)).toEqual(records.map((r) => r.content));
  });

  it('reports malformed JSON and a non-array', () => {
    expect(parseCasesJson('[{"title": }]').problems).toEqual([
      { row: 0, field: null, message: expect.stringMatching(/^Not valid JSON/) },
    ]);
    expect(parseCasesJson('{"title":"x"}').problems).toEqual([
      { row: 0, field: null, message: 'The file must hold a JSON array of records.' },
    ]);
  });
});

/**
 * The parts of the CSL-JSON schema (citation-style-language/schema, csl-data.json v1.0) an exported
 * item uses: required id and type, the variable types, and the date-variable shape.
 */
const CSL_STRING_VARIABLES = ['title', 'authority', 'jurisdiction', 'URL', 'abstract', 'language', 'keyword'];
const CSL_TYPES = ['legal_case', 'legislation', 'article-journal', 'book', 'report']; // a subset of the enum
function cslProblems(item: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!('id' in item) || !['string', 'number'].includes(typeof item.id)) problems.push('id');
  if (typeof item.type !== 'string' || !CSL_TYPES.includes(item.type)) problems.push('type');
  for (const v of CSL_STRING_VARIABLES) if (v in item && typeof item[v] !== 'string') problems.push(v);
  if ('number' in item && !['string', 'number'].includes(typeof item.number)) problems.push('number');
  const issued = item.issued as { 'date-parts'?: unknown } | undefined;
  const parts = issued?.['date-parts'];
  const validParts =
    Array.isArray(parts) &&
    parts.length >= 1 &&
    parts.length <= 2 &&
    parts.every(
      (p) =>
        Array.isArray(p) &&
        p.length >= 1 &&
        p.length <= 3 &&
        p.every((n) => typeof n === 'number' || (typeof n === 'string' && /^\d+$/.test(n))),
    );
  if (!validParts) problems.push('issued');
  const allowed = new Set(['id', 'type', 'number', 'issued', ...CSL_STRING_VARIABLES]);
  for (const key of Object.keys(item)) if (!allowed.has(key)) problems.push(`unexpected ${key}`);
  return problems;
}

describe('digest CSL-JSON', () => {
  it('writes legal_case items that fit the CSL-JSON schema', () => {
    const items = toCslJson([
      exported(content(), 1),
      exported(content({ caseNumber: null, keywords: [] }), 2),
    ]);
    for (const item of items) expect(cslProblems(item as unknown as Record<string, unknown>)).toEqual([]);
    expect(items[0]).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      type: 'legal_case',
      title: content().title,
      authority: 'Tribunal de grande instance de Dakar',
      number: 'TGI-DK 2024/118',
      issued: { 'date-parts': [[2024, 3, 14]] },
      jurisdiction: 'sn',
      URL: 'https://portal.example.org/case-law/cases/00000000-0000-4000-8000-000000000001',
      abstract: content().summary,
      language: 'en',
      keyword: 'converted weapons, Приговор, 追踪',
    });
    expect(items[1]).not.toHaveProperty('number');
    expect(cslProblems({ id: 1, type: 'legal_case', issued: { 'date-parts': [['x']] } })).toEqual(['issued']);
  });
});

/** A small RIS reader: records from TY to ER, tags with every value (repeatable tags keep all). */
function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | null = null;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!m) throw new Error(`not a RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') {
      if (current) throw new Error('TY before ER');
      current = { TY: [value] };
    } else if (tag === 'ER') {
      if (!current) throw new Error('ER without TY');
      records.push(current);
      current = null;
    } else {
      if (!current) throw new Error(`${tag} outside a record`);
      (current[tag] ??= []).push(value);
    }
  }
  if (current) throw new Error('record without ER');
  return records;
}

describe('digest RIS', () => {
  it('round-trips through a RIS reader: one CASE per record, repeatable KW', () => {
    const records = [exported(content(), 1), exported(content({ caseNumber: null, keywords: ['solo'] }), 2)];
    const parsed = parseRis(writeCasesRis(records).toString('utf8'));
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toEqual({
      TY: ['CASE'],
      TI: [content().title],
      A2: ['Tribunal de grande instance de Dakar'],
      DA: ['2024/03/14/'],
      PY: ['2024'],
      M1: ['TGI-DK 2024/118'],
      CY: ['SN'],
      LA: ['en'],
      AB: ['Line one, with a comma. Line two; with a semicolon.'],
      UR: [records[0]!.url],
      KW: ['converted weapons', 'Приговор', '追踪'],
    });
    expect(parsed[1]).not.toHaveProperty('M1');
    expect(parsed[1]!.KW).toEqual(['solo']);
  });
});
