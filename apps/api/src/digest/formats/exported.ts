import { CASE_CONTENT_FIELDS, type CaseContent } from '@cop/contracts';

export { CASE_CONTENT_FIELDS };

/** A published record as exported: its id, its address in the portal and its content. */
export interface ExportedCase {
  id: string;
  url: string;
  content: CaseContent;
}

/** The address of a record in the web app. */
export const caseUrl = (publicUrl: string, id: string): string =>
  `${publicUrl.replace(/\/$/, '')}/case-law/cases/${id}`;

/** Columns and keys an export adds around the content; the import ignores them. */
export const EXPORT_ONLY_FIELDS = ['id', 'url'] as const;

/** One problem of an import: the record (1-based; 0 for the file itself), the field, the reason. */
export interface ImportProblem {
  row: number;
  field: string | null;
  message: string;
}

/** A parsed import file: one raw record per row (not yet validated), or problems with the file. */
export interface ParsedImport {
  rows: Record<string, unknown>[];
  problems: ImportProblem[];
}

const EMPTY_WHEN_MISSING: Partial<Record<(typeof CASE_CONTENT_FIELDS)[number], () => unknown>> = {
  jurisdiction: () => null,
  caseNumber: () => null,
  relatedCaseIds: () => [],
  offences: () => [],
  protocolArticles: () => [],
  conventionArticles: () => [],
  weapons: () => [],
  modusOperandi: () => [],
  route: () => [],
  defendants: () => [],
  facts: () => '',
  reasoning: () => '',
  commentary: () => '',
  goodPractices: () => [],
  lessons: () => [],
  keywords: () => [],
  sources: () => [],
};

/**
 * An imported record may leave out the optional fields (a CSV without the column, a JSON object
 * without the key): they are empty (null, "" or []). The required ones stay missing, so the
 * validation names them.
 */
export function withDefaults(row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  for (const [field, empty] of Object.entries(EMPTY_WHEN_MISSING))
    if (out[field] === undefined) out[field] = empty();
  return out;
}
