import { UseFilters } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { ErrorCode, JIT_EVENTS, type JitJoinAck } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { Socket } from 'socket.io';
import { CurrentUser } from '../access/current-user.decorator.js';
import { JitAccess, jitRoom } from '../access/jit.access.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { isAppError } from '../common/errors/app-error.js';
import { AllExceptionsFilter } from '../common/errors/exception.filter.js';

const BAD_BODY: JitJoinAck = {
  ok: false,
  error: { code: ErrorCode.BAD_USER_INPUT, message: 'Send { workspaceId } with a workspace id.' },
};

/**
 * Live workspaces: a socket joins `jit:<id>` only after the same checks as the jitWorkspace query
 * — a second factor on the account (FORBIDDEN `JIT_MFA_REQUIRED` otherwise), then current
 * membership (a workspace one is not in answers exactly like a missing one: NOT_FOUND) — and then
 * receives `jit.changed { workspaceId, area }` (ids only). Removing a member takes their sockets out
 * of the room at once and sends them `jit.removed` on their own room.
 */
@UseFilters(AllExceptionsFilter)
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: false })
export class JitGateway {
  constructor(private readonly access: JitAccess) {}

  @Policy('jit.use')
  @SubscribeMessage(JIT_EVENTS.join)
  async join(
    @MessageBody() body: unknown,
    @ConnectedSocket() socket: Socket,
    @CurrentUser() principal: Principal,
  ): Promise<JitJoinAck> {
    const workspaceId = (body as { workspaceId?: unknown } | null)?.workspaceId;
    try {
      // Second factor first; then a malformed or guessed id answers like a missing workspace.
      await this.access.requireMember(principal, workspaceId);
    } catch (e) {
      if (isAppError(e)) {
        const ext = e.extensions as { code?: string };
        return { ok: false, error: { code: ext.code ?? ErrorCode.INTERNAL, message: e.message } };
      }
      throw e;
    }
    await socket.join(jitRoom((workspaceId as string).toLowerCase()));
    return { ok: true };
  }

  @Policy('jit.use')
  @SubscribeMessage(JIT_EVENTS.leave)
  async leave(@MessageBody() body: unknown, @ConnectedSocket() socket: Socket): Promise<JitJoinAck> {
    const workspaceId = (body as { workspaceId?: unknown } | null)?.workspaceId;
    if (typeof workspaceId !== 'string' || !isUUID(workspaceId)) return BAD_BODY;
    await socket.leave(jitRoom(workspaceId.toLowerCase()));
    return { ok: true };
  }
}
