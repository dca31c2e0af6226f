import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JIT_EVENTS, JitRole } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import { JitAccess, jitRoom } from '../access/jit.access.js';
import type { Principal } from '../access/principal.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { MembersService } from '../identity/members.service.js';
import { JitActivityService } from './activity.service.js';
import { alreadyMember, lastLeader, memberUnavailable, notAMember, notParticipating } from './jit.errors.js';
import type { WorkspaceRow } from './jit.rows.js';
import { JitWorkspacesService, type LockedWorkspace, type PendingChannelSync } from './workspaces.service.js';

/**
 * Who is in a workspace, in which role and for which country (leaders only). Each change keeps the
 * workspace channel in step in the same transaction. A removed member loses access at once: their
 * sockets leave the workspace room and the channel room and get `jit.removed`. The last leader can
 * be neither removed nor demoted.
 */
@Injectable()
export class JitMembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly workspaces: JitWorkspacesService,
    private readonly activity: JitActivityService,
    private readonly audit: AuditService,
    private readonly members: MembersService,
    private readonly hub: RealtimeHub,
  ) {}

  async add(
    principal: Principal,
    workspaceId: string,
    memberId: string,
    role: JitRole,
    country: string,
  ): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    let sync: PendingChannelSync | null = null;
    await this.db.transaction(async (m) => {
      const workspace = await this.workspaces.lockForLeader(m, principal, workspaceId);
      const [user] = await this.members.activeMembersByIds([memberId]);
      if (!user) throw memberUnavailable();
      this.requireCountry(workspace, country);
      const inserted: unknown[] = await m.query(
        `INSERT INTO jit_member (workspace_id, user_id, role, country, added_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [workspaceId, user.id, role, country, principal.userId],
      );
      if (inserted.length === 0) throw alreadyMember();
      sync = await this.workspaces.syncChannel(m, workspaceId);
      await this.activity.record(m, {
        workspaceId,
        actorId: principal.userId,
        action: 'member.added',
        subjectType: 'member',
        subjectId: user.id,
        summary: user.fullName,
      });
      await this.audited(m, 'jit.member.added', principal, workspaceId, { memberId: user.id, role });
    });
    this.workspaces.finishSync(sync);
    this.activity.changed(workspaceId, 'members', 'workspace');
    return this.workspaces.view(this.db.manager, principal.userId, workspaceId);
  }

  async update(
    principal: Principal,
    workspaceId: string,
    memberId: string,
    role: JitRole,
    country: string,
  ): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    let sync: PendingChannelSync | null = null;
    let changed = false;
    await this.db.transaction(async (m) => {
      const workspace = await this.workspaces.lockForLeader(m, principal, workspaceId);
      const current = await this.memberOf(m, workspaceId, memberId);
      this.requireCountry(workspace, country);
      if (current.role === role && current.country === country) return;
      if (current.role === JitRole.LEADER && role !== JitRole.LEADER) await this.keepALeader(m, workspaceId);
      changed = true;
      await m.query(
        `UPDATE jit_member SET role = $3, country = $4 WHERE workspace_id = $1 AND user_id = $2`,
        [workspaceId, memberId, role, country],
      );
      if (current.role !== role) sync = await this.workspaces.syncChannel(m, workspaceId);
      await this.activity.record(m, {
        workspaceId,
        actorId: principal.userId,
        action: 'member.role_changed',
        subjectType: 'member',
        subjectId: memberId,
        summary: current.full_name,
      });
      await this.audited(m, 'jit.member.role_changed', principal, workspaceId, {
        memberId,
        from: current.role,
        to: role,
      });
    });
    this.workspaces.finishSync(sync);
    if (changed) this.activity.changed(workspaceId, 'members', 'workspace');
    return this.workspaces.view(this.db.manager, principal.userId, workspaceId);
  }

  async remove(principal: Principal, workspaceId: string, memberId: string): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    let sync: PendingChannelSync | null = null;
    // A leader removing themselves sees the workspace as it was, once more.
    let before: WorkspaceRow | null = null;
    await this.db.transaction(async (m) => {
      await this.workspaces.lockForLeader(m, principal, workspaceId);
      const current = await this.memberOf(m, workspaceId, memberId);
      if (current.role === JitRole.LEADER) await this.keepALeader(m, workspaceId);
      if (memberId === principal.userId)
        before = await this.workspaces.view(m, principal.userId, workspaceId);
      await m.query(`DELETE FROM jit_member WHERE workspace_id = $1 AND user_id = $2`, [
        workspaceId,
        memberId,
      ]);
      sync = await this.workspaces.syncChannel(m, workspaceId);
      await this.activity.record(m, {
        workspaceId,
        actorId: principal.userId,
        action: 'member.removed',
        subjectType: 'member',
        subjectId: memberId,
        summary: current.full_name,
      });
      await this.audited(m, 'jit.member.removed', principal, workspaceId, { memberId });
    });
    // Access ends now: out of the workspace room and the channel room, and told to forget it.
    this.hub.leave([memberId], [jitRoom(workspaceId)]);
    this.workspaces.finishSync(sync);
    this.hub.emit(`user:${memberId}`, JIT_EVENTS.removed, { workspaceId });
    this.activity.changed(workspaceId, 'members', 'workspace');
    if (before) {
      const snapshot: WorkspaceRow = before;
      return { ...snapshot, outsider: true };
    }
    return this.workspaces.view(this.db.manager, principal.userId, workspaceId);
  }

  // ------------------------------------------------------------------ helpers

  private requireCountry(workspace: LockedWorkspace, country: string): void {
    if (!workspace.countries.includes(country)) throw notParticipating('country');
  }

  private async memberOf(
    m: EntityManager,
    workspaceId: string,
    memberId: string,
  ): Promise<{ role: JitRole; country: string; full_name: string }> {
    if (typeof memberId !== 'string' || !isUUID(memberId)) throw notAMember();
    const [row] = (await m.query(
      `SELECT jm.role, jm.country, u.full_name FROM jit_member jm JOIN app_user u ON u.id = jm.user_id
        WHERE jm.workspace_id = $1 AND jm.user_id = $2`,
      [workspaceId, memberId],
    )) as { role: JitRole; country: string; full_name: string }[];
    if (!row) throw notAMember();
    return row;
  }

  /** BAD_USER_INPUT `lastLeader` unless another leader remains (the workspace row is locked). */
  private async keepALeader(m: EntityManager, workspaceId: string): Promise<void> {
    const [{ n }] = (await m.query(
      `SELECT count(*)::int AS n FROM jit_member WHERE workspace_id = $1 AND role = 'LEADER'`,
      [workspaceId],
    )) as [{ n: number }];
    if (n <= 1) throw lastLeader();
  }

  private audited(
    m: EntityManager,
    action: 'jit.member.added' | 'jit.member.removed' | 'jit.member.role_changed',
    principal: Principal,
    workspaceId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { action, actorId: principal.userId, targetType: 'jit_workspace', targetId: workspaceId, details },
      m,
    );
  }
}
