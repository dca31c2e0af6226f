import { Logger, type OnModuleDestroy, type OnModuleInit, UseFilters } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { SessionState } from '@cop/contracts';
import type { Server, Socket } from 'socket.io';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import { Authenticator, type Principal } from '../access/principal.js';
import { AllExceptionsFilter } from '../common/errors/exception.filter.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { SessionEvents, SessionService } from './session.service.js';

/**
 * Between api instances: a session ended or rotated ({ sessionId }), or an account changed
 * ({ userId }), to be forgotten (SessionService.forget / forgetAccount).
 */
const SESSION_CHANGED = 'cop:session-changed';

/**
 * The socket.io endpoint (same port, path /socket.io). A connection is accepted only with a
 * complete session cookie (checked at the handshake); it joins `user:<id>` and `session:<id>`. When the session ends on the
 * server (sign-out, ended from another device, suspension, timeout), its sockets are disconnected.
 */
// Nest does not apply the app-wide filter to gateways: errors reach the client as `exception`.
@UseFilters(AllExceptionsFilter)
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: false, maxHttpBufferSize: 1_000_000 })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  @WebSocketServer()
  server!: Server;

  private readonly log = new Logger('Realtime');
  private readonly onEnded = (sessionId: string) => {
    this.server?.in(`session:${sessionId}`).disconnectSockets(true);
  };
  private readonly onChanged = (sessionId: string) => {
    this.server?.serverSideEmit(SESSION_CHANGED, { sessionId });
  };
  private readonly onAccountChanged = (userId: string) => {
    this.server?.serverSideEmit(SESSION_CHANGED, { userId });
  };

  constructor(
    private readonly authenticator: Authenticator,
    private readonly sessionEvents: SessionEvents,
    private readonly hub: RealtimeHub,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.sessionEvents.on('ended', this.onEnded);
    this.sessionEvents.on('changed', this.onChanged);
    this.sessionEvents.on('account-changed', this.onAccountChanged);
  }

  onModuleDestroy(): void {
    this.sessionEvents.off('ended', this.onEnded);
    this.sessionEvents.off('changed', this.onChanged);
    this.sessionEvents.off('account-changed', this.onAccountChanged);
  }

  /**
   * Authenticates at the handshake, before the connection is accepted: the client sees `connect`
   * only once its caller is known, and a refusal arrives as `connect_error` (UNAUTHENTICATED).
   */
  afterInit(server: Server): void {
    this.hub.attach(server);
    // Sessions ended or rotated through another instance: forgotten here too.
    server.on(SESSION_CHANGED, (change: { sessionId?: unknown; userId?: unknown } | null) => {
      if (typeof change?.sessionId === 'string') this.sessions.forget(change.sessionId);
      if (typeof change?.userId === 'string') this.sessions.forgetAccount(change.userId);
    });
    server.use((socket, next) => {
      this.authenticator
        .authenticate(socket.handshake.headers.cookie, {
          ip: socket.handshake.address,
          userAgent: socket.handshake.headers['user-agent'],
        })
        .then((principal) => {
          if (!principal || principal.sessionState !== SessionState.ACTIVE) {
            next(new Error('UNAUTHENTICATED'));
            return;
          }
          (socket.data as { principal?: Principal }).principal = principal;
          // Rooms of other domains (messaging: every conversation) are joined before `connect`.
          return this.hub.runConnectHooks(socket, principal).then(() => next());
        })
        .catch(() => next(new Error('UNAVAILABLE')));
    });
  }

  async handleConnection(client: Socket): Promise<void> {
    const principal = (client.data as { principal?: Principal }).principal;
    if (!principal) {
      client.disconnect(true);
      return;
    }
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
