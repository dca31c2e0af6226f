import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { Server } from 'socket.io';

/**
 * The baseline of `bench:messaging`, in a process of its own (like the portal, so that neither
 * shares an event loop with the load generator): a bare socket.io server with the portal's socket
 * options, no authentication, no database, the in-memory adapter. A client names its room in the
 * handshake (`auth.conversationId`) and is put in `conversation:<id>` at connect, as the portal
 * does with a member's conversations; `message.send` is relayed as `message.created` to the room
 * except the sender and acknowledged to the sender. Reads PORT; prints "ready" when listening.
 *
 * With DATABASE_URL (BENCH_RELAY_PG=1 in the bench, a diagnostic) it uses the portal's fan-out
 * instead: @socket.io/postgres-adapter on a pool of 3, as common/realtime/postgres-io.adapter.ts
 * does, so that the cost of the adapter alone shows.
 */
interface Send {
  conversationId?: unknown;
  clientId?: unknown;
}

function main(): void {
  const http = createServer();
  const io = new Server(http, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 1_000_000 });
  const pool = process.env.DATABASE_URL
    ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, application_name: 'bench-relay' })
    : null;
  if (pool) io.adapter(createAdapter(pool, { tableName: 'socket_io_attachments' }));
  let seq = 0;
  io.on('connection', (socket) => {
    const room = (socket.handshake.auth as { conversationId?: unknown }).conversationId;
    if (typeof room !== 'string') {
      socket.disconnect(true);
      return;
    }
    void socket.join(`conversation:${room}`);
    socket.on('message.send', (payload: Send, ack?: (answer: unknown) => void) => {
      if (typeof payload?.conversationId !== 'string' || typeof payload.clientId !== 'string') {
        ack?.({ ok: false, code: 'BAD_USER_INPUT', message: 'conversationId and clientId are required' });
        return;
      }
      seq += 1;
      const message = {
        ...payload,
        id: String(seq),
        seq,
        changeSeq: seq,
        createdAt: new Date().toISOString(),
      };
      socket.to(`conversation:${payload.conversationId}`).emit('message.created', { message });
      ack?.({ ok: true, message });
    });
  });
  http.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
  process.on('SIGTERM', () => {
    void io.close(() => void (pool?.end() ?? Promise.resolve()).finally(() => process.exit(0)));
  });
}

main();
