import { createHash } from 'node:crypto';
import type { CustodyAction } from '@cop/contracts';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../access/principal.js';
import type { CustodyDetails } from './evidence.rows.js';

/** Who touches an item, from where: the caller and the request's IP when known. */
export interface CustodyActor {
  principal: Principal;
  ip?: string | null;
}

/** Identifies a session in the custody log without revealing it: first 12 hex of its SHA-256. */
export function sessionRef(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex').slice(0, 12);
}

export interface CustodyEntry {
  workspaceId: string;
  /** Null: an event about the whole workspace (a printed log). */
  evidenceId: string | null;
  action: CustodyAction;
  details?: CustodyDetails;
}

const ipOf = (actor: CustodyActor): string | null => (actor.ip ? actor.ip.slice(0, 64) : null);

/**
 * Appends custody events (one statement for any number). The table is append-only — a trigger
 * refuses UPDATE and DELETE — so nothing here or anywhere else ever changes a row.
 */
export async function appendCustody(
  m: EntityManager,
  actor: CustodyActor,
  entries: readonly CustodyEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await m.query(
    `INSERT INTO jit_custody_event (workspace_id, evidence_id, action, actor_id, session_ref, ip, details)
     SELECT w, e, a, $4, $5, $6, d
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $7::jsonb[]) AS x(w, e, a, d)`,
    [
      entries.map((e) => e.workspaceId),
      entries.map((e) => e.evidenceId),
      entries.map((e) => e.action),
      actor.principal.userId,
      sessionRef(actor.principal.sessionId),
      ipOf(actor),
      entries.map((e) => JSON.stringify(e.details ?? {})),
    ],
  );
}
