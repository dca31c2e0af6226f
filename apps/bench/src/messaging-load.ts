import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  MESSAGING_EVENTS,
  type MessageEvent,
  type MessagingAck,
  MessageScheme,
  type SendMessageRequest,
} from '@cop/contracts';
import type { OwnDevice, RecipientDevice } from '@cop/crypto';
import { io, type Socket } from 'socket.io-client';
import {
  type BenchDevice,
  opens,
  ownDevice,
  PAYLOAD,
  recipientsOf,
  seal,
  useWebCrypto,
} from './messaging-e2e.js';

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
 *   each of the 3 other members) and the counts of what never came. Every send of a step (a fresh
 *   clientId each) is made before its clock starts, whatever the scheme: `plain` sends PAYLOAD,
 *   `e2e-v1` PAYLOAD sealed (messaging-e2e.ts) for the 4 members' devices and signed by the
 *   sender's, so the generator's crypto is reported (ms per envelope), not measured as latency;
 *   after the drain a few delivered envelopes are opened by their recipients as a check;
 * - `close`: disconnects and exits.
 */

export interface ClientSpec {
  userId: string;
  conversationId: string;
  /** Position in the conversation (0..3): one bit in a message's delivery mask. */
  index: number;
  /** `cop_session=…` for the portal; absent for the bare relay. */
  cookie?: string;
  /** The member's device (scheme `e2e-v1`), registered in `user_device`. */
  device?: BenchDevice;
}

export type ToLoad =
  | { kind: 'connect'; url: string; clients: ClientSpec[]; spreadMs: number }
  | { kind: 'run'; rate: number; seconds: number; drainMs: number; scheme: MessageScheme }
  | { kind: 'close' };

/** What an `e2e-v1` step cost the generator before its clock started, and the check after it. */
export interface E2eRunStats {
  envelopes: number;
  /** Wall time to make all of them (one at a time, WebCrypto backend). */
  precomputeMs: number;
  /** Size of one envelope as sent (`payload`, UTF-8); the same for every message of the bench. */
  envelopeBytes: number;
  /** Delivered envelopes opened by their recipient after the drain, and how many of them opened. */
  checked: number;
  opened: number;
}

export interface RunResult {
  sent: number;
  acked: number;
  ackFailed: number;
  /** Failed acks by `code/field code` (e.g. `BAD_USER_INPUT/e2eContext`). */
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
  e2e?: E2eRunStats;
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
/** Delivered envelopes each step opens after its drain (outside its timing). */
const OPEN_CHECKS = 20;

const sockets: { spec: ClientSpec; socket: Socket }[] = [];
let inFlight = new Map<string, InFlight>();
let outstandingAcks = 0;
let outstandingDeliveries = 0;
let counters = fresh();
/** Which run a callback belongs to: an ack arriving after its run's drain is not counted. */
let generation = 0;
let okAcks = 0;
/** Per member (e2e-v1): its device as the browser holds it; per conversation: the devices to seal for. */
const ownDevices = new Map<ClientSpec, OwnDevice>();
const recipients = new Map<string, RecipientDevice[]>();
/** The sender's device of each conversation member, for the open check. */
const devicesOf = new Map<string, BenchDevice>();
/** Deliveries of the current e2e-v1 step kept for the open check. */
let samples: { spec: ClientSpec; event: MessageEvent }[] = [];

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
  const members = new Map<string, ClientSpec[]>();
  for (const spec of clients) {
    if (!spec.device) continue;
    ownDevices.set(spec, ownDevice(spec.device));
    devicesOf.set(spec.userId, spec.device);
    members.set(spec.conversationId, [...(members.get(spec.conversationId) ?? []), spec]);
  }
  for (const [conversationId, specs] of members) {
    recipients.set(conversationId, recipientsOf(specs.map((s) => ({ userId: s.userId, device: s.device! }))));
  }
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
  if (message.scheme === MessageScheme.E2E_V1 && samples.length < OPEN_CHECKS) samples.push({ spec, event });
}

/**
 * The step's sends, in the order the clock will send them (`order[i % order.length]`), each with
 * a clientId of its own and, for `e2e-v1`, its envelope (ctx names that clientId): made one at a
 * time before the step starts.
 */
async function prepare(
  order: { spec: ClientSpec }[],
  total: number,
  scheme: MessageScheme,
): Promise<{ requests: SendMessageRequest[]; e2e?: E2eRunStats }> {
  const requests: SendMessageRequest[] = [];
  if (scheme === MessageScheme.PLAIN) {
    for (let i = 0; i < total; i++) {
      const { spec } = order[i % order.length]!;
      requests.push({
        conversationId: spec.conversationId,
        clientId: randomUUID(),
        scheme,
        payload: PAYLOAD,
      });
    }
    return { requests };
  }
  await useWebCrypto();
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const { spec } = order[i % order.length]!;
    const sender = ownDevices.get(spec);
    const devices = recipients.get(spec.conversationId);
    if (!sender || !devices) throw new Error(`client ${spec.userId} has no device for e2e-v1`);
    const clientId = randomUUID();
    const payload = await seal({
      conversationId: spec.conversationId,
      clientId,
      senderUserId: spec.userId,
      sender,
      recipients: devices,
    });
    requests.push({ conversationId: spec.conversationId, clientId, scheme, payload });
  }
  return {
    requests,
    e2e: {
      envelopes: total,
      precomputeMs: performance.now() - started,
      envelopeBytes: requests.length ? Buffer.byteLength(requests[0]!.payload, 'utf8') : 0,
      checked: 0,
      opened: 0,
    },
  };
}

/** Opens the kept deliveries on their recipients' devices. */
async function openSamples(): Promise<{ checked: number; opened: number }> {
  let opened = 0;
  for (const { spec, event } of samples) {
    const { message } = event;
    const senderDevice = devicesOf.get(message.senderId);
    const reader = ownDevices.get(spec);
    if (!senderDevice || !reader) continue;
    const ok = await opens({
      payload: message.payload,
      conversationId: message.conversationId,
      clientId: message.clientId,
      senderUserId: message.senderId,
      senderDevice,
      reader,
    });
    if (ok) opened += 1;
  }
  return { checked: samples.length, opened };
}

async function run(rate: number, seconds: number, drainMs: number, scheme: MessageScheme): Promise<void> {
  // one conversation after another, so that consecutive sends hit different rooms and senders
  const order = [...sockets].sort((a, b) => a.spec.index - b.spec.index);
  const total = Math.round(rate * seconds);
  const prepared = await prepare(order, total, scheme);
  counters = fresh();
  inFlight = new Map();
  samples = [];
  const current = ++generation;
  outstandingAcks = 0;
  outstandingDeliveries = 0;
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
        const request = prepared.requests[sent]!;
        sent += 1;
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
              // e.g. BAD_USER_INPUT/e2eContext, BAD_USER_INPUT/unknownDevice
              const code = ack.fields?.[0] ? `${ack.code}/${ack.fields[0].code}` : ack.code;
              counters.ackCodes[code] = (counters.ackCodes[code] ?? 0) + 1;
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
  if (prepared.e2e) Object.assign(prepared.e2e, await openSamples());
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
    ...(prepared.e2e ? { e2e: prepared.e2e } : {}),
  };
  send({ kind: 'result', result });
}

process.on('message', (message: ToLoad) => {
  switch (message.kind) {
    case 'connect':
      void connect(message.url, message.clients, message.spreadMs);
      break;
    case 'run':
      void run(message.rate, message.seconds, message.drainMs, message.scheme);
      break;
    case 'close':
      for (const { socket } of sockets) socket.close();
      send({ kind: 'closed', okAcks });
      setTimeout(() => process.exit(0), 100);
      break;
  }
});
