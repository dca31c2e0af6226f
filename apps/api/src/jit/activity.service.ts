import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  JIT_EVENTS,
  JIT_LIMITS as L,
  type JitActivityAction,
  type JitArea,
  type JitChangedEvent,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { JitAccess, jitRoom } from '../access/jit.access.js';
import type { Principal } from '../access/principal.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';

/** One entry of a workspace's timeline. */
export interface ActivityEntry {
  workspaceId: string;
  actorId: string | null;
  action: JitActivityAction;
  /** workspace | member | evidence | request | task | note */
  subjectType?: string | null;
  subjectId?: string | null;
  /** The subject's title at the time (cut to 300 characters). */
  summary?: string | null;
}

export interface ActivityRow {
  id: string;
  workspace_id: string;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  summary: string | null;
  at: Date;
}

/**
 * The activity timeline of each workspace and its live signal. Every write in a workspace calls
 * `record` inside its transaction (which also marks the workspace as recently active, the order of
 * the list) and, once committed, `changed` — `jit.changed { workspaceId, area }` to the room
 * `jit:<id>`, ids only: open screens refetch through GraphQL, which checks membership again.
 */
@Injectable()
export class JitActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly hub: RealtimeHub,
  ) {}

  async record(m: EntityManager, entry: ActivityEntry): Promise<void> {
    const summary = entry.summary ? entry.summary.slice(0, 300) : null;
    await m.query(
      `WITH a AS (
         INSERT INTO jit_activity (workspace_id, actor_id, action, subject_type, subject_id, summary)
         VALUES ($1, $2, $3, $4, $5, $6)
       )
       UPDATE jit_workspace SET last_activity_at = now() WHERE id = $1`,
      [
        entry.workspaceId,
        entry.actorId,
        entry.action,
        entry.subjectType ?? null,
        entry.subjectId ?? null,
        summary,
      ],
    );
  }

  /** After commit: tells the workspace's room which parts changed. */
  changed(workspaceId: string, ...areas: JitArea[]): void {
    const events = [...new Set(areas)].map((area) => {
      const payload: JitChangedEvent = { workspaceId, area };
      return { room: jitRoom(workspaceId), event: JIT_EVENTS.changed, payload };
    });
    this.hub.emitMany(events);
  }

  /** The timeline, newest first, before the entry `before` (exclusive). */
  async page(
    principal: Principal,
    workspaceId: string,
    before: string | null,
    first: number,
  ): Promise<{ rows: ActivityRow[]; hasMore: boolean }> {
    await this.access.requireMember(principal, workspaceId);
    const size = Math.min(Math.max(Math.trunc(first) || 50, 1), L.activityPageMax);
    const beforeId = before && /^\d{1,18}$/.test(before) ? before : null;
    const rows: ActivityRow[] = await this.db.query(
      `SELECT a.id::text AS id, a.workspace_id, a.actor_id, a.action, a.subject_type, a.subject_id, a.summary, a.at
         FROM jit_activity a
        WHERE a.workspace_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
        ORDER BY a.id DESC LIMIT $3`,
      [workspaceId, beforeId, size + 1],
    );
    return { rows: rows.slice(0, size), hasMore: rows.length > size };
  }
}

export const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);
