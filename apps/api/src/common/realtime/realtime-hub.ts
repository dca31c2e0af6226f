import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';

/**
 * The one socket.io server, for services that emit after their transaction commits (notifications,
 * live threads). The gateway hands the server over when it starts; before that (or in a context
 * with no socket server) emits are dropped, since nobody can be listening yet. Emits go through the
 * PostgreSQL adapter, so they reach sockets held by every api instance.
 */
@Injectable()
export class RealtimeHub {
  private server: Server | null = null;

  attach(server: Server): void {
    this.server = server;
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
