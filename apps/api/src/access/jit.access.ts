import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, JIT_MFA_REQUIRED, JitRole, JitStatus } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, notFound } from '../common/errors/app-error.js';
import type { Principal } from './principal.js';

/** The caller's place in a workspace. */
export interface JitMembership {
  workspaceId: string;
  role: JitRole;
  country: string;
  /** The workspace's status (CLOSED: read-only for everyone). */
  status: JitStatus;
}

export const workspaceNotFound = () => notFound('workspace');
export const jitMfaRequired = () =>
  new AppError(ErrorCode.FORBIDDEN, 'Set up a second factor to open JIT workspaces.', {
    reason: JIT_MFA_REQUIRED,
  });
export const observerCannotWrite = () =>
  new AppError(ErrorCode.FORBIDDEN, 'Observers can read but not change the workspace.');
export const workspaceClosed = () =>
  new AppError(ErrorCode.CONFLICT, 'This workspace is closed and read-only.');
export const notLeader = () => new AppError(ErrorCode.FORBIDDEN, 'Only a leader can do this.');

const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);

/**
 * Who may see and do what in a JIT workspace: it exists only for its current members —
 * moderators and admins who are not members get exactly what a missing workspace gets, as do
 * former members, guessed ids and malformed ids. Every JIT endpoint first requires a second
 * factor on the caller's account (before any lookup, so the refusal leaks nothing), then
 * membership here — or `memberSql` inside its own statement for sub-resources, so "exists" and
 * "not yours" cannot be told apart.
 */
@Injectable()
export class JitAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A SQL condition: the user `userExpr` is a current member of the workspace `workspaceExpr`. */
  memberSql(workspaceExpr: string, userExpr: string): string {
    return `EXISTS (SELECT 1 FROM jit_member ajm
                    WHERE ajm.workspace_id = ${workspaceExpr} AND ajm.user_id = ${userExpr})`;
  }

  /** The caller's membership, or null for a workspace that is missing, not theirs, or no UUID. */
  async membership(
    userId: string,
    workspaceId: unknown,
    manager?: EntityManager,
  ): Promise<JitMembership | null> {
    if (!isId(workspaceId)) return null;
    const rows: { workspace_id: string; role: JitRole; country: string; status: JitStatus }[] = await (
      manager ?? this.db
    ).query(
      `SELECT m.workspace_id, m.role, m.country, w.status
         FROM jit_member m JOIN jit_workspace w ON w.id = m.workspace_id
        WHERE m.workspace_id = $1 AND m.user_id = $2`,
      [workspaceId, userId],
    );
    const row = rows[0];
    return row
      ? { workspaceId: row.workspace_id, role: row.role, country: row.country, status: row.status }
      : null;
  }

  /** FORBIDDEN `JIT_MFA_REQUIRED` unless the caller's account has a second factor. */
  async requireMfa(principal: Principal, manager?: EntityManager): Promise<void> {
    const rows: { ok: boolean }[] = await (manager ?? this.db).query(
      `SELECT totp_enabled_at IS NOT NULL AS ok FROM app_user WHERE id = $1`,
      [principal.userId],
    );
    if (!rows[0]?.ok) throw jitMfaRequired();
  }

  /** Second factor, then membership; NOT_FOUND for anyone who is not a current member. */
  async requireMember(
    principal: Principal,
    workspaceId: unknown,
    manager?: EntityManager,
  ): Promise<JitMembership> {
    await this.requireMfa(principal, manager);
    const membership = await this.membership(principal.userId, workspaceId, manager);
    if (!membership) throw workspaceNotFound();
    return membership;
  }

  /** A member who may change the workspace: LEADER or MEMBER, and the workspace is not CLOSED. */
  async requireWriter(
    principal: Principal,
    workspaceId: unknown,
    manager?: EntityManager,
  ): Promise<JitMembership> {
    const membership = await this.requireMember(principal, workspaceId, manager);
    this.assertWriter(membership);
    return membership;
  }

  /** A leader of a workspace that is not CLOSED. */
  async requireLeader(
    principal: Principal,
    workspaceId: unknown,
    manager?: EntityManager,
  ): Promise<JitMembership> {
    const membership = await this.requireMember(principal, workspaceId, manager);
    this.assertLeader(membership);
    return membership;
  }

  /** The write rule for a membership already loaded (sub-resources found with `memberSql`). */
  assertWriter(membership: JitMembership): void {
    if (membership.status === JitStatus.CLOSED) throw workspaceClosed();
    if (membership.role === JitRole.OBSERVER) throw observerCannotWrite();
  }

  assertLeader(membership: JitMembership): void {
    if (membership.status === JitStatus.CLOSED) throw workspaceClosed();
    if (membership.role !== JitRole.LEADER) throw notLeader();
  }

  canWrite(membership: JitMembership): boolean {
    return membership.status !== JitStatus.CLOSED && membership.role !== JitRole.OBSERVER;
  }

  canManage(membership: JitMembership): boolean {
    return membership.status !== JitStatus.CLOSED && membership.role === JitRole.LEADER;
  }

  /**
   * A row of `table` (aliased `alias`, with a `workspace_id` column) in a workspace the caller is a
   * current member of — found in ONE statement that joins the membership, so a row of someone
   * else's workspace, a missing row and a malformed id all throw `notFound()`. With `write`, the
   * row is locked and the caller must be allowed to write (observer: FORBIDDEN; closed: CONFLICT).
   * The caller's second factor is checked by the caller first (`requireMfa`).
   */
  async findInWorkspace<Row extends { workspace_id: string }>(
    m: EntityManager,
    principal: Principal,
    target: { table: string; alias: string; columns: string; id: unknown; write: boolean },
    notFound: () => Error,
  ): Promise<{ row: Row; membership: JitMembership }> {
    const { table, alias, columns, id, write } = target;
    if (!isId(id)) throw notFound();
    const [row] = (await m.query(
      `SELECT ${columns}, me.role AS my_role, me.country AS my_country, w.status AS workspace_status
         FROM ${table} ${alias}
         JOIN jit_member me ON me.workspace_id = ${alias}.workspace_id AND me.user_id = $1
         JOIN jit_workspace w ON w.id = ${alias}.workspace_id
        WHERE ${alias}.id = $2 ${write ? `FOR UPDATE OF ${alias}` : ''}`,
      [principal.userId, id],
    )) as (Row & { my_role: JitRole; my_country: string; workspace_status: JitStatus })[];
    if (!row) throw notFound();
    const membership: JitMembership = {
      workspaceId: row.workspace_id,
      role: row.my_role,
      country: row.my_country,
      status: row.workspace_status,
    };
    if (write) this.assertWriter(membership);
    return { row, membership };
  }

  /** Of `workspaceIds`, those the user is a current member of. */
  async memberOf(userId: string, workspaceIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(workspaceIds)].filter(isId);
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT workspace_id AS id FROM jit_member WHERE user_id = $1 AND workspace_id = ANY($2::uuid[])`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}

/** The socket room of a workspace. */
export const jitRoom = (workspaceId: string) => `jit:${workspaceId}`;
