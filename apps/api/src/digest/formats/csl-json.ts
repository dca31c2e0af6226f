import type { ExportedCase } from './exported.js';

/** The CSL-JSON item of a court decision (citation-style-language/schema, csl-data.json). */
export interface CslLegalCase {
  id: string;
  type: 'legal_case';
  title: string;
  authority: string;
  number?: string;
  issued: { 'date-parts': [[number, number, number]] };
  jurisdiction: string;
  URL: string;
  abstract: string;
  language: string;
  keyword?: string;
}

/** CSL-JSON for citation managers (Zotero, Mendeley, pandoc): an array of legal_case items. */
export function toCslJson(cases: readonly ExportedCase[]): CslLegalCase[] {
  return cases.map(({ id, url, content: c }) => {
    const [y, m, d] = c.decisionDate.split('-').map(Number) as [number, number, number];
    return {
      id,
      type: 'legal_case',
      title: c.title,
      authority: c.court,
      ...(c.caseNumber ? { number: c.caseNumber } : {}),
      issued: { 'date-parts': [[y, m, d]] },
      jurisdiction: c.country.toLowerCase(),
      URL: url,
      abstract: c.summary,
      language: c.contentLanguage,
      ...(c.keywords.length > 0 ? { keyword: c.keywords.join(', ') } : {}),
    };
  });
}

export function writeCasesCslJson(cases: readonly ExportedCase[]): Buffer {
  return Buffer.from(JSON.stringify(toCslJson(cases), null, 2) + '\n', 'utf8');
}
