import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  NotificationEvent,
  type NotificationCreatedPayload,
  type NotificationReadPayload,
  type NotificationWithdrawnPayload,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { MembersService } from '../identity/members.service.js';
import { backgroundPrincipal } from './background-principal.js';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity.js';
import { NotificationEmails } from './notification-emails.js';
import {
  EMAILED_KINDS,
  type EmailMode,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from './notification-kinds.js';
import { NotificationSubjects, type SubjectDescription, subjectKey } from './notification-subjects.js';
import { invalidPage, tooManyIds } from './notifications.errors.js';

export type { NotificationKind } from './notification-kinds.js';

export interface NewNotification {
  kind: NotificationKind;
  /** User ids; the caller has already checked that each may see the subject. */
  recipients: string[];
  /** Who caused it; never notified of their own act. */
  actorId: string | null;
  /** e.g. 'discussion_post' (registered with NotificationSubjects). */
  subjectType: string;
  /** e.g. the post id. */
  subjectId: string;
  /** e.g. the thread id: groups notifications, and opening the thread marks them read. */
  contextId?: string | null;
  /** Path in the web app, e.g. /discussions/t/<threadId>#post-<postId>. */
  link: string;
}

/**
 * Sends what a write produced (live events, e-mail jobs). Call it once, after the transaction the
 * write ran in has committed — never after a rollback. Calling it again does nothing.
 */
export type PublishNotifications = () => void;

/** One notification as its reader is shown it. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  read: boolean;
  link: string;
  actorId: string | null;
  title: string;
  excerpt: string | null;
}

export interface NotificationPageView {
  items: NotificationView[];
  endCursor: string | null;
  hasNextPage: boolean;
}

interface Row {
  id: string;
  kind: NotificationKind;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  link: string;
  created_at: Date;
  created_key: string;
  read_at: Date | null;
}

/** The unread count looks at this many newest unread notifications (the badge shows 99+ anyway). */
export const UNREAD_COUNT_WINDOW = 200;
export const MAX_PAGE_SIZE = 50;
/** One list call describes at most this many rows before answering (with a cursor to go on). */
const MAX_SCAN = 500;
export const MAX_MARK_IDS = 200;
const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * In-app notifications: one row per recipient, naming a subject that the owning domain describes
 * at read time (NotificationSubjects), so the list and the unread count never show what the reader
 * may no longer see. Live events go to the member's room `user:<id>` after commit and carry ids
 * only. E-mail is NotificationEmails' business.
 *
 * Writes (`notify`, `withdraw`) take an optional EntityManager:
 * - without one, the rows are written and committed here, and the live events and e-mail jobs are
 *   already on their way when the promise resolves; the returned function does nothing;
 * - with one, the rows are written in the caller's transaction and nothing leaves the server until
 *   the caller, once that transaction has committed, calls the returned `publish()`:
 *
 *   ```ts
 *   const publish = await dataSource.transaction((m) => {
 *     …; return notifications.notify({ … }, m);
 *   });
 *   publish();
 *   ```
 */
@Injectable()
export class NotificationsService {
  private readonly log = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NotificationPreferenceEntity)
    private readonly preferences: Repository<NotificationPreferenceEntity>,
    private readonly subjects: NotificationSubjects,
    private readonly hub: RealtimeHub,
    private readonly emails: NotificationEmails,
    private readonly members: MembersService,
  ) {}

  /** Notifies every recipient but the actor, once each. See the class comment for `manager`. */
  async notify(n: NewNotification, manager?: EntityManager): Promise<PublishNotifications> {
    assertValid(n);
    const recipients = [...new Set(n.recipients)].filter((id) => isUUID(id) && id !== n.actorId);
    if (recipients.length === 0) return noop;
    const rows = (await (manager ?? this.db.manager).query(
      `INSERT INTO notification (user_id, kind, actor_id, subject_type, subject_id, context_id, link)
       SELECT r, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS r
       RETURNING id, user_id`,
      [recipients, n.kind, n.actorId, n.subjectType, n.subjectId, n.contextId ?? null, n.link],
    )) as { id: string; user_id: string }[];
    const publish = once(() => {
      for (const row of rows) {
        const payload: NotificationCreatedPayload = { id: row.id, kind: n.kind, link: n.link };
        this.hub.emit(`user:${row.user_id}`, NotificationEvent.CREATED, payload);
      }
      if (EMAILED_KINDS.includes(n.kind)) void this.emails.schedule(rows.map((r) => r.user_id));
    });
    if (manager) return publish;
    publish();
    return noop;
  }

  /**
   * Takes back the notifications about these subjects (e.g. posts deleted): they leave every list
   * and count, and open tabs are told to refresh. See the class comment for `manager`.
   */
  async withdraw(
    subjectType: string,
    subjectIds: string[],
    manager?: EntityManager,
  ): Promise<PublishNotifications> {
    const ids = [...new Set(subjectIds)].filter((id) => isUUID(id));
    if (ids.length === 0) return noop;
    const [rows] = (await (manager ?? this.db.manager).query(
      `DELETE FROM notification WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) RETURNING id, user_id`,
      [subjectType, ids],
    )) as [{ id: string; user_id: string }[], number];
    const publish = once(() => {
      for (const [userId, removed] of groupByUser(rows)) {
        const payload: NotificationWithdrawnPayload = { ids: removed };
        this.hub.emit(`user:${userId}`, NotificationEvent.WITHDRAWN, payload);
      }
    });
    if (manager) return publish;
    publish();
    return noop;
  }

  /** Opening a thread (the context) marks the member's notifications about it read. */
  async markContextRead(userId: string, subjectType: string, contextId: string): Promise<void> {
    if (!isUUID(userId) || !isUUID(contextId)) return;
    const [rows] = (await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND subject_type = $2 AND context_id = $3 AND read_at IS NULL
        RETURNING id`,
      [userId, subjectType, contextId],
    )) as [{ id: string }[], number];
    if (rows.length === 0) return;
    const [user] = await this.members.activeMembersByIds([userId]);
    const unreadCount = user ? await this.unreadCount(backgroundPrincipal(user)) : 0;
    this.emitRead(userId, { ids: rows.map((r) => r.id), unreadCount });
  }

  /**
   * The caller's notifications, newest first, `first` at a time after `after` (a cursor from a
   * previous page). Rows whose subject the reader may no longer see are skipped.
   */
  async list(
    principal: Principal,
    options: { first: number; after?: string | null; unreadOnly?: boolean },
  ): Promise<NotificationPageView> {
    const { first, unreadOnly = false } = options;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw invalidPage('first', `Ask for 1 to ${MAX_PAGE_SIZE} notifications.`);
    }
    let position = options.after ? decodeCursor(options.after) : null;
    const items: NotificationView[] = [];
    let scanned = 0;
    let exhausted = false;
    while (items.length < first && scanned < MAX_SCAN && !exhausted) {
      const size = Math.min(Math.max(first * 2, 20), MAX_SCAN - scanned);
      const rows = await this.page(principal.userId, position, size, unreadOnly);
      exhausted = rows.length < size;
      const visible = await this.describe(principal, rows);
      for (const row of rows) {
        scanned += 1;
        position = { createdKey: row.created_key, id: row.id };
        const description = visible.get(subjectKey(row.subject_type, row.subject_id));
        if (description) items.push(toView(row, description));
        if (items.length === first) break;
      }
    }
    const hasNextPage =
      position !== null && (await this.page(principal.userId, position, 1, unreadOnly)).length > 0;
    return { items, endCursor: hasNextPage && position ? encodeCursor(position) : null, hasNextPage };
  }

  /** Unread notifications the caller may still see, among the newest UNREAD_COUNT_WINDOW unread. */
  async unreadCount(principal: Principal): Promise<number> {
    const rows = (await this.db.query(
      `SELECT subject_type, subject_id FROM notification
        WHERE user_id = $1 AND read_at IS NULL
        ORDER BY created_at DESC LIMIT $2`,
      [principal.userId, UNREAD_COUNT_WINDOW],
    )) as Pick<Row, 'subject_type' | 'subject_id'>[];
    const visible = await this.describe(principal, rows);
    return rows.filter((r) => visible.has(subjectKey(r.subject_type, r.subject_id))).length;
  }

  /**
   * Marks the caller's notifications among `ids` read; answers how many changed. Ids of someone
   * else's notifications, unknown or malformed ids change nothing, like missing ones.
   */
  async markRead(principal: Principal, ids: string[]): Promise<number> {
    if (ids.length > MAX_MARK_IDS) throw tooManyIds(MAX_MARK_IDS);
    const wanted = [...new Set(ids)].filter((id) => isUUID(id));
    if (wanted.length === 0) return 0;
    const [rows] = (await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL
        RETURNING id`,
      [principal.userId, wanted],
    )) as [{ id: string }[], number];
    if (rows.length > 0) {
      this.emitRead(principal.userId, {
        ids: rows.map((r) => r.id),
        unreadCount: await this.unreadCount(principal),
      });
    }
    return rows.length;
  }

  /** Marks every notification of the caller read; answers how many changed. */
  async markAllRead(principal: Principal): Promise<number> {
    const [, count] = (await this.db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [principal.userId],
    )) as [unknown, number];
    if (count > 0) {
      this.emitRead(principal.userId, { all: true, unreadCount: await this.unreadCount(principal) });
    }
    return count;
  }

  async emailMode(userId: string): Promise<EmailMode> {
    return (await this.preferences.findOne({ where: { userId } }))?.emailMode ?? 'IMMEDIATE';
  }

  async setEmailMode(userId: string, emailMode: EmailMode): Promise<EmailMode> {
    await this.preferences.upsert({ userId, emailMode }, ['userId']);
    this.log.log({ msg: 'notification e-mail preference changed', userId, emailMode });
    return emailMode;
  }

  private emitRead(userId: string, payload: NotificationReadPayload): void {
    this.hub.emit(`user:${userId}`, NotificationEvent.READ, payload);
  }

  private page(userId: string, after: Cursor | null, limit: number, unreadOnly: boolean): Promise<Row[]> {
    const params: unknown[] = [userId, limit];
    let where = 'user_id = $1';
    if (unreadOnly) where += ' AND read_at IS NULL';
    if (after) {
      params.push(after.createdKey, after.id);
      where += ' AND (created_at, id) < ($3::timestamptz, $4::uuid)';
    }
    return this.db.query(
      `SELECT id, kind, actor_id, subject_type, subject_id, link, created_at, read_at,
              created_at::text AS created_key
         FROM notification
        WHERE ${where}
        ORDER BY created_at DESC, id DESC
        LIMIT $2`,
      params,
    ) as Promise<Row[]>;
  }

  private describe(
    principal: Principal,
    rows: readonly Pick<Row, 'subject_type' | 'subject_id'>[],
  ): Promise<Map<string, SubjectDescription>> {
    return this.subjects.describe(
      principal,
      rows.map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id })),
    );
  }
}

interface Cursor {
  /** created_at as PostgreSQL prints it: microseconds kept, so the order is exact. */
  createdKey: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdKey}|${cursor.id}`, 'utf8').toString('base64url');
}

function decodeCursor(value: string): Cursor {
  const text = value.length <= 200 ? Buffer.from(value, 'base64url').toString('utf8') : '';
  const [createdKey = '', id = ''] = text.split('|');
  if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(createdKey) || !isUUID(id)) {
    throw invalidPage('after', 'This cursor is not one the list gave out.');
  }
  return { createdKey, id };
}

function toView(row: Row, description: SubjectDescription): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at,
    read: row.read_at !== null,
    link: row.link,
    actorId: row.actor_id,
    title: description.title,
    excerpt: description.excerpt,
  };
}

function groupByUser(rows: { id: string; user_id: string }[]): Map<string, string[]> {
  const byUser = new Map<string, string[]>();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.id]);
  return byUser;
}

/** A notification is built by code, not by users: a bad one is a bug and fails loudly. */
function assertValid(n: NewNotification): void {
  const problems = [
    NOTIFICATION_KINDS.includes(n.kind) ? null : 'kind',
    SUBJECT_TYPE.test(n.subjectType) ? null : 'subjectType',
    isUUID(n.subjectId) ? null : 'subjectId',
    n.contextId === undefined || n.contextId === null || isUUID(n.contextId) ? null : 'contextId',
    n.actorId === null || isUUID(n.actorId) ? null : 'actorId',
    isAppPath(n.link) ? null : 'link',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`invalid notification: ${problems.join(', ')}`);
}

/** A path inside the web app: one leading slash (never `//host` or `/\host`), no control characters. */
function isAppPath(link: string): boolean {
  return (
    typeof link === 'string' &&
    link.length <= 500 &&
    link.startsWith('/') &&
    !link.startsWith('//') &&
    !link.startsWith('/\\') &&
    ![...link].some((c) => c.trim() === '' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
  );
}

function once(fn: () => void): PublishNotifications {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

const noop: PublishNotifications = () => undefined;
