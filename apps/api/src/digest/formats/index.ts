import type { DigestExportFormat } from '@cop/contracts';
import { writeCasesCsv } from './case-csv.js';
import { writeCasesJson } from './case-json.js';
import { writeCasesCslJson } from './csl-json.js';
import type { ExportedCase } from './exported.js';
import { writeCasesRis } from './ris.js';

export { parseCasesCsv, writeCasesCsv } from './case-csv.js';
export { parseCasesJson, writeCasesJson } from './case-json.js';
export { toCslJson, writeCasesCslJson } from './csl-json.js';
export { writeCasesRis } from './ris.js';
export * from './exported.js';

/** Writer, content type and file extension of each export format. */
export const EXPORT_WRITERS: Record<
  DigestExportFormat,
  { write: (cases: readonly ExportedCase[]) => Buffer; contentType: string; extension: string }
> = {
  csv: { write: writeCasesCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { write: writeCasesJson, contentType: 'application/json; charset=utf-8', extension: 'json' },
  'csl-json': {
    write: writeCasesCslJson,
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    extension: 'csl.json',
  },
  ris: {
    write: writeCasesRis,
    contentType: 'application/x-research-info-systems; charset=utf-8',
    extension: 'ris',
  },
};
