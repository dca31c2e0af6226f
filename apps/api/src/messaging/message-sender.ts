import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConversationRole, MESSAGING_EVENTS, type MessageEvent, MessageScheme } from '@cop/contracts';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ConversationAccess } from '../access/conversation.access.js';
import { DATABASE_URL } from '../database/database.module.js';
import type { Principal } from '../access/principal.js';
import { isAppError } from '../common/errors/app-error.js';
import { RealtimeHub, type RoomEvent } from '../common/realtime/realtime-hub.js';
import type { Attachment } from '../files/dto/attachment.type.js';
import { FilesService } from '../files/files.service.js';
import {
  conversationNotFound,
  encryptionRequired,
  readOnlyChannel,
  replyNotInConversation,
  unknownSendingDevice,
} from './messaging.errors.js';
import { MESSAGE_SUBJECT, type MessageRow, toMessageDto } from './messaging.rows.js';
import { MESSAGING_TUNING, type MessagingTuning } from './messaging.tuning.js';
import { badInput } from '../common/validation/validation.pipe.js';

/** One send, already validated (scheme, size, ids). */
export interface SendRequest {
  conversationId: string;
  clientId: string;
  scheme: string;
  payload: string;
  /** `e2e-v1`: the envelope's sending device (checked against the sender's devices); else null. */
  sendingDeviceId: string | null;
  replyToId: string | null;
  attachmentIds: string[];
  /** The sending socket, left out of the room's `message.created` (its ack carries the message). */
  originSocketId: string | null;
}

export interface SendResult {
  row: MessageRow;
  attachments: Attachment[];
  /** False when a retry found the message stored earlier. */
  created: boolean;
}

interface Pending {
  principal: Principal;
  request: SendRequest;
  waiters: { resolve: (r: SendResult) => void; reject: (e: unknown) => void }[];
}

/**
 * The transaction-scoped advisory lock every change to `message` takes before it draws from
 * `message_change_seq`: sequence order is then commit order, on every api instance, so a client
 * that has seen change N never misses a change below N that commits later (catch-up is exact).
 */
export const MESSAGE_SEQ_LOCK = `SELECT pg_advisory_xact_lock(hashtext('cop:message_change_seq'))`;

const RETURNED = `id, conversation_id, sender_id, client_id, seq, change_seq, scheme, payload, reply_to_id,
  created_at, edited_at, deleted_at`;

/**
 * One statement for a whole batch of sends: takes the sequence lock (when `locked`: the statement
 * is then its own transaction, and the lock is held until it commits) before drawing, checks that each sender is a member of the
 * conversation (and that a reply is to a message of the same conversation), draws the sequence in
 * arrival order, inserts (a retry with the same (sender, clientId) inserts nothing), and moves the
 * conversations' last_seq/last_message_at and each sender's own watermarks.
 *
 * End-to-end encryption, in the same statement: an `e2e-v1` send carries its envelope's sending
 * device (`$7`, null for `plain`), which must be a current (not removed) device of the sender; a
 * `plain` send is dropped when its conversation is encrypted (`e2e_since`), or when an `e2e-v1`
 * send to the same conversation comes before it in the batch; the first `e2e-v1` message sets
 * `e2e_since`. The conversation rows are read `FOR NO KEY UPDATE` (the lock the `conv` update
 * takes anyway): the statement's snapshot predates the advisory lock, and the row lock makes it
 * wait for, and see, an `e2e_since` that a concurrent batch or edit has just set. A dropped send is
 * explained by `answerNotInserted`.
 */
const insertBatch = (locked: boolean): string => `
WITH ${locked ? `lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtext('cop:message_change_seq'))),` : ''}
u AS (
  SELECT u.*, c.e2e_since
    FROM ${locked ? 'lock, ' : ''}unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[])
         WITH ORDINALITY AS u(conversation_id, sender_id, client_id, scheme, payload, reply_to_id, device_id, ord)
    JOIN conversation_member cm ON cm.conversation_id = u.conversation_id AND cm.user_id = u.sender_id
         AND cm.role <> 'READER'
    JOIN conversation c ON c.id = u.conversation_id
   WHERE (u.reply_to_id IS NULL
          OR EXISTS (SELECT 1 FROM message r WHERE r.id = u.reply_to_id AND r.conversation_id = u.conversation_id))
     AND (u.device_id IS NULL
          OR EXISTS (SELECT 1 FROM user_device d
                      WHERE d.id = u.device_id AND d.user_id = u.sender_id AND d.removed_at IS NULL))
     FOR NO KEY UPDATE OF c
), x AS (
  SELECT w.* FROM (
    SELECT u.*, bool_or(u.device_id IS NOT NULL) OVER (PARTITION BY u.conversation_id ORDER BY u.ord
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS e2e_before
      FROM u) w
   WHERE w.device_id IS NOT NULL OR (w.e2e_since IS NULL AND w.e2e_before IS NOT TRUE)
), s AS (
  SELECT x.*, nextval('message_change_seq') AS seq FROM x ORDER BY x.ord
), ins AS (
  INSERT INTO message (conversation_id, sender_id, client_id, seq, change_seq, scheme, payload, reply_to_id)
  SELECT conversation_id, sender_id, client_id, seq, seq, scheme, payload, reply_to_id FROM s ORDER BY ord
  ON CONFLICT (sender_id, client_id) DO NOTHING
  RETURNING ${RETURNED}
), conv AS (
  UPDATE conversation c SET last_seq = GREATEST(c.last_seq, a.seq), last_message_at = GREATEST(c.last_message_at, a.at),
         e2e_since = COALESCE(c.e2e_since, a.e2e_at)
    FROM (SELECT conversation_id, max(seq) AS seq, max(created_at) AS at,
                 min(created_at) FILTER (WHERE scheme = '${MessageScheme.E2E_V1}') AS e2e_at
            FROM ins GROUP BY conversation_id) a
   WHERE c.id = a.conversation_id
), own AS (
  UPDATE conversation_member cm
     SET read_seq = GREATEST(cm.read_seq, a.seq), delivered_seq = GREATEST(cm.delivered_seq, a.seq)
    FROM (SELECT conversation_id, sender_id, max(seq) AS seq FROM ins GROUP BY conversation_id, sender_id) a
   WHERE cm.conversation_id = a.conversation_id AND cm.user_id = a.sender_id
)
SELECT * FROM ins`;

const LOCKED_BATCH = insertBatch(true);

/** How often a device's `last_seen_at` moves at most (per api instance). */
const DEVICE_SEEN_EVERY_MS = 5 * 60_000;

/**
 * Group commit of sends. Sends that arrive within the same turn of the event loop (or while a
 * flush is running) are queued and written by ONE statement in ONE transaction; only after COMMIT
 * is each send answered and its `message.created` emitted (once, to the conversation's room). A
 * failed batch answers every send in it with the error; clients retry with the same clientId.
 * One flush runs at a time per instance while the next batch fills (the sequence lock would
 * serialise them anyway); a queue of `sendBatchMax` flushes without waiting for the next turn, and
 * one statement takes up to `sendStatementMax` sends.
 *
 * Sends with attachments go through the same statement, one per transaction, because attaching
 * files is a statement of its own per message.
 */
@Injectable()
export class MessageSender implements OnModuleDestroy {
  private readonly log = new Logger('MessageSender');
  /**
   * The batch statement's own connections. Its plan does not depend on the values (arrays of
   * whatever length, joined on primary keys), so they use the generic plan from the first
   * execution (`plan_cache_mode`): PostgreSQL would otherwise re-plan the whole statement at every
   * batch, which cost more than running a small one. Two suffice since one flush runs at a time;
   * sends never wait behind GraphQL queries for a connection, nor those behind sends.
   */
  private readonly sendPool: pg.Pool;
  private queue = new Map<string, Pending>();
  private flushing = false;
  private scheduled = false;
  private readonly committedListeners: ((conversationIds: Set<string>) => void)[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConversationAccess,
    private readonly files: FilesService,
    private readonly hub: RealtimeHub,
    @Inject(MESSAGING_TUNING) private readonly tuning: MessagingTuning,
    @Inject(DATABASE_URL) databaseUrl: string,
  ) {
    this.sendPool = new pg.Pool({
      connectionString: databaseUrl,
      max: 2,
      connectionTimeoutMillis: 5000,
      application_name: 'cop-portal-messaging',
      options: '-c plan_cache_mode=force_generic_plan',
    });
    this.sendPool.on('error', (err) => this.log.warn({ msg: 'messaging pool error', err: err.message }));
  }

  async onModuleDestroy(): Promise<void> {
    await this.sendPool.end();
  }

  /** Called after each commit with the conversations that got new messages (offline e-mails). */
  onCommitted(listener: (conversationIds: Set<string>) => void): void {
    this.committedListeners.push(listener);
  }

  send(principal: Principal, request: SendRequest): Promise<SendResult> {
    return new Promise<SendResult>((resolve, reject) => {
      if (request.attachmentIds.length > 0) {
        const one: Pending = { principal, request, waiters: [{ resolve, reject }] };
        void this.commit(new Map([[this.key(principal, request), one]]), true);
        return;
      }
      const key = this.key(principal, request);
      const pending = this.queue.get(key);
      if (pending) pending.waiters.push({ resolve, reject });
      else this.queue.set(key, { principal, request, waiters: [{ resolve, reject }] });
      this.schedule();
    });
  }

  private key(principal: Principal, request: SendRequest): string {
    return `${principal.userId}:${request.clientId.toLowerCase()}`;
  }

  private schedule(): void {
    if (this.flushing) return; // the running flush takes the queue when it ends
    if (this.queue.size >= this.tuning.sendBatchMax) {
      void this.flush();
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.queue.size === 0) return;
    this.flushing = true;
    try {
      while (this.queue.size > 0) {
        const batch = new Map<string, Pending>();
        for (const [key, pending] of this.queue) {
          batch.set(key, pending);
          this.queue.delete(key);
          if (batch.size >= this.tuning.sendStatementMax) break;
        }
        await this.commit(batch, false);
      }
    } finally {
      this.flushing = false;
    }
  }

  /** Writes one batch and answers its sends; never throws. */
  private async commit(batch: Map<string, Pending>, withAttachments: boolean): Promise<void> {
    const items = [...batch.values()];
    const params = [
      items.map((i) => i.request.conversationId),
      items.map((i) => i.principal.userId),
      items.map((i) => i.request.clientId),
      items.map((i) => i.request.scheme),
      items.map((i) => i.request.payload),
      items.map((i) => i.request.replyToId),
      items.map((i) => i.request.sendingDeviceId),
    ];
    let inserted: MessageRow[];
    const attachments = new Map<string, Attachment[]>();
    try {
      if (withAttachments) {
        inserted = await this.db.transaction(async (m) => {
          await m.query(MESSAGE_SEQ_LOCK);
          const rows: MessageRow[] = await m.query(insertBatch(false), params);
          for (const row of rows) {
            const item = batch.get(`${row.sender_id}:${row.client_id}`)!;
            // Encrypted files for an encrypted message, plain ones otherwise (checked before the
            // send was queued; enforced here too, inside the transaction).
            const files = await this.files.attach(
              item.principal,
              item.request.attachmentIds,
              { type: MESSAGE_SUBJECT, id: row.id },
              m,
              { encrypted: row.scheme === MessageScheme.E2E_V1 },
            );
            attachments.set(row.id, files);
          }
          return rows;
        });
      } else {
        // One statement, its own transaction: one round trip and one commit for the whole batch.
        // Named, so each pooled connection plans it once (planning costs about as much as running
        // a small batch).
        inserted = (
          await this.sendPool.query<MessageRow>({
            name: 'messaging-send-batch',
            text: LOCKED_BATCH,
            values: params,
          })
        ).rows;
      }
    } catch (e) {
      if (!isAppError(e)) {
        this.log.error({ msg: 'message batch failed', size: items.length, err: (e as Error).message });
      }
      for (const item of items) for (const w of item.waiters) w.reject(e);
      return;
    }

    const touched = new Set<string>();
    const events: RoomEvent[] = [];
    for (const row of inserted) {
      touched.add(row.conversation_id);
      const event: MessageEvent = { message: toMessageDto(row, attachments.get(row.id)) };
      const origin = batch.get(`${row.sender_id}:${row.client_id}`)?.request.originSocketId;
      events.push({
        room: `conversation:${row.conversation_id}`,
        event: MESSAGING_EVENTS.created,
        payload: event,
        ...(origin ? { except: origin } : {}),
      });
    }
    // Once per message, to its conversation's room, all in one adapter message for other instances.
    this.hub.emitMany(events);
    for (const row of inserted) {
      const item = batch.get(`${row.sender_id}:${row.client_id}`);
      for (const w of item?.waiters ?? [])
        w.resolve({ row, attachments: attachments.get(row.id) ?? [], created: true });
    }
    if (touched.size > 0) for (const listener of this.committedListeners) listener(touched);
    this.touchDevices(inserted, batch);

    const answered = new Set(inserted.map((r) => `${r.sender_id}:${r.client_id}`));
    const missing = [...batch].filter(([key]) => !answered.has(key)).map(([, item]) => item);
    if (missing.length === 0) return;
    let stored = new Map<string, MessageRow>();
    try {
      stored = new Map((await this.existing(missing)).map((r) => [`${r.sender_id}:${r.client_id}`, r]));
    } catch (e) {
      for (const item of missing) for (const w of item.waiters) w.reject(e);
      return;
    }
    for (const item of missing) {
      void this.answerNotInserted(item, stored.get(this.key(item.principal, item.request)) ?? null);
    }
  }

  /** Messages already stored under the same (sender, clientId): retries. */
  private existing(items: Pending[]): Promise<MessageRow[]> {
    return this.db.query(
      `SELECT ${RETURNED} FROM message
        WHERE (sender_id, client_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
      [items.map((i) => i.principal.userId), items.map((i) => i.request.clientId)],
    );
  }

  /** Device ids whose `last_seen_at` this instance moved recently (at most once per interval). */
  private readonly devicesSeen = new Map<string, number>();

  /**
   * Moves `last_seen_at` of the devices that just sent, at most once per `DEVICE_SEEN_EVERY_MS`
   * per device and instance, after the batch answered: never on the send's path.
   */
  private touchDevices(inserted: MessageRow[], batch: Map<string, Pending>): void {
    const now = Date.now();
    const due: string[] = [];
    for (const row of inserted) {
      const device = batch.get(`${row.sender_id}:${row.client_id}`)?.request.sendingDeviceId;
      if (!device || now - (this.devicesSeen.get(device) ?? 0) < DEVICE_SEEN_EVERY_MS) continue;
      this.devicesSeen.set(device, now);
      due.push(device);
    }
    if (due.length === 0) return;
    if (this.devicesSeen.size > 10_000) {
      for (const [id, at] of this.devicesSeen)
        if (now - at >= DEVICE_SEEN_EVERY_MS) this.devicesSeen.delete(id);
    }
    this.db
      .query(`UPDATE user_device SET last_seen_at = now() WHERE id = ANY($1::uuid[])`, [due])
      .catch((e: Error) => this.log.warn({ msg: 'device last_seen_at not updated', err: e.message }));
  }

  /**
   * A retry answers the stored message; otherwise not a member (NOT_FOUND), a reader (FORBIDDEN),
   * a sending device that is not a current device of the sender, a `plain` send to an encrypted
   * conversation (`encryptionRequired`), or a bad reply.
   */
  private async answerNotInserted(item: Pending, stored: MessageRow | null): Promise<void> {
    const { principal, request } = item;
    try {
      let result: SendResult;
      if (stored) {
        if (stored.conversation_id !== request.conversationId) {
          throw badInput([
            {
              field: 'clientId',
              code: 'clientIdReused',
              message: 'This clientId was used for another message.',
            },
          ]);
        }
        if (!(await this.access.isMember(principal.userId, stored.conversation_id)))
          throw conversationNotFound();
        const files = await this.files.attachmentsFor(MESSAGE_SUBJECT, [stored.id]);
        result = { row: stored, attachments: files.get(stored.id) ?? [], created: false };
      } else {
        // Only on this failure path: a member who may only read, a sending device that is not
        // theirs (or removed), plain text in an encrypted conversation, or a reply elsewhere.
        const membership = await this.access.membership(principal.userId, request.conversationId);
        if (!membership) throw conversationNotFound();
        if (membership.role === ConversationRole.READER) throw readOnlyChannel();
        const [state] = (await this.db.query(
          `SELECT c.e2e_since IS NOT NULL AS encrypted,
                  EXISTS (SELECT 1 FROM user_device d WHERE d.id = $2 AND d.user_id = $3 AND d.removed_at IS NULL)
                    AS device_ok
             FROM conversation c WHERE c.id = $1`,
          [request.conversationId, request.sendingDeviceId, principal.userId],
        )) as { encrypted: boolean; device_ok: boolean }[];
        if (request.sendingDeviceId && !state?.device_ok) throw unknownSendingDevice();
        if (request.scheme === MessageScheme.PLAIN && state?.encrypted) throw encryptionRequired();
        throw replyNotInConversation();
      }
      for (const w of item.waiters) w.resolve(result);
    } catch (e) {
      for (const w of item.waiters) w.reject(e);
    }
  }
}
