import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CaseContent,
  type CaseOutcome,
  type CourtLevel,
  DIGEST_EXPORT_FORMATS,
  type DigestExportFormat,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { digestCaseNotFound } from '../access/digest.access.js';
import { AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import { badInput } from '../common/validation/validation.pipe.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { caseUrl, EXPORT_WRITERS, type ExportedCase } from './formats/index.js';
import { DigestSort } from './dto/digest.types.js';
import { DigestSearchService } from './search.service.js';

/** At most this many records in one search export. */
export const EXPORT_MAX = 1000;

/** The search of the web URL (/case-law?q=…&country=…): lists repeat the parameter or use commas. */
export interface ExportSearch {
  q?: string;
  country?: string[];
  region?: string[];
  yearFrom?: number;
  yearTo?: number;
  offence?: string[];
  protocol?: number[];
  convention?: number[];
  weapon?: string[];
  modus?: string[];
  outcome?: string[];
  courtLevel?: string[];
  sort?: string;
}

export interface ExportFile {
  name: string;
  contentType: string;
  data: Buffer;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Exports of the published digest (docs/digest.md, "Export formats"): one record or a whole
 * search, always the published version — never a working copy — so every member may export what
 * they may read. A record without a published version answers NOT_FOUND like a missing id;
 * archived records export by their id but never in a search. Every export is audited
 * (digest.exported, format and count, the record id for a single record).
 */
@Injectable()
export class DigestExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly searches: DigestSearchService,
  ) {}

  format(value: unknown): DigestExportFormat {
    if (typeof value !== 'string' || !(DIGEST_EXPORT_FORMATS as readonly string[]).includes(value))
      throw badInput([
        { field: 'format', code: 'isIn', message: `Choose a format: ${DIGEST_EXPORT_FORMATS.join(', ')}.` },
      ]);
    return value as DigestExportFormat;
  }

  async exportCase(principal: Principal, id: unknown, format: unknown, ip?: string): Promise<ExportFile> {
    const f = this.format(format);
    if (typeof id !== 'string' || !isUUID(id)) throw digestCaseNotFound();
    const rows: { id: string; content: CaseContent }[] = await this.db.query(
      `SELECT p.case_id AS id, r.content FROM digest_published p
         JOIN digest_revision r ON r.case_id = p.case_id AND r.number = p.revision
        WHERE p.case_id = $1`,
      [id],
    );
    if (rows.length === 0) throw digestCaseNotFound();
    const c = rows[0]!.content;
    const slug = (c.caseNumber ?? c.title)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    const file = this.write(f, rows, `case-law-${c.country}-${slug || id}`);
    await this.record(principal, f, 1, id, ip);
    return file;
  }

  async exportSearch(
    principal: Principal,
    search: ExportSearch,
    format: unknown,
    ip?: string,
  ): Promise<ExportFile> {
    const f = this.format(format);
    const rows = await this.search(search);
    const file = this.write(f, rows, `case-law-${today()}`);
    await this.record(principal, f, rows.length, null, ip);
    return file;
  }

  /**
   * The published, not archived records a search finds, in its order (the search service's, so an
   * export holds exactly what the search page lists), at most EXPORT_MAX.
   */
  private async search(s: ExportSearch): Promise<{ id: string; content: CaseContent }[]> {
    const sort = s.sort?.toUpperCase();
    const result = await this.searches.search({
      text: s.q ?? null,
      countries: s.country?.map((c) => c.toUpperCase()) ?? null,
      regions: s.region ?? null,
      yearFrom: s.yearFrom ?? null,
      yearTo: s.yearTo ?? null,
      offences: s.offence ?? null,
      protocolArticles: s.protocol ?? null,
      conventionArticles: s.convention ?? null,
      weapons: s.weapon ?? null,
      modus: s.modus ?? null,
      outcomes: (s.outcome?.map((o) => o.toUpperCase()) as CaseOutcome[] | undefined) ?? null,
      courtLevels: (s.courtLevel?.map((l) => l.toUpperCase()) as CourtLevel[] | undefined) ?? null,
      sort: sort && sort in DigestSort ? (sort as DigestSort) : DigestSort.RELEVANCE,
      first: EXPORT_MAX,
      offset: 0,
    });
    const ids = result.hits.map((h) => h.case.id);
    if (ids.length === 0) return [];
    const rows: { id: string; content: CaseContent }[] = await this.db.query(
      `SELECT p.case_id AS id, r.content FROM digest_published p
         JOIN digest_revision r ON r.case_id = p.case_id AND r.number = p.revision
        WHERE p.case_id = ANY($1::uuid[]) AND NOT p.archived`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private write(
    format: DigestExportFormat,
    rows: { id: string; content: CaseContent }[],
    base: string,
  ): ExportFile {
    const writer = EXPORT_WRITERS[format];
    const cases: ExportedCase[] = rows.map((r) => ({
      id: r.id,
      url: caseUrl(this.config.PUBLIC_URL, r.id),
      content: r.content,
    }));
    return {
      name: `${base}.${writer.extension}`,
      contentType: writer.contentType,
      data: writer.write(cases),
    };
  }

  private record(
    principal: Principal,
    format: DigestExportFormat,
    count: number,
    id: string | null,
    ip?: string,
  ) {
    return this.audit.record({
      action: 'digest.exported',
      actorId: principal.userId,
      targetType: id ? 'digest_case' : 'digest_search',
      targetId: id,
      ip: ip ?? null,
      details: { format, count },
    });
  }
}
