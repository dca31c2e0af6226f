import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity.js';

export const AUDIT_ACTIONS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.lockout',
  'auth.logout',
  'auth.mfa.verified',
  'auth.mfa.failed',
  'auth.recovery_code.used',
  'mfa.enrolled',
  'mfa.recovery_codes.regenerated',
  'session.ended',
  'password.changed',
  'password.reset.requested',
  'password.reset',
  'password.set',
  'application.submitted',
  'application.email_confirmed',
  'application.approved',
  'application.rejected',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'member.role_changed',
  'member.suspended',
  'member.reactivated',
  'member.deactivated',
  'focal_point.added',
  'focal_point.removed',
  'discussion.post.hidden',
  'discussion.post.restored',
  'discussion.post.deleted_by_moderator',
  'discussion.flags.dismissed',
  'discussion.thread.locked',
  'discussion.thread.unlocked',
  'discussion.thread.pinned',
  'discussion.thread.unpinned',
  'discussion.thread.moved',
  'discussion.category.created',
  'discussion.category.updated',
  'discussion.group.created',
  'discussion.group.updated',
  'discussion.group.member_added',
  'discussion.group.member_removed',
  'conversation.group.created',
  'conversation.member_added',
  'conversation.member_removed',
  'conversation.member_left',
  'e2e.device.registered',
  'e2e.device.removed',
  'jit.workspace.created',
  'jit.workspace.updated',
  'jit.workspace.status_changed',
  'jit.workspace.agreement_extended',
  'jit.member.added',
  'jit.member.removed',
  'jit.member.role_changed',
  'jit.evidence.added',
  'jit.evidence.downloaded',
  'jit.evidence.sealed',
  'jit.evidence.transferred',
  'jit.evidence.deleted',
  'jit.evidence.verify_failed',
  'jit.evidence.exported',
  'digest.case.created',
  'digest.case.submitted',
  'digest.case.returned',
  'digest.case.published',
  'digest.case.archived',
  'digest.case.restored',
  'digest.case.imported',
  'digest.exported',
  'digest.term.changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  actorLabel?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first row whose content no longer matches its hash, or whose predecessor is not the row before it. */
  firstBroken?: { id: string; problem: 'altered' | 'missing-before' };
}

/** JSON with keys sorted at every level, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function rowHash(row: Omit<AuditEventEntity, 'id' | 'hash'>): Buffer {
  const content = canonical({
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    details: row.details,
    prevHash: row.prevHash ? row.prevHash.toString('hex') : null,
  });
  return createHash('sha256').update(content).digest();
}

/**
 * The append-only audit trail. Each row carries the hash of the previous one; appends are
 * serialised by an advisory lock so the chain has no forks. The table refuses UPDATE and DELETE.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an event, inside the caller's transaction when one is given. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const write = async (m: EntityManager) => {
      await m.query("SELECT pg_advisory_xact_lock(hashtext('cop:audit'))");
      const last: { hash: Buffer }[] = await m.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
      const row = {
        occurredAt: new Date(),
        actorId: entry.actorId ?? null,
        actorLabel: entry.actorLabel ?? null,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        ip: entry.ip ?? null,
        details: entry.details ?? {},
        prevHash: last[0]?.hash ?? null,
      };
      await m
        .getRepository(AuditEventEntity)
        .insert({ ...row, details: row.details as never, hash: rowHash(row) });
    };
    if (manager?.queryRunner?.isTransactionActive) return write(manager);
    return (manager ?? this.dataSource.manager).transaction(write);
  }

  async list(
    filter: { actorId?: string; action?: string; from?: Date; to?: Date },
    first: number,
    offset: number,
  ): Promise<{ items: AuditEventEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.occurred_at <= :to', { to: filter.to });
    const [items, total] = await qb
      .orderBy('e.id', 'DESC')
      .take(Math.min(Math.max(first, 1), 200))
      .skip(Math.max(offset, 0))
      .getManyAndCount();
    return { items, total };
  }

  /** Walks the whole chain in order and reports the first row that does not fit. */
  async verifyChain(batchSize = 1000): Promise<ChainReport> {
    const repo = this.dataSource.getRepository(AuditEventEntity);
    let checked = 0;
    let previous: Buffer | null = null;
    let afterId = '0';
    for (;;) {
      const rows = await repo
        .createQueryBuilder('e')
        .where('e.id > :afterId', { afterId })
        .orderBy('e.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (rows.length === 0) return { ok: true, checked };
      for (const row of rows) {
        const linked = previous === null ? row.prevHash === null : row.prevHash?.equals(previous) === true;
        if (!linked) return { ok: false, checked, firstBroken: { id: row.id, problem: 'missing-before' } };
        if (!rowHash(row).equals(row.hash))
          return { ok: false, checked, firstBroken: { id: row.id, problem: 'altered' } };
        previous = row.hash;
        checked++;
      }
      afterId = rows[rows.length - 1]!.id;
    }
  }
}
