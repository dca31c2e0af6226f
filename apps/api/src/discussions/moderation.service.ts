import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, THREAD_EVENTS } from '@cop/contracts';
import type { DataSource } from 'typeorm';
import { type AuditAction, AuditService } from '../access/audit.service.js';
import { DiscussionAccess } from '../access/discussion.access.js';
import type { Principal } from '../access/principal.js';
import { AppError } from '../common/errors/app-error.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { badInput } from '../common/validation/validation.pipe.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { POST_COLUMNS, THREAD_COLUMNS, type PostRow, type ThreadRow } from './discussion.rows.js';
import { POST_SUBJECT, ThreadsService } from './threads.service.js';

export interface QueueRow {
  post: PostRow;
  thread: ThreadRow;
  flags: { id: string; reporter_id: string; reason: string; created_at: Date }[];
  first_flagged_at: Date;
}

/**
 * What moderators do: hide and restore posts, dismiss flags, lock, pin and move threads. Each
 * action needs the moderator to see the content (a moderator outside a restricted category's
 * groups cannot reach it), is recorded in the audit trail with its reason, and is pushed live.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DiscussionAccess,
    private readonly threads: ThreadsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly hub: RealtimeHub,
  ) {}

  /** Open flags on posts the moderator can see, one item per post, oldest first. */
  async queue(
    principal: Principal,
    first: number,
    offset: number,
  ): Promise<{ items: QueueRow[]; total: number }> {
    const visible = this.access.visibleCategorySql('t.category_id', '$1');
    const posts: (PostRow & { first_flagged_at: Date; total: number })[] = await this.db.query(
      `SELECT ${POST_COLUMNS}, f.first_flagged_at, count(*) OVER ()::int AS total
       FROM (SELECT post_id, min(created_at) AS first_flagged_at FROM discussion_flag
             WHERE resolved_at IS NULL GROUP BY post_id) f
       JOIN discussion_post p ON p.id = f.post_id
       JOIN discussion_thread t ON t.id = p.thread_id
       WHERE ${visible}
       ORDER BY f.first_flagged_at, p.id LIMIT $2 OFFSET $3`,
      [principal.userId, first, offset],
    );
    if (!posts.length) return { items: [], total: 0 };
    const ids = posts.map((p) => p.id);
    const flags: { id: string; post_id: string; reporter_id: string; reason: string; created_at: Date }[] =
      await this.db.query(
        `SELECT id, post_id, reporter_id, reason, created_at FROM discussion_flag
         WHERE post_id = ANY($1::uuid[]) AND resolved_at IS NULL ORDER BY created_at`,
        [ids],
      );
    const threads = await this.threads.threadsByIds(principal.userId, [
      ...new Set(posts.map((p) => p.thread_id)),
    ]);
    return {
      total: posts[0]!.total,
      items: posts.map((p) => ({
        post: p,
        thread: threads.get(p.thread_id)!,
        flags: flags.filter((f) => f.post_id === p.id),
        first_flagged_at: p.first_flagged_at,
      })),
    };
  }

  async openFlagCount(principal: Principal): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(DISTINCT f.post_id)::int AS n FROM discussion_flag f
       JOIN discussion_post p ON p.id = f.post_id JOIN discussion_thread t ON t.id = p.thread_id
       WHERE f.resolved_at IS NULL AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
      [principal.userId],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  async hide(principal: Principal, postId: string, reason: string): Promise<PostRow> {
    return this.setHidden(principal, postId, reason, true);
  }

  async restore(principal: Principal, postId: string, reason: string): Promise<PostRow> {
    return this.setHidden(principal, postId, reason, false);
  }

  private async setHidden(
    principal: Principal,
    postId: string,
    reason: string,
    hide: boolean,
  ): Promise<PostRow> {
    const post = await this.db.transaction(async (m) => {
      const post = await this.threads.post(principal, postId, m);
      if (post.deleted_at) throw new AppError(ErrorCode.CONFLICT, 'This post was deleted.');
      if (hide === (post.hidden_at !== null)) return post;
      await m.query(
        hide
          ? `UPDATE discussion_post SET hidden_at = now(), hidden_by = $2, hidden_reason = $3 WHERE id = $1`
          : `UPDATE discussion_post SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL WHERE id = $1 AND $2::uuid IS NOT NULL AND $3::text IS NOT NULL`,
        [post.id, principal.userId, reason],
      );
      if (hide) {
        await m.query(
          `UPDATE discussion_flag SET resolved_at = now(), resolved_by = $2, resolution = 'HIDDEN'
           WHERE post_id = $1 AND resolved_at IS NULL`,
          [post.id, principal.userId],
        );
      }
      await this.record(
        m,
        hide ? 'discussion.post.hidden' : 'discussion.post.restored',
        principal,
        POST_SUBJECT,
        post.id,
        {
          threadId: post.thread_id,
          authorId: post.author_id,
          reason,
        },
      );
      return this.threads.post(principal, post.id, m);
    });
    if (post.author_id !== principal.userId) {
      await this.notifications.notify({
        kind: hide ? 'POST_HIDDEN' : 'POST_RESTORED',
        recipients: [post.author_id],
        actorId: principal.userId,
        subjectType: POST_SUBJECT,
        subjectId: post.id,
        contextId: post.thread_id,
        link: `/discussions/t/${post.thread_id}#post-${post.id}`,
      });
    }
    this.threads.emit(post.thread_id, THREAD_EVENTS.postUpdated, {
      threadId: post.thread_id,
      postId: post.id,
      seq: post.seq,
    });
    return post;
  }

  async dismissFlags(principal: Principal, postId: string, reason: string): Promise<PostRow> {
    return this.db.transaction(async (m) => {
      const post = await this.threads.post(principal, postId, m);
      // An UPDATE answers [rows, rowCount].
      const [resolved] = (await m.query(
        `UPDATE discussion_flag SET resolved_at = now(), resolved_by = $2, resolution = 'DISMISSED'
         WHERE post_id = $1 AND resolved_at IS NULL RETURNING id`,
        [post.id, principal.userId],
      )) as [unknown[], number];
      if (resolved.length) {
        await this.record(m, 'discussion.flags.dismissed', principal, POST_SUBJECT, post.id, {
          threadId: post.thread_id,
          flags: resolved.length,
          reason,
        });
      }
      return post;
    });
  }

  async setLocked(principal: Principal, threadId: string, lock: boolean, reason: string): Promise<ThreadRow> {
    return this.threadAction(
      principal,
      threadId,
      reason,
      lock ? 'discussion.thread.locked' : 'discussion.thread.unlocked',
      (t) =>
        lock === (t.locked_at !== null)
          ? null
          : `UPDATE discussion_thread SET locked_at = ${lock ? 'now()' : 'NULL'} WHERE id = $1`,
    );
  }

  async setPinned(principal: Principal, threadId: string, pin: boolean, reason: string): Promise<ThreadRow> {
    return this.threadAction(
      principal,
      threadId,
      reason,
      pin ? 'discussion.thread.pinned' : 'discussion.thread.unpinned',
      (t) =>
        pin === (t.pinned_at !== null)
          ? null
          : `UPDATE discussion_thread SET pinned_at = ${pin ? 'now()' : 'NULL'} WHERE id = $1`,
    );
  }

  /**
   * Moves a thread to another category the moderator can see. Open sockets are taken out of the
   * thread's room and told to join again, which re-checks who may see it in its new place.
   */
  async move(principal: Principal, threadId: string, categoryId: string, reason: string): Promise<ThreadRow> {
    if (!(await this.access.canSeeCategory(principal.userId, categoryId))) {
      throw badInput([{ field: 'categoryId', code: 'unknownCategory', message: 'Choose a category.' }]);
    }
    const thread = await this.threadAction(
      principal,
      threadId,
      reason,
      'discussion.thread.moved',
      (t) =>
        t.category_id === categoryId ? null : `UPDATE discussion_thread SET category_id = $2 WHERE id = $1`,
      [categoryId],
    );
    this.hub.resetRoom(`thread:${thread.id}`, THREAD_EVENTS.accessChanged, { threadId: thread.id });
    return thread;
  }

  private async threadAction(
    principal: Principal,
    threadId: string,
    reason: string,
    action: AuditAction,
    update: (t: ThreadRow) => string | null,
    extra: unknown[] = [],
  ): Promise<ThreadRow> {
    const thread = await this.db.transaction(async (m) => {
      const thread = await this.threads.thread(principal, threadId, m, true);
      const sql = update(thread);
      if (!sql) return thread;
      await m.query(sql.replace(' WHERE id = $1', ', updated_at = now() WHERE id = $1'), [
        thread.id,
        ...extra,
      ]);
      await this.record(m, action, principal, 'discussion_thread', thread.id, {
        reason,
        ...(extra.length ? { from: thread.category_id, to: extra[0] } : {}),
      });
      const [row] = (await m.query(`SELECT ${THREAD_COLUMNS} FROM discussion_thread t WHERE t.id = $1`, [
        thread.id,
      ])) as ThreadRow[];
      return row!;
    });
    this.threads.emit(thread.id, THREAD_EVENTS.threadUpdated, { threadId: thread.id });
    return thread;
  }

  private async record(
    m: import('typeorm').EntityManager,
    action: AuditAction,
    principal: Principal,
    targetType: string,
    targetId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record({ action, actorId: principal.userId, targetType, targetId, details }, m);
  }
}
