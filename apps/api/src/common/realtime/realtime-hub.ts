import { Injectable } from '@nestjs/common';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../../access/principal.js';
import { REALTIME_HEARTBEAT } from './postgres-io.adapter.js';

/** One event for one room (see `emitMany`). */
export interface RoomEvent {
  room: string;
  event: string;
  payload: unknown;
  /** A socket (id) of this instance that must not get it: the sender's, which has the ack. */
  except?: string;
}

const FANOUT_EVENT = 'cop:fanout';

/** See `emitMany`: three heartbeat intervals of the other instances. */
export const FANOUT_WARMUP_MS = 3 * REALTIME_HEARTBEAT.intervalMs;

/** Runs when a socket is accepted, before the client sees `connect` (e.g. to join rooms). */
export type ConnectHook = (socket: Socket, principal: Principal) => Promise<void>;

/**
 * The one socket.io server, for services that emit after their transaction commits (notifications,
 * live threads). The gateway hands the server over when it starts; before that (or in a context
 * with no socket server) emits are dropped, since nobody can be listening yet. Emits go through the
 * PostgreSQL adapter, so they reach sockets held by every api instance.
 */
@Injectable()
export class RealtimeHub {
  private server: Server | null = null;
  private attachedAt = 0;
  private readonly connectHooks: ConnectHook[] = [];

  attach(server: Server): void {
    this.server = server;
    this.attachedAt = Date.now();
    // Batches emitted by another instance: delivered to this instance's sockets.
    server.on(FANOUT_EVENT, (events: RoomEvent[]) => {
      if (Array.isArray(events)) this.deliverLocally(events);
    });
  }

  /**
   * Emits many events at once: to this instance's sockets immediately, and to the other instances
   * in ONE adapter message (`serverSideEmit`), where `attach` delivers them locally. A plain room
   * emit waits for its own NOTIFY round trip before reaching even local sockets; a batch of
   * messages would queue hundreds of them.
   *
   * The adapter message is only published while other instances are known: the adapter counts
   * them from their heartbeats (an instance announces itself when its adapter starts, before it
   * accepts any socket, the others answer, and each is forgotten `REALTIME_HEARTBEAT.timeoutMs`
   * after it last spoke). A lone instance then spends no NOTIFY round trip per batch, a large
   * share of the database's work per message at low rates. A new instance may miss the answers
   * to its announcement (its LISTEN connection is still opening), so during its first
   * `FANOUT_WARMUP_MS` it publishes anyway; by then the others' periodic heartbeats have reached
   * it. Batches keep their order: the counts resolve in the order they were asked.
   */
  emitMany(events: RoomEvent[]): void {
    const server = this.server;
    if (!server || events.length === 0) return;
    this.deliverLocally(events);
    if (Date.now() - this.attachedAt < FANOUT_WARMUP_MS) {
      server.serverSideEmit(FANOUT_EVENT, events);
      return;
    }
    void server
      .of('/')
      .adapter.serverCount()
      .then((count) => {
        if (count > 1) server.serverSideEmit(FANOUT_EVENT, events);
      });
  }

  private deliverLocally(events: RoomEvent[]): void {
    if (!this.server) return;
    for (const { room, event, payload, except } of events) {
      const target = this.server.local.to(room);
      (except ? target.except(except) : target).emit(event, payload);
    }
  }

  /** Registers a hook the gateway runs for every accepted socket before it is connected. */
  onConnect(hook: ConnectHook): void {
    this.connectHooks.push(hook);
  }

  /** Runs the connect hooks (the gateway's handshake middleware calls this). */
  async runConnectHooks(socket: Socket, principal: Principal): Promise<void> {
    for (const hook of this.connectHooks) await hook(socket, principal);
  }

  /** Puts every socket of these users into the given rooms (after gaining access to them). */
  join(userIds: string[], rooms: string[]): void {
    if (!this.server || userIds.length === 0 || rooms.length === 0) return;
    this.server.in(userIds.map((id) => `user:${id}`)).socketsJoin(rooms);
  }

  /**
   * Of these users, those with a connected socket on any api instance. This instance's own rooms
   * answer first; only the others are asked of the other instances, and only when there are any
   * (`fetchSockets` builds an object per socket: for a thousand members online here it held the
   * event loop for tens of milliseconds).
   */
  async onlineUserIds(userIds: string[]): Promise<Set<string>> {
    const online = new Set<string>();
    if (!this.server || userIds.length === 0) return online;
    const adapter = this.server.of('/').adapter;
    const elsewhere: string[] = [];
    for (const id of userIds) {
      if ((adapter.rooms.get(`user:${id}`)?.size ?? 0) > 0) online.add(id);
      else elsewhere.push(id);
    }
    if (elsewhere.length === 0 || (await adapter.serverCount()) <= 1) return online;
    const sockets = await this.server.in(elsewhere.map((id) => `user:${id}`)).fetchSockets();
    for (const socket of sockets) {
      const principal = (socket.data as { principal?: Principal } | undefined)?.principal;
      if (principal) online.add(principal.userId);
    }
    return online;
  }

  emit(rooms: string | string[], event: string, payload: unknown): void {
    const list = Array.isArray(rooms) ? rooms : [rooms];
    if (!this.server || list.length === 0) return;
    this.server.to(list).emit(event, payload);
  }

  /** Takes every socket of these users out of the given rooms (after losing access to them). */
  leave(userIds: string[], rooms: string[]): void {
    if (!this.server || userIds.length === 0 || rooms.length === 0) return;
    this.server.in(userIds.map((id) => `user:${id}`)).socketsLeave(rooms);
  }

  /**
   * Tells a room that access to it changed and empties it: each client joins again, and the join
   * re-checks who may be there (a thread moved to a restricted category, a category restricted).
   */
  resetRoom(room: string, event: string, payload: unknown): void {
    if (!this.server) return;
    this.server.to(room).emit(event, payload);
    this.server.in(room).socketsLeave(room);
  }

  /** Takes these users' sockets out of every room starting with `prefix`, and tells them. */
  async leaveAll(userIds: string[], prefix: string, event: string, payload: unknown): Promise<void> {
    if (!this.server || userIds.length === 0) return;
    const rooms = userIds.map((id) => `user:${id}`);
    const sockets = await this.server.in(rooms).fetchSockets();
    for (const socket of sockets) {
      const leaving = [...socket.rooms].filter((r) => r.startsWith(prefix));
      for (const room of leaving) socket.leave(room);
    }
    this.server.to(rooms).emit(event, payload);
  }
}
