import { Logger, type OnModuleInit, UseFilters } from '@nestjs/common';
import { Ack, ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { ErrorCode, MESSAGING_EVENTS, type MessagingAck, type TypingEvent } from '@cop/contracts';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { ConversationAccess } from '../access/conversation.access.js';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { isAppError } from '../common/errors/app-error.js';
import { AllExceptionsFilter } from '../common/errors/exception.filter.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { toMessageDto } from './messaging.rows.js';
import { MessagingService, room } from './messaging.service.js';

type AckFn = (answer: MessagingAck<object>) => void;
type Failure = Extract<MessagingAck, { ok: false }>;

const INTERNAL: MessagingAck = {
  ok: false,
  code: ErrorCode.INTERNAL,
  message: 'Something went wrong; try again.',
};

function bad(message: string): MessagingAck {
  return { ok: false, code: ErrorCode.BAD_USER_INPUT, message };
}

function isObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Typing and receipts are chatter that costs a membership check each: a member gets this many per
 * 10 s (per api instance) — far above what the web sends (typing every few seconds, receipts
 * debounced) — so a runaway or hostile client cannot keep the database busy with them.
 */
export const CHATTER_LIMITS = { typing: 20, receipt: 60, seconds: 10 } as const;

const RATE_LIMITED: MessagingAck = {
  ok: false,
  code: ErrorCode.RATE_LIMITED,
  message: 'Too many events; slow down.',
};

/**
 * Messaging over the socket. At the handshake (a RealtimeHub connect hook, before the client sees
 * `connect`) the socket joins `conversation:<id>` for each of its member's conversations; adding
 * and removing members moves every socket of theirs in and out (across instances). Every event
 * declares `messaging.use` and checks membership through the same service as GraphQL; a
 * conversation the caller is not in answers `NOT_FOUND` exactly like a missing one. Answers go to
 * the acknowledgement; an event sent without one gets `messaging.error` when it fails. A malformed
 * or oversized event never drops the socket.
 */
@UseFilters(AllExceptionsFilter)
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: false })
export class MessagingGateway implements OnModuleInit {
  private readonly log = new Logger('MessagingGateway');
  private readonly typingLimit = new RateLimiterMemory({
    points: CHATTER_LIMITS.typing,
    duration: CHATTER_LIMITS.seconds,
  });
  private readonly receiptLimit = new RateLimiterMemory({
    points: CHATTER_LIMITS.receipt,
    duration: CHATTER_LIMITS.seconds,
  });

  /** False once the member has used up the limiter's points for the current window. */
  private async within(limiter: RateLimiterMemory, userId: string): Promise<boolean> {
    try {
      await limiter.consume(userId);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }

  constructor(
    private readonly messaging: MessagingService,
    private readonly access: ConversationAccess,
    private readonly hub: RealtimeHub,
  ) {}

  onModuleInit(): void {
    this.hub.onConnect(async (socket, principal) => {
      const ids = await this.access.conversationIdsOf(principal.userId);
      if (ids.length > 0) await socket.join(ids.map(room));
    });
  }

  /** Answers through the acknowledgement, or `messaging.error` when the client gave none. */
  private answer(socket: Socket, ack: AckFn | undefined, answer: MessagingAck<object>): void {
    if (typeof ack === 'function') ack(answer);
    else if (!answer.ok) socket.emit(MESSAGING_EVENTS.error, { code: answer.code, message: answer.message });
  }

  private async run(
    socket: Socket,
    ack: AckFn | undefined,
    work: () => Promise<MessagingAck<object>>,
  ): Promise<void> {
    let answer: MessagingAck<object>;
    try {
      answer = await work();
    } catch (e) {
      if (isAppError(e)) {
        const ext = e.extensions as { code?: string; fields?: Failure['fields'] };
        answer = {
          ok: false,
          code: ext.code ?? ErrorCode.INTERNAL,
          message: e.message,
          ...(ext.fields ? { fields: ext.fields } : {}),
        };
      } else {
        this.log.error({ msg: 'messaging event failed', err: e instanceof Error ? e.message : String(e) });
        answer = INTERNAL;
      }
    }
    this.answer(socket, ack, answer);
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.send)
  async send(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (!isObject(body)) {
        return bad('Send { conversationId, clientId, scheme, payload, replyToId?, attachmentIds? }.');
      }
      const result = await this.messaging.send(principal, {
        conversationId: body.conversationId,
        clientId: body.clientId,
        scheme: body.scheme,
        payload: body.payload,
        replyToId: body.replyToId,
        attachmentIds: body.attachmentIds,
        originSocketId: socket.id,
      });
      return { ok: true, message: toMessageDto(result.row, result.attachments) };
    });
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.edit)
  async edit(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (!isObject(body)) return bad('Send { messageId, scheme, payload }.');
      const row = await this.messaging.edit(principal, body.messageId, body.scheme, body.payload);
      const files = await this.messaging.attachmentsOf([row]);
      return { ok: true, message: toMessageDto(row, files.get(row.id)) };
    });
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.delete)
  async remove(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (!isObject(body)) return bad('Send { messageId }.');
      const row = await this.messaging.delete(principal, body.messageId);
      return { ok: true, message: toMessageDto(row) };
    });
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.receipt)
  async receipt(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (
        !isObject(body) ||
        !isSeq(body.seq) ||
        (body.read !== undefined && typeof body.read !== 'boolean')
      ) {
        return bad('Send { conversationId, seq, read } with seq a whole number ≥ 0.');
      }
      if (!(await this.within(this.receiptLimit, principal.userId))) return RATE_LIMITED;
      const result = await this.messaging.receipt(
        principal,
        body.conversationId,
        body.seq,
        body.read === true,
      );
      return { ok: true, deliveredSeq: result.deliveredSeq, readSeq: result.readSeq };
    });
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.catchUp)
  async catchUp(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (!isObject(body) || !isSeq(body.afterChangeSeq)) {
        return bad('Send { afterChangeSeq } with a whole number ≥ 0.');
      }
      return { ok: true, ...(await this.messaging.catchUp(principal, body.afterChangeSeq)) };
    });
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.typing)
  async typing(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (!isObject(body) || typeof body.typing !== 'boolean') {
        return bad('Send { conversationId, typing } with typing true or false.');
      }
      if (!(await this.within(this.typingLimit, principal.userId))) return RATE_LIMITED;
      if (!(await this.messaging.typingAllowed(principal, body.conversationId))) return notFound();
      const conversationId = (body.conversationId as string).toLowerCase();
      const event: TypingEvent = { conversationId, userId: principal.userId, typing: body.typing };
      socket
        .to(room(conversationId))
        .except(`user:${principal.userId}`)
        .emit(MESSAGING_EVENTS.typingUpdated, event);
      return { ok: true };
    });
  }

  @Policy('messaging.use')
  @SubscribeMessage(MESSAGING_EVENTS.join)
  async join(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
    @Ack() ack: AckFn | undefined,
  ): Promise<void> {
    await this.run(socket, ack, async () => {
      if (!isObject(body)) return bad('Send { conversationId }.');
      if (!(await this.access.isMember(principal.userId, body.conversationId))) return notFound();
      await socket.join(room((body.conversationId as string).toLowerCase()));
      return { ok: true };
    });
  }
}

function notFound(): MessagingAck {
  return { ok: false, code: ErrorCode.NOT_FOUND, message: 'No such conversation.' };
}
