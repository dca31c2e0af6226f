import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CustodyAction,
  EvidenceIntegrity,
  JIT_LIMITS as L,
  JitRole,
  type JitActivityAction,
  type UploadedFile,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditAction, AuditService } from '../../access/audit.service.js';
import { JitAccess } from '../../access/jit.access.js';
import type { Principal } from '../../access/principal.js';
import { APP_CONFIG } from '../../config/config.js';
import type { AppConfig } from '../../config/config.schema.js';
import type { StoredFileEntity } from '../../files/entities/stored-file.entity.js';
import { FilesService } from '../../files/files.service.js';
import { MembersService } from '../../identity/members.service.js';
import { JitActivityService } from '../activity.service.js';
import { type CustodyActor, type CustodyEntry, appendCustody } from './custody.js';
import { toCsv } from '../../common/csv.js';
import type { JitEvidenceInput, JitEvidenceUpdateInput } from './dto/evidence.inputs.js';
import {
  alreadyCustodian,
  custodianUnavailable,
  deleteReasonRequired,
  evidenceFileNotFound,
  evidenceNotFound,
  evidenceSealed,
} from './evidence.errors.js';
import {
  CUSTODY_COLUMNS,
  type CustodyDetails,
  type CustodyRow,
  EVIDENCE_COLUMNS,
  EVIDENCE_SUBJECT,
  type EvidenceRow,
} from './evidence.rows.js';

const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);
/** The SHA-256 of a stream, read chunk by chunk. */
async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The metadata a member may change: input field → column. */
const EDITABLE = {
  title: 'title',
  description: 'description',
  type: 'type',
  originCountry: 'origin_country',
  collectedBy: 'collected_by',
  collectedAt: 'collected_at',
  legalBasis: 'legal_basis',
  classification: 'classification',
} as const satisfies Record<keyof JitEvidenceUpdateInput, keyof EvidenceRow>;
type Editable = keyof typeof EDITABLE;
/** Fields that cannot be emptied: `null` leaves them as they are. */
const REQUIRED: ReadonlySet<Editable> = new Set(['title', 'type', 'originCountry', 'classification']);

/** A value as the custody log keeps it (dates as ISO text). */
const logged = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : (v ?? null));

export interface EvidenceFileAnswer {
  file: StoredFileEntity;
  /** The stored bytes: the caller must consume or destroy it. */
  stream: Readable;
}

export interface CsvExport {
  name: string;
  data: Buffer;
}

/**
 * The evidence register of a workspace and its chain of custody. Every method first requires a
 * second factor, then finds the item with the membership condition in the same statement
 * (JitAccess.memberSql), so an item of a workspace one is not in — or a deleted one, a guessed or
 * malformed id — answers NOT_FOUND. Writers (LEADER, MEMBER) of a workspace that is not CLOSED
 * change items; every member, observers included and CLOSED or not, reads, downloads and verifies.
 * Each access appends a custody event (custody.ts) in the same transaction as what it records.
 */
@Injectable()
export class EvidenceService implements OnModuleInit {
  private readonly log = new Logger('JitEvidence');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly files: FilesService,
    private readonly members: MembersService,
    private readonly audit: AuditService,
    private readonly activities: JitActivityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Evidence files are never served by the generic /api/files/:id (a path without custody): their
   * owner type shows them to nobody there; EvidenceController serves them.
   */
  onModuleInit(): void {
    this.files.registerOwner(EVIDENCE_SUBJECT, async () => new Set<string>());
  }

  // ------------------------------------------------------------------ reads

  /** The register: the workspace's items by number, deleted ones left out. */
  async list(principal: Principal, workspaceId: unknown): Promise<EvidenceRow[]> {
    const membership = await this.access.requireMember(principal, workspaceId);
    return this.register(principal, membership.workspaceId);
  }

  /** One item (the details view): records VIEWED. */
  async item(actor: CustodyActor, id: unknown): Promise<EvidenceRow> {
    await this.access.requireMfa(actor.principal);
    return this.db.transaction(async (m) => {
      const row = await this.find(m, actor.principal, id);
      await appendCustody(m, actor, [
        { workspaceId: row.workspace_id, evidenceId: row.id, action: CustodyAction.VIEWED },
      ]);
      return row;
    });
  }

  /** The custody events of each item (oldest first), for a member of its workspace (the loader). */
  async custodyOf(principal: Principal, evidenceIds: readonly string[]): Promise<Map<string, CustodyRow[]>> {
    const found = new Map<string, CustodyRow[]>(evidenceIds.map((id) => [id, []]));
    const ids = [...new Set(evidenceIds)].filter(isId);
    if (ids.length === 0) return found;
    const rows: CustodyRow[] = await this.db.query(
      `SELECT ${CUSTODY_COLUMNS} FROM jit_custody_event c JOIN jit_evidence e ON e.id = c.evidence_id
        WHERE c.evidence_id = ANY($1::uuid[]) AND ${this.access.memberSql('c.workspace_id', '$2')}
        ORDER BY c.id`,
      [ids, principal.userId],
    );
    for (const row of rows) found.get(row.evidence_id!)?.push(row);
    return found;
  }

  /**
   * The whole custody log of a workspace, oldest first, deleted items' events included (the
   * printable page): records one workspace-level EXPORTED event (format print) after reading.
   */
  async custodyLog(actor: CustodyActor, workspaceId: unknown): Promise<CustodyRow[]> {
    const membership = await this.access.requireMember(actor.principal, workspaceId);
    return this.db.transaction(async (m) => {
      const rows = await this.workspaceCustody(m, actor.principal, membership.workspaceId);
      await appendCustody(m, actor, [
        {
          workspaceId: membership.workspaceId,
          evidenceId: null,
          action: CustodyAction.EXPORTED,
          details: { format: 'print' },
        },
      ]);
      await this.audited(m, 'jit.evidence.exported', actor, 'jit_workspace', membership.workspaceId, {
        format: 'print',
      });
      return rows;
    });
  }

  /**
   * The bytes of an item for its download route, as a stream opened through the storage driver:
   * records DOWNLOADED (and audits it) before anything is sent.
   */
  async download(actor: CustodyActor, id: unknown): Promise<EvidenceFileAnswer> {
    await this.access.requireMfa(actor.principal);
    const row = await this.find(this.db.manager, actor.principal, id, false, evidenceFileNotFound);
    const stored = await this.files.openAttached({ type: EVIDENCE_SUBJECT, id: row.id }, row.file_id);
    if (!stored?.stream) {
      this.log.error({ msg: 'evidence file has no blob', evidenceId: row.id, fileId: row.file_id });
      throw evidenceFileNotFound();
    }
    const stream = stored.stream;
    try {
      await this.db.transaction(async (m) => {
        await appendCustody(m, actor, [
          { workspaceId: row.workspace_id, evidenceId: row.id, action: CustodyAction.DOWNLOADED },
        ]);
        await this.audited(m, 'jit.evidence.downloaded', actor, 'jit_evidence', row.id, {
          workspaceId: row.workspace_id,
        });
      });
    } catch (e) {
      stream.destroy();
      throw e;
    }
    return { file: stored.file, stream };
  }

  // ------------------------------------------------------------------ writes

  /**
   * An evidence file received by the streamed upload route (a temporary file at `part.path`),
   * stored through FilesService.uploadStream: unattached, the caller its uploader, until
   * createJitEvidence attaches it. Membership is checked again now that the body has arrived (a
   * large upload takes time); the route's guard checked it before reading.
   */
  async uploadFile(
    principal: Principal,
    workspaceId: unknown,
    part: { name: string; path: string; size: number },
  ): Promise<UploadedFile> {
    await this.access.requireWriter(principal, workspaceId);
    return this.files.uploadStream(principal, { ...part, maxBytes: this.config.JIT_EVIDENCE_MAX_BYTES });
  }

  /**
   * A new item from a file the caller uploaded (POST /api/jit/workspaces/:id/evidence-files, or
   * /api/files): attached (owner type
   * jit_evidence) in the same transaction, numbered next in the workspace, the caller its first
   * custodian; records UPLOADED with the hash and size the upload recorded.
   */
  async create(actor: CustodyActor, input: JitEvidenceInput): Promise<EvidenceRow> {
    const { principal } = actor;
    const row = await this.db.transaction(async (m) => {
      const membership = await this.access.requireWriter(principal, input.workspaceId, m);
      const workspaceId = membership.workspaceId;
      const [seq] = (await m.query(
        `UPDATE jit_workspace SET evidence_seq = evidence_seq + 1, last_activity_at = now()
          WHERE id = $1 RETURNING evidence_seq`,
        [workspaceId],
      )) as [{ evidence_seq: number }[], number];
      const number = seq[0]!.evidence_seq;
      const id = randomUUID();
      const [attachment] = await this.files.attach(
        principal,
        [input.fileId],
        { type: EVIDENCE_SUBJECT, id },
        m,
      );
      const [inserted] = (await m.query(
        `INSERT INTO jit_evidence AS e (id, workspace_id, number, title, description, type, origin_country,
           collected_by, collected_at, legal_basis, classification, file_id, sha256, size, custodian_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
         RETURNING ${EVIDENCE_COLUMNS}`,
        [
          id,
          workspaceId,
          number,
          input.title,
          input.description ?? null,
          input.type,
          input.originCountry,
          input.collectedBy ?? null,
          input.collectedAt ?? null,
          input.legalBasis ?? null,
          input.classification,
          attachment!.id,
          attachment!.sha256,
          attachment!.size,
          principal.userId,
        ],
      )) as EvidenceRow[];
      await appendCustody(m, actor, [
        {
          workspaceId,
          evidenceId: id,
          action: CustodyAction.UPLOADED,
          details: { sha256: attachment!.sha256, size: attachment!.size },
        },
      ]);
      await this.audited(m, 'jit.evidence.added', actor, 'jit_evidence', id, { workspaceId });
      await this.activity(m, workspaceId, principal, 'evidence.added', id, input.title);
      return inserted!;
    });
    this.changed(row.workspace_id);
    return row;
  }

  /** Changes metadata; records METADATA_CHANGED with each changed field before and after. */
  async update(actor: CustodyActor, id: unknown, input: JitEvidenceUpdateInput): Promise<EvidenceRow> {
    const { principal } = actor;
    await this.access.requireMfa(principal);
    const result = await this.db.transaction(async (m) => {
      const row = await this.findForWrite(m, principal, id);
      const fields: Editable[] = [];
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of Object.keys(EDITABLE) as Editable[]) {
        const next = input[field];
        if (next === undefined || (next === null && REQUIRED.has(field))) continue;
        const current = row[EDITABLE[field]];
        if (JSON.stringify(logged(current)) === JSON.stringify(logged(next))) continue;
        fields.push(field);
        before[field] = logged(current);
        after[field] = logged(next);
      }
      if (fields.length === 0) return { row, changed: false };
      const sets = fields.map((f, i) => `${EDITABLE[f]} = $${i + 2}`);
      const [updated] = (await m.query(
        `UPDATE jit_evidence e SET ${sets.join(', ')}, updated_at = now() WHERE e.id = $1
         RETURNING ${EVIDENCE_COLUMNS}`,
        [row.id, ...fields.map((f) => input[f] ?? null)],
      )) as [EvidenceRow[], number];
      const next = updated[0]!;
      await appendCustody(m, actor, [
        {
          workspaceId: row.workspace_id,
          evidenceId: row.id,
          action: CustodyAction.METADATA_CHANGED,
          details: { fields, before, after },
        },
      ]);
      await this.activity(m, row.workspace_id, principal, 'evidence.updated', row.id, next.title);
      return { row: next, changed: true };
    });
    if (result.changed) this.changed(result.row.workspace_id);
    return result.row;
  }

  /** Hands the item to another current member who is not an observer; records TRANSFERRED. */
  async transfer(actor: CustodyActor, id: unknown, toMemberId: unknown): Promise<EvidenceRow> {
    const { principal } = actor;
    await this.access.requireMfa(principal);
    const row = await this.db.transaction(async (m) => {
      const item = await this.findForWrite(m, principal, id);
      const target = isId(toMemberId) ? await this.access.membership(toMemberId, item.workspace_id, m) : null;
      if (!target || target.role === JitRole.OBSERVER) throw custodianUnavailable();
      if (item.custodian_id === toMemberId) throw alreadyCustodian();
      const [updated] = (await m.query(
        `UPDATE jit_evidence e SET custodian_id = $2, updated_at = now() WHERE e.id = $1
         RETURNING ${EVIDENCE_COLUMNS}`,
        [item.id, toMemberId],
      )) as [EvidenceRow[], number];
      const details = { from: item.custodian_id, to: toMemberId as string };
      await appendCustody(m, actor, [
        { workspaceId: item.workspace_id, evidenceId: item.id, action: CustodyAction.TRANSFERRED, details },
      ]);
      await this.audited(m, 'jit.evidence.transferred', actor, 'jit_evidence', item.id, {
        workspaceId: item.workspace_id,
        ...details,
      });
      await this.activity(m, item.workspace_id, principal, 'evidence.transferred', item.id, item.title);
      return updated[0]!;
    });
    this.changed(row.workspace_id);
    return row;
  }

  /** Seals the item: from now on it cannot be changed, transferred or deleted. Records SEALED. */
  async seal(actor: CustodyActor, id: unknown): Promise<EvidenceRow> {
    const { principal } = actor;
    await this.access.requireMfa(principal);
    const row = await this.db.transaction(async (m) => {
      const item = await this.findForWrite(m, principal, id);
      const [updated] = (await m.query(
        `UPDATE jit_evidence e SET sealed_at = now(), sealed_by = $2, updated_at = now() WHERE e.id = $1
         RETURNING ${EVIDENCE_COLUMNS}`,
        [item.id, principal.userId],
      )) as [EvidenceRow[], number];
      await appendCustody(m, actor, [
        {
          workspaceId: item.workspace_id,
          evidenceId: item.id,
          action: CustodyAction.SEALED,
          details: { sha256: item.sha256 },
        },
      ]);
      await this.audited(m, 'jit.evidence.sealed', actor, 'jit_evidence', item.id, {
        workspaceId: item.workspace_id,
      });
      await this.activity(m, item.workspace_id, principal, 'evidence.sealed', item.id, item.title);
      return updated[0]!;
    });
    this.changed(row.workspace_id);
    return row;
  }

  /**
   * Re-reads the stored bytes through the storage driver, re-hashes them and compares with the
   * hash recorded at upload: integrity OK, or MISMATCH (a missing blob too) with an audit event.
   * Any member may verify, in a CLOSED workspace too, and a sealed item as well.
   */
  async verify(actor: CustodyActor, id: unknown): Promise<EvidenceRow> {
    const { principal } = actor;
    await this.access.requireMfa(principal);
    const item = await this.find(this.db.manager, principal, id);
    const stored = await this.files.openAttached({ type: EVIDENCE_SUBJECT, id: item.id }, item.file_id);
    const found = stored?.stream ? await sha256Of(stored.stream) : null;
    const ok = found === item.sha256;
    const row = await this.db.transaction(async (m) => {
      const [updated] = (await m.query(
        `UPDATE jit_evidence e SET integrity = $2, last_verified_at = now()
          WHERE e.id = $1 AND e.deleted_at IS NULL AND ${this.access.memberSql('e.workspace_id', '$3')}
          RETURNING ${EVIDENCE_COLUMNS}`,
        [item.id, ok ? EvidenceIntegrity.OK : EvidenceIntegrity.MISMATCH, principal.userId],
      )) as [EvidenceRow[], number];
      if (!updated[0]) throw evidenceNotFound();
      const details: CustodyDetails = { sha256: found, expected: item.sha256 };
      if (!stored?.stream) details.missing = true;
      await appendCustody(m, actor, [
        {
          workspaceId: item.workspace_id,
          evidenceId: item.id,
          action: ok ? CustodyAction.VERIFIED : CustodyAction.VERIFY_FAILED,
          details,
        },
      ]);
      if (!ok) {
        this.log.warn({ msg: 'evidence integrity mismatch', evidenceId: item.id, missing: !stored?.stream });
        await this.audited(m, 'jit.evidence.verify_failed', actor, 'jit_evidence', item.id, {
          workspaceId: item.workspace_id,
        });
      }
      await this.activity(
        m,
        item.workspace_id,
        principal,
        ok ? 'evidence.verified' : 'evidence.verify_failed',
        item.id,
        item.title,
      );
      return updated[0];
    });
    this.changed(row.workspace_id);
    return row;
  }

  /** Soft-deletes an unsealed item (it leaves the register; its custody log stays). Records DELETED. */
  async delete(actor: CustodyActor, id: unknown, reason: unknown): Promise<boolean> {
    const { principal } = actor;
    await this.access.requireMfa(principal);
    const why = typeof reason === 'string' ? reason.trim() : '';
    const workspaceId = await this.db.transaction(async (m) => {
      const item = await this.findForWrite(m, principal, id);
      if (why.length < 1 || why.length > L.reasonMax) throw deleteReasonRequired();
      await m.query(
        `UPDATE jit_evidence SET deleted_at = now(), deleted_by = $2, updated_at = now() WHERE id = $1`,
        [item.id, principal.userId],
      );
      await appendCustody(m, actor, [
        {
          workspaceId: item.workspace_id,
          evidenceId: item.id,
          action: CustodyAction.DELETED,
          details: { reason: why },
        },
      ]);
      await this.audited(m, 'jit.evidence.deleted', actor, 'jit_evidence', item.id, {
        workspaceId: item.workspace_id,
      });
      await this.activity(m, item.workspace_id, principal, 'evidence.deleted', item.id, item.title);
      return item.workspace_id;
    });
    this.changed(workspaceId);
    return true;
  }

  // ------------------------------------------------------------------ exports

  /** The register as CSV (one row per item); records EXPORTED for each item exported. */
  async registerCsv(actor: CustodyActor, workspaceId: unknown): Promise<CsvExport> {
    const membership = await this.access.requireMember(actor.principal, workspaceId);
    const rows = await this.register(actor.principal, membership.workspaceId);
    const [people, files] = await Promise.all([
      this.names(rows.flatMap((r) => [r.custodian_id, r.sealed_by, r.created_by])),
      this.files.attachmentsFor(
        EVIDENCE_SUBJECT,
        rows.map((r) => r.id),
      ),
    ]);
    const name = (id: string | null) => (id ? (people.get(id) ?? '') : '');
    const data = toCsv(
      [
        'Number',
        'Title',
        'Description',
        'Type',
        'Origin country',
        'Collected by',
        'Collected at (UTC)',
        'Legal basis',
        'Classification',
        'File name',
        'Content type',
        'Size (bytes)',
        'SHA-256',
        'Custodian',
        'Sealed at (UTC)',
        'Sealed by',
        'Integrity',
        'Last verified at (UTC)',
        'Added by',
        'Added at (UTC)',
      ],
      rows.map((r) => {
        const file = files.get(r.id)?.[0];
        return [
          r.number,
          r.title,
          r.description,
          r.type,
          r.origin_country,
          r.collected_by,
          r.collected_at,
          r.legal_basis,
          r.classification,
          file?.name,
          file?.contentType,
          Number(r.size),
          r.sha256,
          name(r.custodian_id),
          r.sealed_at,
          name(r.sealed_by),
          r.integrity,
          r.last_verified_at,
          name(r.created_by),
          r.created_at,
        ];
      }),
    );
    await this.exported(
      actor,
      membership.workspaceId,
      rows.map((r) => r.id),
      'register',
    );
    return { name: `evidence-register-${today()}.csv`, data };
  }

  /**
   * The whole custody log as CSV (one row per event, oldest first, with the item's number and
   * title; deleted items included); records EXPORTED for each item in it.
   */
  async custodyCsv(actor: CustodyActor, workspaceId: unknown): Promise<CsvExport> {
    const membership = await this.access.requireMember(actor.principal, workspaceId);
    const rows = await this.workspaceCustody(this.db.manager, actor.principal, membership.workspaceId);
    const people = await this.names(
      rows.flatMap((r) => [r.actor_id, str(r.details?.from), str(r.details?.to)]),
    );
    const name = (id: string | null) => (id ? (people.get(id) ?? '') : '');
    const data = toCsv(
      [
        'Event',
        'At (UTC)',
        'Item number',
        'Item title',
        'Action',
        'Actor',
        'Session',
        'Fields',
        'From',
        'To',
        'SHA-256',
        'Format',
        'Reason',
      ],
      rows.map((r) => {
        const d = r.details ?? {};
        return [
          Number(r.id),
          r.at,
          r.evidence_number,
          r.evidence_title,
          r.action,
          name(r.actor_id),
          r.session_ref,
          Array.isArray(d.fields) ? d.fields.join(' ') : null,
          name(str(d.from)),
          name(str(d.to)),
          str(d.sha256),
          str(d.format),
          str(d.reason),
        ];
      }),
    );
    const items = [...new Set(rows.map((r) => r.evidence_id).filter(isId))];
    await this.exported(actor, membership.workspaceId, items, 'custody');
    return { name: `evidence-custody-log-${today()}.csv`, data };
  }

  // ------------------------------------------------------------------ helpers

  /** An item of a workspace the caller is a current member of (membership in the same statement). */
  private async find(
    m: EntityManager,
    principal: Principal,
    id: unknown,
    lock = false,
    notFound = evidenceNotFound,
  ): Promise<EvidenceRow> {
    if (!isId(id)) throw notFound();
    const rows: EvidenceRow[] = await m.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM jit_evidence e
        WHERE e.id = $1 AND e.deleted_at IS NULL AND ${this.access.memberSql('e.workspace_id', '$2')}
        ${lock ? 'FOR UPDATE OF e' : ''}`,
      [id, principal.userId],
    );
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  /** The item locked for a change: a writer of an open workspace, and the item not sealed. */
  private async findForWrite(m: EntityManager, principal: Principal, id: unknown): Promise<EvidenceRow> {
    const row = await this.find(m, principal, id, true);
    const membership = await this.access.membership(principal.userId, row.workspace_id, m);
    if (!membership) throw evidenceNotFound();
    this.access.assertWriter(membership);
    if (row.sealed_at) throw evidenceSealed();
    return row;
  }

  /** The register rows (the membership condition in the statement too). */
  private register(principal: Principal, workspaceId: string): Promise<EvidenceRow[]> {
    return this.db.query(
      `SELECT ${EVIDENCE_COLUMNS} FROM jit_evidence e
        WHERE e.workspace_id = $1 AND e.deleted_at IS NULL AND ${this.access.memberSql('e.workspace_id', '$2')}
        ORDER BY e.number`,
      [workspaceId, principal.userId],
    );
  }

  private workspaceCustody(
    m: EntityManager,
    principal: Principal,
    workspaceId: string,
  ): Promise<CustodyRow[]> {
    return m.query(
      `SELECT ${CUSTODY_COLUMNS} FROM jit_custody_event c LEFT JOIN jit_evidence e ON e.id = c.evidence_id
        WHERE c.workspace_id = $1 AND ${this.access.memberSql('c.workspace_id', '$2')}
        ORDER BY c.id`,
      [workspaceId, principal.userId],
    );
  }

  /** EXPORTED for each item exported (one workspace-level event when there is none), audit, activity. */
  private async exported(
    actor: CustodyActor,
    workspaceId: string,
    evidenceIds: string[],
    what: 'register' | 'custody',
  ): Promise<void> {
    const details: CustodyDetails = { format: 'csv', export: what };
    const entries: CustodyEntry[] = (evidenceIds.length > 0 ? evidenceIds : [null]).map((evidenceId) => ({
      workspaceId,
      evidenceId,
      action: CustodyAction.EXPORTED,
      details,
    }));
    await this.db.transaction(async (m) => {
      await appendCustody(m, actor, entries);
      await this.audited(m, 'jit.evidence.exported', actor, 'jit_workspace', workspaceId, {
        format: 'csv',
        export: what,
        items: evidenceIds.length,
      });
      const [workspace] = (await m.query(`SELECT name FROM jit_workspace WHERE id = $1`, [workspaceId])) as {
        name: string;
      }[];
      await this.activity(
        m,
        workspaceId,
        actor.principal,
        'evidence.exported',
        workspaceId,
        workspace?.name ?? null,
        'workspace',
      );
    });
  }

  /** Full names by id (people who left the portal: no name). */
  private async names(ids: (string | null)[]): Promise<Map<string, string>> {
    const users = await this.members.usersByIds([...new Set(ids.filter(isId))]);
    return new Map([...users].map(([id, u]) => [id, u.fullName]));
  }

  /** The audit trail keeps ids only, never titles or text. */
  private audited(
    m: EntityManager,
    action: AuditAction,
    actor: CustodyActor,
    targetType: 'jit_evidence' | 'jit_workspace',
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { action, actorId: actor.principal.userId, targetType, targetId, ip: actor.ip ?? null, details },
      m,
    );
  }

  /** Appends to the workspace's activity timeline (summary: the subject's title at the time). */
  private activity(
    m: EntityManager,
    workspaceId: string,
    principal: Principal,
    action: JitActivityAction,
    subjectId: string,
    summary: string | null,
    subjectType: 'evidence' | 'workspace' = 'evidence',
  ): Promise<void> {
    return this.activities.record(m, {
      workspaceId,
      actorId: principal.userId,
      action,
      subjectType,
      subjectId,
      summary,
    });
  }

  /** After commit: members with the workspace open refetch its evidence. */
  private changed(workspaceId: string): void {
    this.activities.changed(workspaceId, 'evidence');
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const today = () => new Date().toISOString().slice(0, 10);
