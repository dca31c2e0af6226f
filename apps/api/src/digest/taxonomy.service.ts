import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TaxonomyKind } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import { digestTermNotFound, englishNameRequired, termCodeFixed, termCodeTaken } from './digest.errors.js';
import { type TermRow, toTerm } from './digest.rows.js';
import type { DigestTermInput } from './dto/digest.inputs.js';
import type { DigestTerm } from './dto/digest.types.js';

const TERM_COLUMNS = 't.id, t.kind, t.code, t.names, t.position, t.archived_at';
const uniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

/**
 * The moderator-curated taxonomies (offences, weapon types, modi operandi). A term's code is what
 * records store, so it never changes once created; names and order do. Archiving a term removes it
 * from the pickers and from new records; records that already use it keep it.
 */
@Injectable()
export class DigestTaxonomyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(kind: TaxonomyKind | null | undefined, includeArchived: boolean): Promise<DigestTerm[]> {
    const rows: TermRow[] = await this.db.query(
      `SELECT ${TERM_COLUMNS} FROM digest_term t
        WHERE ($1::text IS NULL OR t.kind = $1) AND ($2 OR t.archived_at IS NULL)
        ORDER BY t.kind, t.position, t.code`,
      [kind ?? null, includeArchived],
    );
    return rows.map(toTerm);
  }

  /** Creates a term (no id) or renames / reorders one. */
  async save(
    principal: Principal,
    id: string | null | undefined,
    input: DigestTermInput,
  ): Promise<DigestTerm> {
    const names = Object.fromEntries(input.names.filter((n) => n.text).map((n) => [n.language, n.text]));
    if (!names['en']) throw englishNameRequired();
    const termId = await this.db.transaction(async (m) => {
      let saved: string;
      if (id) {
        if (!isUUID(id)) throw digestTermNotFound();
        const [current] = (await m.query(`SELECT kind, code FROM digest_term WHERE id = $1 FOR UPDATE`, [
          id,
        ])) as { kind: string; code: string }[];
        if (!current) throw digestTermNotFound();
        if (current.kind !== input.kind || current.code !== input.code) throw termCodeFixed();
        await m.query(`UPDATE digest_term SET names = $2, position = COALESCE($3, position) WHERE id = $1`, [
          id,
          names,
          input.position ?? null,
        ]);
        saved = id;
      } else {
        try {
          const [row] = (await m.query(
            `INSERT INTO digest_term (kind, code, names, position)
             VALUES ($1, $2, $3, COALESCE($4, (SELECT COALESCE(max(position), 0) + 10 FROM digest_term WHERE kind = $1)))
             RETURNING id`,
            [input.kind, input.code, names, input.position ?? null],
          )) as { id: string }[];
          saved = row!.id;
        } catch (e) {
          if (uniqueViolation(e)) throw termCodeTaken();
          throw e;
        }
      }
      await this.audit.record(
        {
          action: 'digest.term.changed',
          actorId: principal.userId,
          targetType: 'digest_term',
          targetId: saved,
          details: { change: id ? 'updated' : 'created' },
        },
        m,
      );
      return saved;
    });
    return this.get(termId);
  }

  async archive(principal: Principal, id: string, archived: boolean): Promise<DigestTerm> {
    if (!isUUID(id)) throw digestTermNotFound();
    await this.db.transaction(async (m) => {
      const rows: unknown[] = await m.query(
        `WITH u AS (
           UPDATE digest_term SET archived_at = CASE WHEN $2 THEN COALESCE(archived_at, now()) ELSE NULL END
            WHERE id = $1 RETURNING id)
         SELECT id FROM u`,
        [id, archived],
      );
      if (rows.length === 0) throw digestTermNotFound();
      await this.audit.record(
        {
          action: 'digest.term.changed',
          actorId: principal.userId,
          targetType: 'digest_term',
          targetId: id,
          details: { change: archived ? 'archived' : 'restored' },
        },
        m,
      );
    });
    return this.get(id);
  }

  private async get(id: string): Promise<DigestTerm> {
    const rows: TermRow[] = await this.db.query(`SELECT ${TERM_COLUMNS} FROM digest_term t WHERE t.id = $1`, [
      id,
    ]);
    if (!rows[0]) throw digestTermNotFound();
    return toTerm(rows[0]);
  }
}
