import { Injectable } from '@nestjs/common';
import type { Server, Socket } from 'socket.io';
import type { Principal } from '../../access/principal.js';

/** One event for one room (see `emitMany`). */
export interface RoomEvent {
  room: string;
  event: string;
  payload: unknown;
  /** A socket (id) of this instance that must not get it: the sender's, which has the ack. */
  except?: string;
}

const FANOUT_EVENT = 'cop:fanout';

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
  private readonly connectHooks: ConnectHook[] = [];

  attach(server: Server): void {
    this.server = server;
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
   */
  emitMany(events: RoomEvent[]): void {
    if (!this.server || events.length === 0) return;
    this.deliverLocally(events);
    this.server.serverSideEmit(FANOUT_EVENT, events);
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

  /** Of these users, those with a connected socket on any api instance. */
  async onlineUserIds(userIds: string[]): Promise<Set<string>> {
    const online = new Set<string>();
    if (!this.server || userIds.length === 0) return online;
    const sockets = await this.server.in(userIds.map((id) => `user:${id}`)).fetchSockets();
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
