import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  MESSAGING_EVENTS,
  type MessageEvent,
  type MessagingAck,
  MessageScheme,
  type SendMessageRequest,
} from '@cop/contracts';
import { io, type Socket } from 'socket.io-client';

/**
 * A load generator of `bench:messaging`, forked by messaging.bench.ts (one or more of them, each
 * with whole conversations, so that a sender and its receivers share this process's clock and
 * map of messages in flight). Driven over IPC:
 *
 * - `connect`: opens one socket.io client per member (session cookie for the portal, the room in
 *   the handshake for the bare relay), spread over `spreadMs`;
 * - `run`: sends `message.send` at a fixed open-loop rate, round-robin over the members (one
 *   conversation after another), for `seconds`, then waits up to `drainMs` for every ack and every
 *   delivery, and answers with the latencies (send → ack at the sender, send → `message.created` at
 *   each of the 3 other members) and the counts of what never came;
 * - `close`: disconnects and exits.
 */

export interface ClientSpec {
  userId: string;
  conversationId: string;
  /** Position in the conversation (0..3): one bit in a message's delivery mask. */
  index: number;
  /** `cop_session=…` for the portal; absent for the bare relay. */
  cookie?: string;
}

export type ToLoad =
  | { kind: 'connect'; url: string; clients: ClientSpec[]; spreadMs: number }
  | { kind: 'run'; rate: number; seconds: number; drainMs: number }
  | { kind: 'close' };

export interface RunResult {
  sent: number;
  acked: number;
  ackFailed: number;
  ackCodes: Record<string, number>;
  expectedDeliveries: number;
  delivered: number;
  duplicates: number;
  /** Deliveries of a message not in flight in this step (late from an earlier one, or unknown). */
  stray: number;
  /** Delivered to a member of another conversation. */
  misrouted: number;
  disconnects: number;
  deliveryMs: Float64Array;
  ackMs: Float64Array;
  /** How late the generator was against its schedule (its own saturation), worst and p99. */
  lagMaxMs: number;
  lagP99Ms: number;
  /** Send rate achieved over the step. */
  achievedRate: number;
  /** This generator's CPU use over the step (sending and draining), in % of one core. */
  cpuPct: number;
}

export type FromLoad =
  | { kind: 'connected'; ok: number; failed: number; errors: string[] }
  | { kind: 'result'; result: RunResult }
  /** Successful acks over the process's life, late ones included (for the persistence check). */
  | { kind: 'closed'; okAcks: number };

interface InFlight {
  t: number;
  /** Bits of the members still to receive it. */
  missing: number;
  acked: boolean;
}

const ROOM_SIZE = 4;
const FULL = (1 << ROOM_SIZE) - 1;
const PAYLOAD = 'Bench message: the shipment left the port on Tuesday, same container as before. '.repeat(2);

const sockets: { spec: ClientSpec; socket: Socket }[] = [];
let inFlight = new Map<string, InFlight>();
let outstandingAcks = 0;
let outstandingDeliveries = 0;
let counters = fresh();
/** Which run a callback belongs to: an ack arriving after its run's drain is not counted. */
let generation = 0;
let okAcks = 0;

function fresh() {
  return {
    acked: 0,
    ackFailed: 0,
    ackCodes: {} as Record<string, number>,
    delivered: 0,
    duplicates: 0,
    stray: 0,
    misrouted: 0,
    disconnects: 0,
    deliveryMs: [] as number[],
    ackMs: [] as number[],
  };
}

function send(to: FromLoad): void {
  process.send!(to);
}

async function connect(url: string, clients: ClientSpec[], spreadMs: number): Promise<void> {
  const errors: string[] = [];
  let ok = 0;
  let failed = 0;
  const gap = clients.length > 1 ? spreadMs / clients.length : 0;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (const [i, spec] of clients.entries()) {
    const wait = start + i * gap - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 60_000,
      ...(spec.cookie ? { extraHeaders: { cookie: spec.cookie } } : {}),
      auth: { conversationId: spec.conversationId },
    });
    sockets.push({ spec, socket });
    socket.on(MESSAGING_EVENTS.created, (event: MessageEvent) => onCreated(spec, event));
    socket.on('disconnect', () => (counters.disconnects += 1));
    pending.push(
      new Promise<void>((resolve) => {
        socket.once('connect', () => {
          ok += 1;
          resolve();
        });
        socket.once('connect_error', (err: Error) => {
          failed += 1;
          if (errors.length < 5) errors.push(err.message);
          resolve();
        });
      }),
    );
  }
  await Promise.all(pending);
  send({ kind: 'connected', ok, failed, errors });
}

function onCreated(spec: ClientSpec, event: MessageEvent): void {
  const now = performance.now();
  const message = event.message;
  const flight = inFlight.get(message.clientId);
  if (!flight) {
    // the sender's own echo of an earlier step, or a late delivery: not this step's business
    if (message.senderId !== spec.userId) counters.stray += 1;
    return;
  }
  if (message.senderId === spec.userId) return; // the portal also tells the sender's own sockets
  if (message.conversationId !== spec.conversationId) {
    counters.misrouted += 1;
    return;
  }
  const bit = 1 << spec.index;
  if (!(flight.missing & bit)) {
    counters.duplicates += 1;
    return;
  }
  flight.missing &= ~bit;
  outstandingDeliveries -= 1;
  counters.delivered += 1;
  counters.deliveryMs.push(now - flight.t);
}

async function run(rate: number, seconds: number, drainMs: number): Promise<void> {
  counters = fresh();
  inFlight = new Map();
  const current = ++generation;
  outstandingAcks = 0;
  outstandingDeliveries = 0;
  // one conversation after another, so that consecutive sends hit different rooms and senders
  const order = [...sockets].sort((a, b) => a.spec.index - b.spec.index);
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const lags: number[] = [];
  let sent = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor((now - start) / interval) + 1);
      if (sent < due) lags.push(now - (start + sent * interval));
      while (sent < due) {
        const { spec, socket } = order[sent % order.length]!;
        sent += 1;
        const request: SendMessageRequest = {
          conversationId: spec.conversationId,
          clientId: randomUUID(),
          scheme: MessageScheme.PLAIN,
          payload: PAYLOAD,
        };
        const flight: InFlight = { t: performance.now(), missing: FULL & ~(1 << spec.index), acked: false };
        inFlight.set(request.clientId, flight);
        outstandingAcks += 1;
        outstandingDeliveries += ROOM_SIZE - 1;
        socket.emit(
          MESSAGING_EVENTS.send,
          request,
          (ack: MessagingAck<{ message?: { clientId: string } }>) => {
            if (ack.ok) okAcks += 1;
            if (flight.acked || current !== generation) return;
            flight.acked = true;
            outstandingAcks -= 1;
            counters.ackMs.push(performance.now() - flight.t);
            if (ack.ok) counters.acked += 1;
            else {
              counters.ackFailed += 1;
              counters.ackCodes[ack.code] = (counters.ackCodes[ack.code] ?? 0) + 1;
            }
          },
        );
      }
      if (sent >= total) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(tick, 1);
  });
  const sentAt = performance.now();
  while ((outstandingAcks > 0 || outstandingDeliveries > 0) && performance.now() - sentAt < drainMs) {
    await new Promise((r) => setTimeout(r, 10));
  }
  const used = process.cpuUsage(cpu);
  const cpuPct = (used.user + used.system) / 10 / (performance.now() - start);
  lags.sort((a, b) => a - b);
  const result: RunResult = {
    sent,
    acked: counters.acked,
    ackFailed: counters.ackFailed,
    ackCodes: counters.ackCodes,
    expectedDeliveries: sent * (ROOM_SIZE - 1),
    delivered: counters.delivered,
    duplicates: counters.duplicates,
    stray: counters.stray,
    misrouted: counters.misrouted,
    disconnects: counters.disconnects,
    deliveryMs: Float64Array.from(counters.deliveryMs),
    ackMs: Float64Array.from(counters.ackMs),
    lagMaxMs: lags.at(-1) ?? 0,
    lagP99Ms: lags[Math.floor(lags.length * 0.99)] ?? 0,
    achievedRate: (sent * 1000) / (sentAt - start),
    cpuPct,
  };
  send({ kind: 'result', result });
}

process.on('message', (message: ToLoad) => {
  switch (message.kind) {
    case 'connect':
      void connect(message.url, message.clients, message.spreadMs);
      break;
    case 'run':
      void run(message.rate, message.seconds, message.drainMs);
      break;
    case 'close':
      for (const { socket } of sockets) socket.close();
      send({ kind: 'closed', okAcks });
      setTimeout(() => process.exit(0), 100);
      break;
  }
});
