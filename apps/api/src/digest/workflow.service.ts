import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DigestStatus } from '@cop/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditAction, AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import {
  NotificationsService,
  type NotificationKind,
  type PublishNotifications,
} from '../notifications/notifications.service.js';
import { cannotEdit, checkComment, moderatorsOnly, wrongStatus } from './digest.errors.js';
import { type CaseRow, DIGEST_CASE_SUBJECT, normalizeContent, seesWorkingCopy } from './digest.rows.js';
import type { DigestCase, DigestEventKind } from './dto/digest.types.js';
import { setArchived, writePublished } from './published-index.js';
import { DigestRecordsService } from './records.service.js';

interface Transition {
  row: CaseRow;
  m: EntityManager;
}

/**
 * The workflow: submit (DRAFT → IN_REVIEW; author or moderator), return with a comment
 * (IN_REVIEW → DRAFT; moderator; the author is notified), publish (IN_REVIEW → PUBLISHED, or a
 * moderator's own DRAFT edit; writes the searchable published version in the same transaction),
 * archive with a reason (PUBLISHED → ARCHIVED) and restore. Every transition is a `digest_event`
 * and an audit row (ids only).
 */
@Injectable()
export class DigestWorkflowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly records: DigestRecordsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async submit(principal: Principal, id: unknown): Promise<DigestCase> {
    return this.transition(principal, id, false, async ({ row, m }) => {
      if (row.status !== DigestStatus.DRAFT) throw wrongStatus('Only a draft can be submitted for review.');
      await m.query(
        `UPDATE digest_case SET status = 'IN_REVIEW', submitted_at = now(), updated_at = now() WHERE id = $1`,
        [row.id],
      );
      await this.record(m, principal, row, 'SUBMITTED', 'digest.case.submitted', null);
      return null;
    });
  }

  async return(principal: Principal, id: unknown, comment: string): Promise<DigestCase> {
    const text = checkComment('comment', comment, true);
    return this.transition(principal, id, true, async ({ row, m }) => {
      if (row.status !== DigestStatus.IN_REVIEW)
        throw wrongStatus('Only a record in review can be returned.');
      await m.query(
        `UPDATE digest_case SET status = 'DRAFT', review_comment = $2, updated_at = now() WHERE id = $1`,
        [row.id, text],
      );
      await this.record(m, principal, row, 'RETURNED', 'digest.case.returned', text);
      return this.notifyAuthor(m, principal, row, 'DIGEST_RETURNED');
    });
  }

  async publish(principal: Principal, id: unknown): Promise<DigestCase> {
    return this.transition(principal, id, true, async ({ row, m }) => {
      if (row.status === DigestStatus.DRAFT) {
        // A moderator may publish their own edit directly; someone else's draft is submitted first.
        const [latest] = (await m.query(
          `SELECT editor_id FROM digest_revision WHERE case_id = $1 AND number = $2`,
          [row.id, row.revision],
        )) as { editor_id: string | null }[];
        if (latest?.editor_id !== principal.userId) {
          throw wrongStatus('This draft has not been submitted for review yet.');
        }
      } else if (row.status !== DigestStatus.IN_REVIEW) {
        throw wrongStatus('Only a record in review can be published.');
      }
      await m.query(
        `UPDATE digest_case SET status = 'PUBLISHED', published_revision = revision, published_at = now(),
                review_comment = NULL, updated_at = now() WHERE id = $1`,
        [row.id],
      );
      await writePublished(m, row.id, row.revision, normalizeContent(row.content));
      await this.record(m, principal, row, 'PUBLISHED', 'digest.case.published', null);
      return this.notifyAuthor(m, principal, row, 'DIGEST_PUBLISHED');
    });
  }

  async archive(principal: Principal, id: unknown, reason: string): Promise<DigestCase> {
    const text = checkComment('reason', reason, true);
    return this.transition(principal, id, true, async ({ row, m }) => {
      if (row.status !== DigestStatus.PUBLISHED)
        throw wrongStatus('Only a published record can be archived.');
      await m.query(
        `UPDATE digest_case SET status = 'ARCHIVED', archived_at = now(), updated_at = now() WHERE id = $1`,
        [row.id],
      );
      await setArchived(m, row.id, true);
      await this.record(m, principal, row, 'ARCHIVED', 'digest.case.archived', text);
      return null;
    });
  }

  async restore(principal: Principal, id: unknown): Promise<DigestCase> {
    return this.transition(principal, id, true, async ({ row, m }) => {
      if (row.status !== DigestStatus.ARCHIVED) throw wrongStatus('Only an archived record can be restored.');
      await m.query(
        `UPDATE digest_case SET status = 'PUBLISHED', archived_at = NULL, updated_at = now() WHERE id = $1`,
        [row.id],
      );
      await setArchived(m, row.id, false);
      await this.record(m, principal, row, 'RESTORED', 'digest.case.restored', null);
      return null;
    });
  }

  /**
   * Locks the record and runs `step` if the caller may: NOT_FOUND for a record they may not open
   * or whose working copy they do not see, FORBIDDEN for a moderator step by a member. The
   * notifications `step` produced are sent once the transaction has committed.
   */
  private async transition(
    principal: Principal,
    id: unknown,
    moderatorStep: boolean,
    step: (t: Transition) => Promise<PublishNotifications | null>,
  ): Promise<DigestCase> {
    const viewer = this.records.viewer(principal);
    const publish = await this.db.transaction(async (m) => {
      const row = await this.records.row(principal, id, m, true);
      if (!seesWorkingCopy(row, viewer)) {
        // Members reading a published record may not act on it; the record exists for them.
        if (moderatorStep) throw moderatorsOnly();
        throw cannotEdit();
      }
      if (moderatorStep && !viewer.moderator) throw moderatorsOnly();
      return step({ row, m });
    });
    publish?.();
    return this.records.get(principal, id);
  }

  private async record(
    m: EntityManager,
    principal: Principal,
    row: CaseRow,
    kind: DigestEventKind,
    action: AuditAction,
    comment: string | null,
  ): Promise<void> {
    await this.records.event(m, row.id, kind, principal.userId, row.revision, comment);
    await this.audit.record(
      {
        action,
        actorId: principal.userId,
        targetType: 'digest_case',
        targetId: row.id,
        details: { revision: row.revision },
      },
      m,
    );
  }

  /** Tells the author (in the portal) that a moderator returned or published their record. */
  private async notifyAuthor(
    m: EntityManager,
    principal: Principal,
    row: CaseRow,
    kind: NotificationKind,
  ): Promise<PublishNotifications | null> {
    if (!row.author_id || row.author_id === principal.userId) return null;
    return this.notifications.notify(
      {
        kind,
        recipients: [row.author_id],
        actorId: principal.userId,
        subjectType: DIGEST_CASE_SUBJECT,
        subjectId: row.id,
        contextId: row.id,
        link: `/case-law/cases/${row.id}`,
      },
      m,
    );
  }
}
