import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  type OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { SessionState } from '@cop/contracts';
import type { Server, Socket } from 'socket.io';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import { Authenticator, type Principal } from '../access/principal.js';
import { SessionEvents } from './session.service.js';

/**
 * The socket.io endpoint (same port, path /socket.io). A connection is accepted only with a
 * complete session cookie; it joins `user:<id>` and `session:<id>`. When the session ends on the
 * server (sign-out, ended from another device, suspension, timeout), its sockets are disconnected.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: false, maxHttpBufferSize: 1_000_000 })
export class RealtimeGateway implements OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  @WebSocketServer()
  server!: Server;

  private readonly log = new Logger('Realtime');
  private readonly onEnded = (sessionId: string) => {
    this.server?.in(`session:${sessionId}`).disconnectSockets(true);
  };

  constructor(
    private readonly authenticator: Authenticator,
    private readonly sessionEvents: SessionEvents,
  ) {}

  onModuleInit(): void {
    this.sessionEvents.on('ended', this.onEnded);
  }

  onModuleDestroy(): void {
    this.sessionEvents.off('ended', this.onEnded);
  }

  async handleConnection(client: Socket): Promise<void> {
    const principal = await this.authenticator.authenticate(client.handshake.headers.cookie, {
      ip: client.handshake.address,
      userAgent: client.handshake.headers['user-agent'],
    });
    if (!principal || principal.sessionState !== SessionState.ACTIVE) {
      client.emit('auth.refused', { code: 'UNAUTHENTICATED' });
      client.disconnect(true);
      return;
    }
    (client.data as { principal?: Principal }).principal = principal;
    await client.join([`user:${principal.userId}`, `session:${principal.sessionId}`]);
    this.log.debug?.({ msg: 'socket connected', userId: principal.userId });
  }

  /** Answers who this socket is signed in as (clients use it after reconnecting). */
  @Policy('identity.session.own')
  @SubscribeMessage('session.whoami')
  whoami(@CurrentUser() principal: Principal): { userId: string; role: string; status: string } {
    return { userId: principal.userId, role: principal.role, status: principal.status };
  }
}
