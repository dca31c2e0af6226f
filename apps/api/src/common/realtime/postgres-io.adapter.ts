import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { isObservable, type Observable } from 'rxjs';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Server, ServerOptions, Socket } from 'socket.io';

/**
 * The adapter's heartbeats: how often an instance says it is alive when it has published nothing
 * else, and how long the others keep counting it after it last spoke. Messaging skips its fan-out
 * while no other instance is counted (RealtimeHub.emitMany), so the timeout is generous: an
 * instance busy for a few seconds must not be forgotten (its sockets would miss live messages
 * until its next heartbeat); a crashed one is only published to in vain for that long.
 */
export const REALTIME_HEARTBEAT = { intervalMs: 5_000, timeoutMs: 30_000 } as const;

/**
 * socket.io across api instances: every broadcast, room emit and `disconnectSockets` goes through
 * PostgreSQL LISTEN/NOTIFY (@socket.io/postgres-adapter), so a session ended on one instance drops
 * its sockets on all of them, with no broker beside PostgreSQL. Large payloads pass through the
 * `socket_io_attachments` table, created by a migration.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly pool: pg.Pool;
  private readonly log = new Logger('Realtime');

  constructor(app: INestApplicationContext, databaseUrl: string) {
    super(app);
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 3,
      application_name: 'cop-portal-realtime',
    });
    this.pool.on('error', (err) => this.log.warn({ msg: 'realtime pool error', err: err.message }));
    // The adapter keeps one client checked out for LISTEN and reconnects when it ends, but it does
    // not handle the client's 'error' (a database restart would crash the process) nor give the
    // dead client back to the pool (each restart would leak a slot). Both are handled here.
    this.pool.on('connect', (client) => {
      client.on('error', (err) => this.log.warn({ msg: 'realtime connection lost', err: err.message }));
      client.on('end', () => {
        try {
          (client as pg.PoolClient).release(true);
        } catch {
          // an idle client: the pool removes it by itself
        }
      });
    });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(
      createAdapter(this.pool, {
        tableName: 'socket_io_attachments',
        heartbeatInterval: REALTIME_HEARTBEAT.intervalMs,
        heartbeatTimeout: REALTIME_HEARTBEAT.timeoutMs,
        errorHandler: (err: Error) => this.log.warn({ msg: 'realtime fan-out error', err: err.message }),
      }),
    );
    return server;
  }

  /**
   * Binds the gateways' @SubscribeMessage handlers to a socket like Nest's IoAdapter does —
   * `callback` is Nest's handler with its guards, pipes and exception filters — but with a plain
   * listener per event instead of an rxjs pipeline per event (fromEvent → mergeMap → defer →
   * filter → map → catchError → takeUntil), whose objects were a tenth of the server's CPU per
   * message in `bench:messaging`, and as much again in garbage collection. Same outcomes: a
   * returned `{ event, data }` is emitted, another non-null value answers the acknowledgement
   * unless the handler takes @Ack() itself, an error that escapes the filters is logged, and
   * nothing is sent once the socket has disconnected.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args);
        const answer = (response: unknown): void => {
          if (response === null || response === undefined || socket.disconnected) return;
          const reply = response as { event?: string; data?: unknown };
          if (reply.event) {
            socket.emit(reply.event, reply.data);
            return;
          }
          if (!isAckHandledManually && typeof ack === 'function') (ack as (r: unknown) => void)(response);
        };
        const failed = (err: unknown): void => this.log.error(err);
        let result: unknown;
        try {
          result = callback(data, ack);
        } catch (err) {
          failed(err);
          return;
        }
        if (isObservable(result)) {
          transform(result).subscribe({ next: answer, error: failed });
        } else if (result instanceof Promise) {
          result.then((value: unknown) => {
            if (isObservable(value)) transform(value).subscribe({ next: answer, error: failed });
            else answer(value);
          }, failed);
        } else {
          answer(result);
        }
      });
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    // A LISTEN connection being re-established when the database went away must not hold the
    // shutdown: give the pool a few seconds, then leave.
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([
      this.pool.end().then(
        () => true,
        () => true,
      ),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), 5000);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    if (!ended) this.log.warn({ msg: 'realtime connections did not close in time; leaving them behind' });
  }
}
