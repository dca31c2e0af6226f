import { EXPORT_ONLY_FIELDS, type ExportedCase, type ParsedImport, withDefaults } from './exported.js';

/** The JSON export: an array of records, each its id, its address and the CaseContent fields. */
export function writeCasesJson(cases: readonly ExportedCase[]): Buffer {
  return Buffer.from(
    JSON.stringify(
      cases.map((c) => ({ id: c.id, url: c.url, ...c.content })),
      null,
      2,
    ) + '\n',
    'utf8',
  );
}

/** Reads a JSON import file (an array of CaseContent objects; "id" and "url" keys are ignored). */
export function parseCasesJson(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return {
      rows: [],
      problems: [{ row: 0, field: null, message: `Not valid JSON: ${(e as Error).message}` }],
    };
  }
  if (!Array.isArray(data))
    return {
      rows: [],
      problems: [{ row: 0, field: null, message: 'The file must hold a JSON array of records.' }],
    };
  return {
    rows: data.map((item: unknown) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        return item as Record<string, unknown>;
      const row = { ...(item as Record<string, unknown>) };
      for (const key of EXPORT_ONLY_FIELDS) delete row[key];
      return withDefaults(row);
    }),
    problems: [],
  };
}
