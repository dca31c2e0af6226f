import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConversationKind,
  ConversationRole,
  MESSAGING_EVENTS,
  MESSAGING_LIMITS as L,
  MessageScheme,
  type CatchUpAnswer,
  type MessageEvent,
  type ReceiptEvent,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import { ConversationAccess } from '../access/conversation.access.js';
import type { Principal } from '../access/principal.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { isAppError } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';
import type { Attachment } from '../files/dto/attachment.type.js';
import { FilesService } from '../files/files.service.js';
import { MembersService } from '../identity/members.service.js';
import { e2eContextMatches } from './e2e-context.js';
import { MESSAGE_SEQ_LOCK, MessageSender, type SendResult } from './message-sender.js';
import {
  attachmentScheme,
  checkPayload,
  conversationNotFound,
  encryptionRequired,
  groupSize,
  membersUnavailable,
  messageDeleted,
  messageNotFound,
  notGroupAdmin,
  notSender,
  onlyGroups,
  readOnlyChannel,
  unknownSendingDevice,
  wrongE2eContext,
  yourself,
} from './messaging.errors.js';
import {
  type ConversationRow,
  MESSAGE_COLUMNS,
  MESSAGE_SUBJECT,
  type MemberRow,
  type MessageRow,
  toMessageDto,
} from './messaging.rows.js';

/** A conversation as one member sees it: their role, mute, unread count, the newest message. */
const CONVERSATION_SELECT = `
  SELECT c.id, c.kind, c.title, c.jit_workspace_id, c.created_at, c.last_message_at, c.last_seq, c.e2e_since,
         me.role AS my_role, me.muted,
         (SELECT count(*)::int FROM message u
           WHERE u.conversation_id = c.id AND u.seq > me.read_seq AND u.sender_id <> me.user_id
             AND u.deleted_at IS NULL) AS unread_count,
         (SELECT row_to_json(lm) FROM (SELECT ${MESSAGE_COLUMNS} FROM message m
           WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) lm) AS last_message
    FROM conversation_member me JOIN conversation c ON c.id = me.conversation_id`;

export interface SendInput {
  conversationId: unknown;
  clientId: unknown;
  scheme?: unknown;
  payload: unknown;
  replyToId?: unknown;
  attachmentIds?: unknown;
  /**
   * The socket the send came on: it gets the message in its acknowledgement, so the room's
   * `message.created` skips it (the sender's other tabs and devices still get it).
   */
  originSocketId?: string;
}

export interface ReceiptResult {
  deliveredSeq: number;
  readSeq: number;
  moved: boolean;
}

const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);

/**
 * Conversations and messages. Every method takes the caller from the session and checks their
 * membership (ConversationAccess, or the same condition inside its statement); a conversation or
 * message of a conversation they are not in answers exactly like a missing one. Live events go
 * to the conversation's room after commit. Payloads are opaque: only their scheme and size are
 * checked (for `plain`, that they hold text within the character limit; for `e2e-v1`, the shape of
 * the envelope and that its sending device is a current device of the sender). Once a
 * conversation holds an `e2e-v1` message (`e2e_since`), `plain` sends and edits are refused.
 */
@Injectable()
export class MessagingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConversationAccess,
    private readonly sender: MessageSender,
    private readonly members: MembersService,
    private readonly files: FilesService,
    private readonly hub: RealtimeHub,
    private readonly audit: AuditService,
  ) {}

  /** Who is in a conversation is access to its content: every change is in the audit trail (ids only). */
  private membershipAudited(
    m: EntityManager,
    action:
      | 'conversation.group.created'
      | 'conversation.member_added'
      | 'conversation.member_removed'
      | 'conversation.member_left',
    principal: Principal,
    conversationId: string,
    memberIds: string[],
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorId: principal.userId,
        targetType: 'conversation',
        targetId: conversationId,
        details: { memberIds },
      },
      m,
    );
  }

  // ------------------------------------------------------------------ conversations

  async conversations(principal: Principal, first: number, offset: number): Promise<ConversationRow[]> {
    return this.db.query(
      `${CONVERSATION_SELECT} WHERE me.user_id = $1
        ORDER BY c.last_message_at DESC, c.id LIMIT $2 OFFSET $3`,
      [principal.userId, first, offset],
    );
  }

  async conversation(principal: Principal, id: unknown, manager?: EntityManager): Promise<ConversationRow> {
    if (!isId(id)) throw conversationNotFound();
    const rows: ConversationRow[] = await (manager ?? this.db).query(
      `${CONVERSATION_SELECT} WHERE me.user_id = $1 AND c.id = $2`,
      [principal.userId, id],
    );
    if (!rows[0]) throw conversationNotFound();
    return rows[0];
  }

  /** The members of each conversation, longest-standing first (loaders: members, read counts). */
  async membersOf(conversationIds: readonly string[]): Promise<Map<string, MemberRow[]>> {
    const found = new Map<string, MemberRow[]>(conversationIds.map((id) => [id, []]));
    const ids = [...new Set(conversationIds)].filter(isId);
    if (ids.length === 0) return found;
    const rows: MemberRow[] = await this.db.query(
      `SELECT conversation_id, user_id, role, joined_at, delivered_seq, read_seq, read_at
         FROM conversation_member WHERE conversation_id = ANY($1::uuid[])
        ORDER BY joined_at, role = 'ADMIN' DESC, user_id`,
      [ids],
    );
    for (const row of rows) found.get(row.conversation_id)?.push(row);
    return found;
  }

  /** Unread messages in the caller's unmuted conversations (the navigation badge). */
  async unreadTotal(principal: Principal): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS n FROM conversation_member me
         JOIN message u ON u.conversation_id = me.conversation_id AND u.seq > me.read_seq
        WHERE me.user_id = $1 AND NOT me.muted AND u.sender_id <> $1 AND u.deleted_at IS NULL`,
      [principal.userId],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** The direct conversation with another active member: found, or made (one per pair). */
  async startDirect(principal: Principal, memberId: string): Promise<ConversationRow> {
    if (memberId === principal.userId) throw yourself();
    const [other] = await this.members.activeMembersByIds([memberId]);
    if (!other) throw membersUnavailable([memberId], 'memberId');
    const key = [principal.userId, other.id].sort().join(':');
    const created = await this.db.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO conversation (kind, direct_key, created_by) VALUES ('DIRECT', $1, $2)
         ON CONFLICT (direct_key) DO NOTHING RETURNING id`,
        [key, principal.userId],
      );
      if (!rows[0]) return null;
      await m.query(
        `INSERT INTO conversation_member (conversation_id, user_id, role)
         SELECT $1, unnest($2::uuid[]), 'MEMBER'`,
        [rows[0].id, [principal.userId, other.id]],
      );
      return rows[0].id;
    });
    if (created) {
      this.hub.join([principal.userId, other.id], [room(created)]);
      this.conversationChanged(created, [principal.userId, other.id]);
      return this.conversation(principal, created);
    }
    const [existing] = (await this.db.query(`SELECT id FROM conversation WHERE direct_key = $1`, [key])) as {
      id: string;
    }[];
    return this.conversation(principal, existing!.id);
  }

  async createGroup(principal: Principal, title: string, memberIds: string[]): Promise<ConversationRow> {
    const others = [...new Set(memberIds)].filter((id) => id !== principal.userId);
    const size = others.length + 1;
    if (size < L.groupMin || size > L.groupMax) throw groupSize(size);
    await this.requireActive(others);
    const id = await this.db.transaction(async (m) => {
      const [row] = (await m.query(
        `INSERT INTO conversation (kind, title, created_by) VALUES ('GROUP', $1, $2) RETURNING id`,
        [title, principal.userId],
      )) as { id: string }[];
      await m.query(
        `INSERT INTO conversation_member (conversation_id, user_id, role)
         SELECT $1, u, CASE WHEN u = $2 THEN 'ADMIN' ELSE 'MEMBER' END FROM unnest($3::uuid[]) u`,
        [row!.id, principal.userId, [principal.userId, ...others]],
      );
      await this.membershipAudited(m, 'conversation.group.created', principal, row!.id, [
        principal.userId,
        ...others,
      ]);
      return row!.id;
    });
    this.hub.join([principal.userId, ...others], [room(id)]);
    this.conversationChanged(id, [principal.userId, ...others]);
    return this.conversation(principal, id);
  }

  async rename(principal: Principal, id: string, title: string): Promise<ConversationRow> {
    const clean = title.trim();
    if (clean.length < L.titleMin || clean.length > L.titleMax) {
      throw badInput([
        { field: 'title', code: 'length', message: `Name the group (at most ${L.titleMax} characters).` },
      ]);
    }
    await this.requireGroupAdmin(principal, id, 'renamed');
    await this.db.query(`UPDATE conversation SET title = $2 WHERE id = $1`, [id, clean]);
    this.conversationChanged(id);
    return this.conversation(principal, id);
  }

  async addMembers(principal: Principal, id: string, memberIds: string[]): Promise<ConversationRow> {
    await this.requireGroupAdmin(principal, id, 'given members');
    const wanted = [...new Set(memberIds)].filter((m) => m !== principal.userId);
    if (wanted.length > 0) await this.requireActive(wanted);
    const added = await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM conversation WHERE id = $1 FOR UPDATE`, [id]);
      const [{ n }] = (await m.query(
        `SELECT count(*)::int AS n FROM conversation_member WHERE conversation_id = $1`,
        [id],
      )) as [{ n: number }];
      const rows: { user_id: string }[] = await m.query(
        `INSERT INTO conversation_member (conversation_id, user_id, role, delivered_seq, read_seq)
         SELECT $1, unnest($2::uuid[]), 'MEMBER', 0, 0 ON CONFLICT DO NOTHING RETURNING user_id`,
        [id, wanted],
      );
      if (n + rows.length > L.groupMax) throw groupSize(n + rows.length);
      const ids = rows.map((r) => r.user_id);
      if (ids.length > 0) await this.membershipAudited(m, 'conversation.member_added', principal, id, ids);
      return ids;
    });
    if (added.length > 0) {
      this.hub.join(added, [room(id)]);
      this.conversationChanged(id, added);
    }
    return this.conversation(principal, id);
  }

  async removeMember(principal: Principal, id: string, memberId: string): Promise<ConversationRow> {
    await this.requireGroupAdmin(principal, id, 'changed');
    if (memberId === principal.userId) {
      throw badInput([{ field: 'memberId', code: 'yourself', message: 'To leave the group, use “leave”.' }]);
    }
    const removed: unknown[] = isId(memberId)
      ? await this.db.transaction(async (m) => {
          const rows: unknown[] = await m.query(
            `WITH d AS (DELETE FROM conversation_member WHERE conversation_id = $1 AND user_id = $2 RETURNING user_id)
             SELECT user_id FROM d`,
            [id, memberId],
          );
          if (rows.length > 0)
            await this.membershipAudited(m, 'conversation.member_removed', principal, id, [memberId]);
          return rows;
        })
      : [];
    if (removed.length === 0) {
      throw badInput([
        { field: 'memberId', code: 'notAMember', message: 'This person is not in the group.' },
      ]);
    }
    this.lostAccess(id, [memberId]);
    this.conversationChanged(id);
    return this.conversation(principal, id);
  }

  /** Leaves a group; the last admin leaving makes the longest-standing member admin. */
  async leave(principal: Principal, id: string): Promise<boolean> {
    const membership = await this.access.membership(principal.userId, id);
    if (!membership) throw conversationNotFound();
    if (membership.kind !== ConversationKind.GROUP) throw onlyGroups('left');
    await this.db.transaction(async (m) => {
      await m.query(`SELECT 1 FROM conversation WHERE id = $1 FOR UPDATE`, [id]);
      await m.query(`DELETE FROM conversation_member WHERE conversation_id = $1 AND user_id = $2`, [
        id,
        principal.userId,
      ]);
      await this.membershipAudited(m, 'conversation.member_left', principal, id, [principal.userId]);
      const left: { n: number; admins: number }[] = await m.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE role = 'ADMIN')::int AS admins
           FROM conversation_member WHERE conversation_id = $1`,
        [id],
      );
      if (left[0]!.n === 0) {
        await m.query(`DELETE FROM conversation WHERE id = $1`, [id]);
      } else if (left[0]!.admins === 0) {
        await m.query(
          `UPDATE conversation_member SET role = 'ADMIN' WHERE (conversation_id, user_id) =
             (SELECT conversation_id, user_id FROM conversation_member WHERE conversation_id = $1
               ORDER BY joined_at, user_id LIMIT 1)`,
          [id],
        );
      }
    });
    this.lostAccess(id, [principal.userId]);
    this.conversationChanged(id);
    return true;
  }

  async setMuted(principal: Principal, id: string, muted: boolean): Promise<ConversationRow> {
    if (!isId(id)) throw conversationNotFound();
    const rows: unknown[] = await this.db.query(
      `WITH u AS (UPDATE conversation_member SET muted = $3 WHERE conversation_id = $1 AND user_id = $2 RETURNING 1)
       SELECT * FROM u`,
      [id, principal.userId, muted],
    );
    if (rows.length === 0) throw conversationNotFound();
    return this.conversation(principal, id);
  }

  // ------------------------------------------------------------------ messages

  /** Validates a send (socket or GraphQL) and hands it to the group commit. */
  async send(principal: Principal, input: SendInput): Promise<SendResult> {
    const attachmentIds = input.attachmentIds ?? [];
    if (!isId(input.conversationId)) throw conversationNotFound();
    if (!isId(input.clientId)) {
      throw badInput([{ field: 'clientId', code: 'isUuid', message: 'clientId must be a UUID.' }]);
    }
    if (input.replyToId !== undefined && input.replyToId !== null && !isId(input.replyToId)) {
      throw badInput([{ field: 'replyToId', code: 'isUuid', message: 'replyToId must be a message id.' }]);
    }
    if (
      !Array.isArray(attachmentIds) ||
      attachmentIds.length > L.attachmentsMax ||
      !attachmentIds.every(isId)
    ) {
      throw badInput([
        {
          field: 'attachmentIds',
          code: 'attachments',
          message: `At most ${L.attachmentsMax} attachments, as file ids.`,
        },
      ]);
    }
    const checked = checkPayload(
      input.scheme ?? MessageScheme.PLAIN,
      input.payload,
      attachmentIds.length > 0,
    );
    if (isAppError(checked)) throw checked;
    const conversationId = input.conversationId.toLowerCase();
    const clientId = input.clientId.toLowerCase();
    // An envelope is sealed for one conversation, clientId and sender: one copied from elsewhere
    // (another conversation, another message, another member's) is refused before anything is stored.
    if (
      checked.context !== null &&
      !e2eContextMatches(checked.context, conversationId, clientId, principal.userId)
    ) {
      throw wrongE2eContext();
    }
    const ids = [...new Set((attachmentIds as string[]).map((id) => id.toLowerCase()))];
    await this.requireAttachmentScheme(principal, checked.scheme, ids);
    return this.sender.send(principal, {
      conversationId,
      clientId,
      scheme: checked.scheme,
      payload: input.payload as string,
      sendingDeviceId: checked.sendingDeviceId,
      replyToId: (input.replyToId as string | null | undefined)?.toLowerCase() ?? null,
      attachmentIds: ids,
      originSocketId: input.originSocketId ?? null,
    });
  }

  /** Edits one's own message (marked edited); a new change number, `message.updated` to the room. */
  async edit(
    principal: Principal,
    messageId: unknown,
    scheme: unknown,
    payload: unknown,
  ): Promise<MessageRow> {
    const first = checkPayload(scheme ?? MessageScheme.PLAIN, payload, true);
    if (isAppError(first)) throw first;
    const row = await this.change(principal, messageId, async (m, current) => {
      const hasFiles = (await this.files.attachmentsFor(MESSAGE_SUBJECT, [current.id])).get(current.id)!;
      const checked = checkPayload(first.scheme, payload, hasFiles.length > 0);
      if (isAppError(checked)) throw checked;
      // The new envelope must be sealed for this very message (its conversation and clientId).
      if (
        checked.context !== null &&
        !e2eContextMatches(checked.context, current.conversation_id, current.client_id, principal.userId)
      ) {
        throw wrongE2eContext();
      }
      if (checked.sendingDeviceId === null) {
        if (current.e2e_since) throw encryptionRequired();
      }
      // A plain message with plain files cannot become an encrypted one (nor the other way round):
      // its files would no longer match its scheme.
      const encrypted = checked.scheme === MessageScheme.E2E_V1;
      const mismatched = hasFiles.filter((f) => f.encrypted !== encrypted).map((f) => f.id);
      if (mismatched.length > 0) throw attachmentScheme(mismatched, encrypted);
      if (checked.sendingDeviceId !== null) {
        const [device] = (await m.query(
          `SELECT 1 FROM user_device WHERE id = $1 AND user_id = $2 AND removed_at IS NULL`,
          [checked.sendingDeviceId, principal.userId],
        )) as unknown[];
        if (!device) throw unknownSendingDevice();
        if (!current.e2e_since) {
          await m.query(`UPDATE conversation SET e2e_since = now() WHERE id = $1 AND e2e_since IS NULL`, [
            current.conversation_id,
          ]);
        }
      }
      const [updated] = (await m.query(
        `WITH m AS (UPDATE message SET scheme = $2, payload = $3, edited_at = now(),
                change_seq = nextval('message_change_seq') WHERE id = $1 RETURNING *)
         SELECT ${MESSAGE_COLUMNS} FROM m`,
        [current.id, checked.scheme, payload],
      )) as MessageRow[];
      return updated!;
    });
    return row;
  }

  /** Deletes one's own message for everyone: the payload is emptied and attachments hidden. */
  async delete(principal: Principal, messageId: unknown): Promise<MessageRow> {
    return this.change(principal, messageId, async (m, current) => {
      const [updated] = (await m.query(
        `WITH m AS (UPDATE message SET payload = '', deleted_at = now(),
                change_seq = nextval('message_change_seq') WHERE id = $1 RETURNING *)
         SELECT ${MESSAGE_COLUMNS} FROM m`,
        [current.id],
      )) as MessageRow[];
      return updated!;
    });
  }

  private async change(
    principal: Principal,
    messageId: unknown,
    apply: (m: EntityManager, current: MessageRow & { e2e_since: Date | null }) => Promise<MessageRow>,
  ): Promise<MessageRow> {
    if (!isId(messageId)) throw messageNotFound();
    const row = await this.db.transaction(async (m) => {
      await m.query(MESSAGE_SEQ_LOCK);
      const [current] = (await m.query(
        `SELECT ${MESSAGE_COLUMNS}, me.role AS my_role, c.e2e_since FROM message m
           JOIN conversation_member me ON me.conversation_id = m.conversation_id AND me.user_id = $1
           JOIN conversation c ON c.id = m.conversation_id
          WHERE m.id = $2 FOR UPDATE OF m`,
        [principal.userId, messageId],
      )) as (MessageRow & { my_role: ConversationRole; e2e_since: Date | null })[];
      if (!current) throw messageNotFound();
      if (current.sender_id !== principal.userId) throw notSender();
      if (current.my_role === ConversationRole.READER) throw readOnlyChannel();
      if (current.deleted_at) throw messageDeleted();
      return apply(m, current);
    });
    const attachments = row.deleted_at
      ? []
      : ((await this.files.attachmentsFor(MESSAGE_SUBJECT, [row.id])).get(row.id) ?? []);
    const event: MessageEvent = { message: toMessageDto(row, attachments) };
    this.hub.emitMany([{ room: room(row.conversation_id), event: MESSAGING_EVENTS.updated, payload: event }]);
    return row;
  }

  /** History, newest first, before `beforeSeq` (exclusive). */
  async history(
    principal: Principal,
    conversationId: string,
    beforeSeq: number | null,
    first: number,
  ): Promise<{ rows: MessageRow[]; hasMore: boolean }> {
    if (!(await this.access.isMember(principal.userId, conversationId))) throw conversationNotFound();
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM message m
        WHERE m.conversation_id = $1 AND ($2::bigint IS NULL OR m.seq < $2::bigint)
        ORDER BY m.seq DESC LIMIT $3`,
      [conversationId, beforeSeq, first + 1],
    );
    return { rows: rows.slice(0, first), hasMore: rows.length > first };
  }

  /** Every message created or changed after `afterChangeSeq` in the caller's conversations. */
  async since(
    principal: Principal,
    afterChangeSeq: number,
  ): Promise<{ rows: MessageRow[]; hasMore: boolean }> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM message m
         JOIN conversation_member me ON me.conversation_id = m.conversation_id AND me.user_id = $1
        WHERE m.change_seq > $2 ORDER BY m.change_seq LIMIT $3`,
      [principal.userId, afterChangeSeq, L.catchUpMax + 1],
    );
    return { rows: rows.slice(0, L.catchUpMax), hasMore: rows.length > L.catchUpMax };
  }

  /** The socket form of a catch-up (with attachments). */
  async catchUp(principal: Principal, afterChangeSeq: number): Promise<CatchUpAnswer> {
    const { rows, hasMore } = await this.since(principal, afterChangeSeq);
    const files = await this.attachmentsOf(rows);
    return {
      messages: rows.map((r) => toMessageDto(r, files.get(r.id))),
      hasMore,
      lastChangeSeq: rows.length ? Number(rows[rows.length - 1]!.change_seq) : afterChangeSeq,
    };
  }

  async attachmentsOf(rows: readonly MessageRow[]): Promise<Map<string, Attachment[]>> {
    const live = rows.filter((r) => !r.deleted_at).map((r) => r.id);
    return this.files.attachmentsFor(MESSAGE_SUBJECT, live);
  }

  /** Messages by id, only in conversations the caller is in (reply references). */
  async messagesByIds(principal: Principal, ids: readonly string[]): Promise<Map<string, MessageRow>> {
    const wanted = [...new Set(ids)].filter(isId);
    if (wanted.length === 0) return new Map();
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM message m
        WHERE m.id = ANY($2::uuid[]) AND ${this.access.memberSql('m.conversation_id', '$1')}`,
      [principal.userId, wanted],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The members (not the sender) who have read a message. */
  async readers(principal: Principal, messageId: string): Promise<MemberRow[]> {
    const [message] = (await this.messagesByIds(principal, [messageId])).values();
    if (!message) throw messageNotFound();
    return this.db.query(
      `SELECT conversation_id, user_id, role, joined_at, delivered_seq, read_seq, read_at
         FROM conversation_member
        WHERE conversation_id = $1 AND user_id <> $2 AND read_seq >= $3
        ORDER BY read_at NULLS LAST, joined_at`,
      [message.conversation_id, message.sender_id, message.seq],
    );
  }

  /**
   * Raises the caller's delivered (and, when `read`, read) watermark, never past the newest
   * message; tells the room only when a watermark moved.
   */
  async receipt(
    principal: Principal,
    conversationId: unknown,
    seq: number,
    read: boolean,
  ): Promise<ReceiptResult> {
    if (!isId(conversationId)) throw conversationNotFound();
    const [row] = (await this.db.query(
      `WITH cur AS (
         SELECT me.delivered_seq, me.read_seq, LEAST($3::bigint, c.last_seq) AS target
           FROM conversation_member me JOIN conversation c ON c.id = me.conversation_id
          WHERE me.conversation_id = $1 AND me.user_id = $2
       ), upd AS (
         UPDATE conversation_member me
            SET delivered_seq = GREATEST(me.delivered_seq, cur.target),
                read_seq = CASE WHEN $4 THEN GREATEST(me.read_seq, cur.target) ELSE me.read_seq END,
                read_at = CASE WHEN $4 AND cur.target > me.read_seq THEN now() ELSE me.read_at END
           FROM cur
          WHERE me.conversation_id = $1 AND me.user_id = $2
            AND (cur.target > me.delivered_seq OR ($4 AND cur.target > me.read_seq))
          RETURNING me.delivered_seq, me.read_seq
       )
       SELECT cur.delivered_seq AS old_delivered, cur.read_seq AS old_read,
              upd.delivered_seq, upd.read_seq
         FROM cur LEFT JOIN upd ON true`,
      [conversationId, principal.userId, Math.max(0, Math.trunc(seq)), read],
    )) as {
      old_delivered: string;
      old_read: string;
      delivered_seq: string | null;
      read_seq: string | null;
    }[];
    if (!row) throw conversationNotFound();
    if (row.delivered_seq === null || row.read_seq === null) {
      return { deliveredSeq: Number(row.old_delivered), readSeq: Number(row.old_read), moved: false };
    }
    const event: ReceiptEvent = {
      conversationId,
      userId: principal.userId,
      deliveredSeq: Number(row.delivered_seq),
      readSeq: Number(row.read_seq),
    };
    this.hub.emitMany([
      { room: room(conversationId), event: MESSAGING_EVENTS.receiptUpdated, payload: event },
    ]);
    return { deliveredSeq: event.deliveredSeq, readSeq: event.readSeq, moved: true };
  }

  /** `conversation.typing.updated` to the room, never to the typist's own sockets; no database write. */
  async typingAllowed(principal: Principal, conversationId: unknown): Promise<boolean> {
    return this.access.isMember(principal.userId, conversationId);
  }

  // ------------------------------------------------------------------ JIT workspace channels

  /**
   * The channel of a new JIT workspace, in the workspace's transaction: a conversation of kind JIT
   * named after the workspace, with its members (MEMBER writes, READER only reads). Call
   * `afterJitChannelSync(id, { added: <every member>, removed: [] })` once committed.
   */
  async createJitChannel(
    m: EntityManager,
    input: { workspaceId: string; title: string; createdBy: string | null; members: JitChannelMember[] },
  ): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO conversation (kind, title, jit_workspace_id, created_by) VALUES ('JIT', $1, $2, $3) RETURNING id`,
      [input.title.slice(0, L.titleMax), input.workspaceId, input.createdBy],
    )) as { id: string }[];
    await this.syncJitChannel(m, row!.id, input.members);
    return row!.id;
  }

  /**
   * Makes the channel's members exactly `members` (with their roles), and renames it when `title`
   * is given, in the caller's transaction (the workspace membership change). Answers who was added
   * and removed, for `afterJitChannelSync` once the transaction has committed.
   */
  async syncJitChannel(
    m: EntityManager,
    conversationId: string,
    members: JitChannelMember[],
    title?: string,
  ): Promise<JitChannelSync> {
    await m.query(`SELECT 1 FROM conversation WHERE id = $1 AND kind = 'JIT' FOR UPDATE`, [conversationId]);
    let renamed = false;
    if (title !== undefined) {
      const rows: unknown[] = await m.query(
        `WITH u AS (UPDATE conversation SET title = $2 WHERE id = $1 AND title IS DISTINCT FROM $2 RETURNING 1)
         SELECT * FROM u`,
        [conversationId, title.slice(0, L.titleMax)],
      );
      renamed = rows.length > 0;
    }
    const ids = members.map((x) => x.userId);
    const removed: { user_id: string }[] = await m.query(
      `WITH d AS (DELETE FROM conversation_member WHERE conversation_id = $1 AND NOT (user_id = ANY($2::uuid[]))
                  RETURNING user_id)
       SELECT user_id FROM d`,
      [conversationId, ids],
    );
    const upserted: { user_id: string; inserted: boolean }[] = members.length
      ? await m.query(
          `INSERT INTO conversation_member (conversation_id, user_id, role)
           SELECT $1, u.user_id, u.role FROM unnest($2::uuid[], $3::text[]) AS u(user_id, role)
           ON CONFLICT (conversation_id, user_id) DO UPDATE SET role = EXCLUDED.role
             WHERE conversation_member.role IS DISTINCT FROM EXCLUDED.role
           RETURNING user_id, (xmax = 0) AS inserted`,
          [conversationId, ids, members.map((x) => x.role)],
        )
      : [];
    return {
      added: upserted.filter((r) => r.inserted).map((r) => r.user_id),
      removed: removed.map((r) => r.user_id),
      changed: renamed || upserted.length > 0 || removed.length > 0,
    };
  }

  /** After the sync's transaction committed: sockets join or leave the room; members re-read it. */
  afterJitChannelSync(conversationId: string, result: JitChannelSync): void {
    if (result.added.length > 0) this.hub.join(result.added, [room(conversationId)]);
    if (result.removed.length > 0) this.lostAccess(conversationId, result.removed);
    if (result.changed) this.conversationChanged(conversationId, result.added);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Refuses, before anything is stored, attachments whose kind does not fit the message's scheme
   * (`attachmentScheme`): encrypted uploads for `e2e-v1`, plain ones for `plain`. Ids that are not
   * the caller's uploads are left to `FilesService.attach`, which answers ATTACHMENT_UNAVAILABLE
   * for them and enforces the same rule inside the send's transaction.
   */
  private async requireAttachmentScheme(
    principal: Principal,
    scheme: MessageScheme,
    fileIds: string[],
  ): Promise<void> {
    if (fileIds.length === 0) return;
    const encrypted = scheme === MessageScheme.E2E_V1;
    const kinds = await this.files.encryptionOf(principal, fileIds);
    const mismatched = fileIds.filter((id) => kinds.has(id) && kinds.get(id) !== encrypted);
    if (mismatched.length > 0) throw attachmentScheme(mismatched, encrypted);
  }

  private async requireActive(ids: string[]): Promise<void> {
    const active = new Set((await this.members.activeMembersByIds(ids)).map((u) => u.id));
    const missing = ids.filter((id) => !active.has(id));
    if (missing.length > 0) throw membersUnavailable(missing);
  }

  private async requireGroupAdmin(principal: Principal, id: string, what: string): Promise<void> {
    const membership = await this.access.membership(principal.userId, id);
    if (!membership) throw conversationNotFound();
    if (membership.kind !== ConversationKind.GROUP) throw onlyGroups(what);
    if (membership.role !== ConversationRole.ADMIN) throw notGroupAdmin();
  }

  /** Their sockets leave the room at once (every instance) and are told to forget it. */
  private lostAccess(conversationId: string, userIds: string[]): void {
    this.hub.leave(userIds, [room(conversationId)]);
    this.hub.emit(
      userIds.map((id) => `user:${id}`),
      MESSAGING_EVENTS.conversationRemoved,
      { conversationId },
    );
  }

  /** Members re-read the conversation (title, members, roles); new members are told directly. */
  private conversationChanged(conversationId: string, alsoUsers: string[] = []): void {
    this.hub.emit(
      [room(conversationId), ...alsoUsers.map((id) => `user:${id}`)],
      MESSAGING_EVENTS.conversationUpdated,
      { conversationId },
    );
  }
}

export const room = (conversationId: string) => `conversation:${conversationId}`;

/** A member of a JIT workspace channel: MEMBER writes, READER only reads. */
export interface JitChannelMember {
  userId: string;
  role: typeof ConversationRole.MEMBER | typeof ConversationRole.READER;
}

/** What a channel sync changed. */
export interface JitChannelSync {
  added: string[];
  removed: string[];
  /** Anything at all (title, members, roles): members re-read the conversation. */
  changed: boolean;
}
