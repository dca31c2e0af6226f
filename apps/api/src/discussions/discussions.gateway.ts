import { UseFilters } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { ErrorCode, THREAD_EVENTS } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { Socket } from 'socket.io';
import { CurrentUser } from '../access/current-user.decorator.js';
import { DiscussionAccess } from '../access/discussion.access.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { AllExceptionsFilter } from '../common/errors/exception.filter.js';

export type JoinAck = { ok: true } | { ok: false; code: string; message: string };

const NOT_FOUND: JoinAck = { ok: false, code: ErrorCode.NOT_FOUND, message: 'No such thread.' };

/**
 * Live threads: a socket joins `thread:<id>` only after the same visibility check as the
 * discussionThread query (a thread one cannot see answers exactly like a missing one), and then
 * receives `thread.post.created`, `thread.post.updated` and `thread.updated` with ids only.
 * A refusal by the access guard arrives as `exception` `{ code, message }` (global filters do not
 * reach gateways, so the filter is named here).
 */
@UseFilters(AllExceptionsFilter)
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: false })
export class DiscussionsGateway {
  constructor(private readonly access: DiscussionAccess) {}

  @Policy('discussions.read')
  @SubscribeMessage(THREAD_EVENTS.join)
  async join(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
  ): Promise<JoinAck> {
    const threadId = (body as { threadId?: unknown } | null)?.threadId;
    if (typeof threadId !== 'string' || !isUUID(threadId)) {
      return { ok: false, code: ErrorCode.BAD_USER_INPUT, message: 'Send { threadId } with a thread id.' };
    }
    if (!(await this.access.canSeeThread(principal.userId, threadId))) return NOT_FOUND;
    await socket.join(`thread:${threadId}`);
    return { ok: true };
  }

  @Policy('discussions.read')
  @SubscribeMessage(THREAD_EVENTS.leave)
  async leave(@MessageBody() body: unknown, @ConnectedSocket() socket: Socket): Promise<JoinAck> {
    const threadId = (body as { threadId?: unknown } | null)?.threadId;
    if (typeof threadId !== 'string' || !isUUID(threadId)) {
      return { ok: false, code: ErrorCode.BAD_USER_INPUT, message: 'Send { threadId } with a thread id.' };
    }
    await socket.leave(`thread:${threadId}`);
    return { ok: true };
  }
}
