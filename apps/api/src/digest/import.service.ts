import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseContent, DIGEST_LIMITS as L } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import { DigestValidator } from './digest.validation.js';
import type { DigestImportInput, DigestImportReport } from './dto/import.dto.js';
import { type ImportProblem, parseCasesCsv, parseCasesJson, type ParsedImport } from './formats/index.js';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** What the reference checks read of a row that failed the field rules (well-formed parts only). */
function referencesOf(row: unknown): CaseContent {
  const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
  const weapons = Array.isArray(r.weapons) ? (r.weapons as unknown[]) : [];
  return {
    offences: strings(r.offences),
    modusOperandi: strings(r.modusOperandi),
    weapons: weapons.flatMap((w) =>
      typeof w === 'object' && w !== null && typeof (w as { type?: unknown }).type === 'string'
        ? [{ type: (w as { type: string }).type, quantity: null }]
        : [],
    ),
    relatedCaseIds: strings(r.relatedCaseIds).filter((id) => isUUID(id)),
  } as CaseContent;
}

/**
 * Moderators import case records from a CSV or JSON file (docs/digest.md, "Import format"). Every
 * row is validated like a record saved in the form (DigestValidator); the report lists every
 * problem with its row, field and reason. Nothing is written on a dry run, nor when any row is
 * invalid — unless `validOnly`, which imports the valid rows. Imported records are DRAFTs of the
 * importing moderator (revision 1, event IMPORTED, audit digest.case.imported), written in one
 * transaction.
 */
@Injectable()
export class DigestImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly validator: DigestValidator,
  ) {}

  async import(
    principal: Principal,
    input: DigestImportInput,
    ip?: string | null,
  ): Promise<DigestImportReport> {
    const report = (total: number, valid: number, problems: ImportProblem[], imported: string[] = []) => ({
      total,
      valid,
      problems,
      imported,
      dryRun: input.dryRun,
    });
    if (Buffer.byteLength(input.data, 'utf8') > L.importBytesMax)
      return report(0, 0, [
        { row: 0, field: null, message: `The file is larger than ${L.importBytesMax / 1024 / 1024} MB.` },
      ]);
    const parsed: ParsedImport =
      input.format === 'csv' ? parseCasesCsv(input.data) : parseCasesJson(input.data);
    const total = parsed.rows.length;
    if (total > L.importRowsMax)
      return report(total, 0, [
        {
          row: 0,
          field: null,
          message: `At most ${L.importRowsMax} records per file; this one has ${total}.`,
        },
      ]);
    if (total === 0 && parsed.problems.length === 0)
      parsed.problems.push({ row: 0, field: null, message: 'The file holds no records.' });
    if (parsed.problems.some((p) => p.row === 0)) return report(total, 0, parsed.problems);

    const problems: ImportProblem[] = [...parsed.problems];
    const contents: (CaseContent | null)[] = [];
    for (const [index, row] of parsed.rows.entries()) {
      const shaped = await this.validator.shape(row);
      // The references (taxonomy codes, related records) are checked even when other fields are
      // wrong, so the report names every problem of the row at once.
      const flagged = new Set(shaped.problems.map((p) => p.field));
      const references = (
        await this.validator.references(principal, shaped.content ?? referencesOf(row))
      ).filter((p) => !flagged.has(p.field));
      const found = [...shaped.problems, ...references];
      for (const p of found) problems.push({ row: index + 1, field: p.field || null, message: p.message });
      contents.push(found.length === 0 ? shaped.content : null);
    }
    problems.sort((a, b) => a.row - b.row);

    const invalid = new Set(problems.map((p) => p.row));
    const validContents = contents.flatMap((c, index) => (c && !invalid.has(index + 1) ? [c] : []));
    if (input.dryRun || validContents.length === 0 || (invalid.size > 0 && !input.validOnly))
      return report(total, validContents.length, problems);

    const imported = await this.db.transaction(async (m) => {
      const ids: string[] = [];
      for (const content of validContents)
        ids.push(await this.create(m, principal, content, input.format, ip ?? null));
      return ids;
    });
    return report(total, validContents.length, problems, imported);
  }

  private async create(
    m: EntityManager,
    principal: Principal,
    content: CaseContent,
    format: string,
    ip: string | null,
  ): Promise<string> {
    const [created] = (await m.query(
      `INSERT INTO digest_case (status, author_id, content, revision) VALUES ('DRAFT', $1, $2, 1) RETURNING id`,
      [principal.userId, JSON.stringify(content)],
    )) as { id: string }[];
    const id = created!.id;
    await m.query(
      `INSERT INTO digest_revision (case_id, number, content, editor_id, note) VALUES ($1, 1, $2, $3, $4)`,
      [id, JSON.stringify(content), principal.userId, `Imported from ${format.toUpperCase()}`],
    );
    await m.query(
      `INSERT INTO digest_event (case_id, kind, actor_id, revision) VALUES ($1, 'IMPORTED', $2, 1)`,
      [id, principal.userId],
    );
    await this.audit.record(
      {
        action: 'digest.case.imported',
        actorId: principal.userId,
        targetType: 'digest_case',
        targetId: id,
        ip,
        details: { format },
      },
      m,
    );
    return id;
  }
}
