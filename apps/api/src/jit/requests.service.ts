import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JIT_LIMITS as L, LegalRequestStatus, LegalRequestType } from '@cop/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { JitAccess, type JitMembership } from '../access/jit.access.js';
import type { Principal } from '../access/principal.js';
import { JobQueueService } from '../notifications/job-queue.service.js';
import { NotificationsService, type PublishNotifications } from '../notifications/notifications.service.js';
import { JitActivityService, isId } from './activity.service.js';
import type { FirearmTraceInput, LegalRequestInput, LegalRequestUpdateInput } from './dto/jit.inputs.js';
import { emptyText, notAWriter, requestNotFound, tooLong, tracingOnly } from './jit.errors.js';
import {
  CLOSED_REQUEST_SQL,
  JIT_REQUEST_SUBJECT,
  REQUEST_COLUMNS,
  type RequestEventRow,
  type RequestRow,
  TODAY_SQL,
  toTrace,
} from './jit.rows.js';

/** The pg-boss queue of the daily due-day check (created by the migration). */
export const JIT_REQUESTS_DUE_QUEUE = 'jit.requests.due';
/** Every day at 06:00 UTC, like the notification digests. */
export const JIT_REQUESTS_DUE_CRON = '0 6 * * *';

/** The date a status fills in, when still empty. */
const STATUS_DATE: Partial<Record<LegalRequestStatus, 'sent_on' | 'acknowledged_on' | 'answered_on'>> = {
  [LegalRequestStatus.SENT]: 'sent_on',
  [LegalRequestStatus.ACKNOWLEDGED]: 'acknowledged_on',
  [LegalRequestStatus.EXECUTED]: 'answered_on',
  [LegalRequestStatus.PARTIALLY_EXECUTED]: 'answered_on',
  [LegalRequestStatus.REFUSED]: 'answered_on',
};

/** Fields of LegalRequestUpdateInput and their columns. */
const EDITABLE = [
  ['subject', 'subject'],
  ['requestingAuthority', 'requesting_authority'],
  ['requestedAuthority', 'requested_authority'],
  ['requestingReference', 'requesting_reference'],
  ['requestedReference', 'requested_reference'],
  ['draftedOn', 'drafted_on'],
  ['sentOn', 'sent_on'],
  ['acknowledgedOn', 'acknowledged_on'],
  ['dueOn', 'due_on'],
  ['answeredOn', 'answered_on'],
  ['responsibleId', 'responsible_id'],
] as const;

/**
 * The legal requests tracker: requests between the participating (or other) countries, with their
 * dates, responsible member, history (created, edited with before/after, status changes,
 * comments) and the due-day reminder to the responsible member.
 */
@Injectable()
export class JitRequestsService implements OnModuleInit {
  private readonly log = new Logger('JitRequests');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly activity: JitActivityService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobQueueService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(JIT_REQUESTS_DUE_QUEUE, 1, async () => {
      await this.notifyDue();
    });
    this.jobs.schedule(JIT_REQUESTS_DUE_QUEUE, JIT_REQUESTS_DUE_CRON);
  }

  // ------------------------------------------------------------------ reading

  /** Overdue first, then by due date, then newest. */
  async list(principal: Principal, workspaceId: string): Promise<RequestRow[]> {
    await this.access.requireMember(principal, workspaceId);
    return this.db.query(
      `SELECT ${REQUEST_COLUMNS} FROM jit_request r WHERE r.workspace_id = $1
        ORDER BY COALESCE(r.due_on < ${TODAY_SQL} AND r.status NOT IN ${CLOSED_REQUEST_SQL}, false) DESC,
                 r.due_on NULLS LAST, r.created_at DESC, r.id`,
      [workspaceId],
    );
  }

  async get(principal: Principal, id: unknown): Promise<RequestRow> {
    await this.access.requireMfa(principal);
    return this.find(this.db.manager, principal, id, false).then((f) => f.row);
  }

  /** History of each request, oldest first (loader). */
  async historyOf(requestIds: readonly string[]): Promise<Map<string, RequestEventRow[]>> {
    const found = new Map<string, RequestEventRow[]>(requestIds.map((id) => [id, []]));
    if (requestIds.length === 0) return found;
    const rows: RequestEventRow[] = await this.db.query(
      `SELECT id, request_id, kind, actor_id, from_status, to_status, comment, details, at
         FROM jit_request_event WHERE request_id = ANY($1::uuid[]) ORDER BY at, id`,
      [[...new Set(requestIds)]],
    );
    for (const row of rows) found.get(row.request_id)?.push(row);
    return found;
  }

  // ------------------------------------------------------------------ writing

  async create(principal: Principal, input: LegalRequestInput): Promise<RequestRow> {
    const membership = await this.access.requireWriter(principal, input.workspaceId);
    if (input.tracing && input.type !== LegalRequestType.TRACING) throw tracingOnly();
    const tracing = input.type === LegalRequestType.TRACING ? traceJson(input.tracing) : null;
    const id = await this.db.transaction(async (m) => {
      await this.lockWorkspace(m, principal, membership.workspaceId);
      if (input.responsibleId)
        await this.requireWriterMember(m, input.workspaceId, input.responsibleId, 'responsibleId');
      const [row] = (await m.query(
        `INSERT INTO jit_request (workspace_id, type, subject, requesting_country, requesting_authority,
                                  requested_country, requested_authority, requesting_reference, requested_reference,
                                  drafted_on, due_on, responsible_id, tracing, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14) RETURNING id`,
        [
          input.workspaceId,
          input.type,
          input.subject,
          input.requestingCountry,
          input.requestingAuthority ?? null,
          input.requestedCountry,
          input.requestedAuthority ?? null,
          input.requestingReference ?? null,
          input.requestedReference ?? null,
          input.draftedOn ?? null,
          input.dueOn ?? null,
          input.responsibleId ?? null,
          tracing ? JSON.stringify(tracing) : null,
          principal.userId,
        ],
      )) as { id: string }[];
      await this.event(m, row!.id, principal, 'CREATED', {});
      await this.activity.record(m, {
        workspaceId: input.workspaceId,
        actorId: principal.userId,
        action: 'request.created',
        subjectType: 'request',
        subjectId: row!.id,
        summary: input.subject,
      });
      return row!.id;
    });
    this.activity.changed(input.workspaceId, 'requests');
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: LegalRequestUpdateInput): Promise<RequestRow> {
    await this.access.requireMfa(principal);
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      const fields: string[] = [];
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const next: Record<string, unknown> = {};
      for (const [field, column] of EDITABLE) {
        const value = input[field];
        if (value === undefined || value === current[column]) continue;
        if (field === 'responsibleId' && value) {
          await this.requireWriterMember(m, current.workspace_id, value, 'responsibleId');
        }
        next[column] = value;
        fields.push(field);
        before[field] = current[column];
        after[field] = value;
      }
      if (input.tracing !== undefined) {
        if (input.tracing && current.type !== LegalRequestType.TRACING) throw tracingOnly();
        const was = toTrace(current.tracing);
        const now = current.type === LegalRequestType.TRACING ? traceJson(input.tracing) : null;
        if (JSON.stringify(was) !== JSON.stringify(toTrace(now))) {
          next.tracing = now ? JSON.stringify(now) : null;
          fields.push('tracing');
          before.tracing = was;
          after.tracing = toTrace(now);
        }
      }
      if (fields.length === 0) return current.workspace_id;
      const columns = Object.keys(next);
      await m.query(
        `UPDATE jit_request SET ${columns
          .map((c, i) => `${c} = $${i + 2}${c === 'tracing' ? '::jsonb' : ''}`)
          .join(', ')}, updated_at = now() WHERE id = $1`,
        [id, ...columns.map((c) => next[c])],
      );
      await this.event(m, id, principal, 'EDITED', { details: { fields, before, after } });
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'request.updated',
        subjectType: 'request',
        subjectId: id,
        summary: (next.subject as string | undefined) ?? current.subject,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'requests');
    return this.get(principal, id);
  }

  async setStatus(
    principal: Principal,
    id: string,
    status: LegalRequestStatus,
    comment: string | null | undefined,
  ): Promise<RequestRow> {
    await this.access.requireMfa(principal);
    const text = cleanComment(comment, false);
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      if (current.status === status && !text) return current.workspace_id;
      const dateColumn = STATUS_DATE[status];
      await m.query(
        `UPDATE jit_request SET status = $2, updated_at = now()
           ${dateColumn ? `, ${dateColumn} = COALESCE(${dateColumn}, ${TODAY_SQL})` : ''}
          WHERE id = $1`,
        [id, status],
      );
      await this.event(m, id, principal, 'STATUS', { from: current.status, to: status, comment: text });
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'request.status_changed',
        subjectType: 'request',
        subjectId: id,
        summary: current.subject,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'requests');
    return this.get(principal, id);
  }

  async comment(principal: Principal, id: string, body: string): Promise<RequestRow> {
    await this.access.requireMfa(principal);
    const text = cleanComment(body, true)!;
    const workspaceId = await this.db.transaction(async (m) => {
      const { row: current } = await this.find(m, principal, id, true);
      await this.event(m, id, principal, 'COMMENT', { comment: text });
      await m.query(`UPDATE jit_request SET updated_at = now() WHERE id = $1`, [id]);
      await this.activity.record(m, {
        workspaceId: current.workspace_id,
        actorId: principal.userId,
        action: 'request.commented',
        subjectType: 'request',
        subjectId: id,
        summary: current.subject,
      });
      return current.workspace_id;
    });
    this.activity.changed(workspaceId, 'requests');
    return this.get(principal, id);
  }

  // ------------------------------------------------------------------ due day

  /**
   * Reminds the responsible member of each open request due `today` (UTC; the daily job), once
   * per request and day, if they are still a member. In-app only. Answers how many were notified.
   */
  async notifyDue(today?: string): Promise<number> {
    const publish: PublishNotifications[] = [];
    const count = await this.db.transaction(async (m) => {
      const due: { id: string; workspace_id: string; responsible_id: string | null; member: boolean }[] =
        await m.query(
          `WITH d AS (
             UPDATE jit_request r SET due_notified_on = COALESCE($1::date, ${TODAY_SQL})
              WHERE r.due_on = COALESCE($1::date, ${TODAY_SQL})
                AND r.status NOT IN ${CLOSED_REQUEST_SQL}
                AND r.due_notified_on IS DISTINCT FROM COALESCE($1::date, ${TODAY_SQL})
              RETURNING r.id, r.workspace_id, r.responsible_id
           )
           SELECT d.*, EXISTS (SELECT 1 FROM jit_member jm
                                WHERE jm.workspace_id = d.workspace_id AND jm.user_id = d.responsible_id) AS member
             FROM d`,
          [today ?? null],
        );
      let n = 0;
      for (const r of due) {
        if (!r.responsible_id || !r.member) continue;
        publish.push(
          await this.notifications.notify(
            {
              kind: 'JIT_REQUEST_DUE',
              recipients: [r.responsible_id],
              actorId: null,
              subjectType: JIT_REQUEST_SUBJECT,
              subjectId: r.id,
              contextId: r.workspace_id,
              link: `/jit/${r.workspace_id}/requests/${r.id}`,
            },
            m,
          ),
        );
        n++;
      }
      return n;
    });
    for (const p of publish) p();
    if (count > 0) this.log.log({ msg: 'JIT request due-day reminders', count });
    return count;
  }

  /** Requests (subject, status) that `userId` may see now — notification descriptions. */
  async describe(
    userId: string,
    ids: string[],
  ): Promise<Map<string, { title: string; excerpt: string | null }>> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return new Map();
    const rows: { id: string; subject: string }[] = await this.db.query(
      `SELECT r.id, r.subject FROM jit_request r
        WHERE r.id = ANY($2::uuid[]) AND ${this.access.memberSql('r.workspace_id', '$1')}
          AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = $1 AND u.totp_enabled_at IS NOT NULL)`,
      [userId, wanted],
    );
    return new Map(rows.map((r) => [r.id, { title: r.subject, excerpt: null }]));
  }

  // ------------------------------------------------------------------ helpers

  /** A request of a workspace the caller is a current member of (JitAccess.findInWorkspace). */
  private find(
    m: EntityManager,
    principal: Principal,
    id: unknown,
    write: boolean,
  ): Promise<{ row: RequestRow; membership: JitMembership }> {
    return this.access.findInWorkspace<RequestRow>(
      m,
      principal,
      { table: 'jit_request', alias: 'r', columns: REQUEST_COLUMNS, id, write },
      requestNotFound,
    );
  }

  /** Serialises writes of one workspace with its status changes (a closing workspace wins). */
  private async lockWorkspace(m: EntityManager, principal: Principal, workspaceId: string): Promise<void> {
    await m.query(`SELECT 1 FROM jit_workspace WHERE id = $1 FOR SHARE`, [workspaceId]);
    const membership = await this.access.membership(principal.userId, workspaceId, m);
    if (!membership) throw requestNotFound();
    this.access.assertWriter(membership);
  }

  private async requireWriterMember(
    m: EntityManager,
    workspaceId: string,
    userId: string,
    field: string,
  ): Promise<void> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM jit_member WHERE workspace_id = $1 AND user_id = $2 AND role <> 'OBSERVER'`,
      [workspaceId, userId],
    );
    if (rows.length === 0) throw notAWriter(field);
  }

  private async event(
    m: EntityManager,
    requestId: string,
    principal: Principal,
    kind: 'CREATED' | 'EDITED' | 'STATUS' | 'COMMENT',
    e: { from?: string; to?: string; comment?: string | null; details?: Record<string, unknown> },
  ): Promise<void> {
    await m.query(
      `INSERT INTO jit_request_event (request_id, kind, actor_id, from_status, to_status, comment, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        requestId,
        kind,
        principal.userId,
        e.from ?? null,
        e.to ?? null,
        e.comment ?? null,
        JSON.stringify(e.details ?? {}),
      ],
    );
  }
}

/** Tracing details as stored (null when all are empty). */
function traceJson(input: FirearmTraceInput | null | undefined): Record<string, string | null> | null {
  const trace = toTrace(input ?? null);
  return trace ? { ...trace } : null;
}

function cleanComment(value: string | null | undefined, required: boolean): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) {
    if (required) throw emptyText('body', 'Write a comment.');
    return null;
  }
  if (text.length > L.commentMax) throw tooLong(required ? 'body' : 'comment', L.commentMax);
  return text;
}
