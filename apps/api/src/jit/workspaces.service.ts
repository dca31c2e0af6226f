import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConversationRole, JitRole, JitStatus, Role } from '@cop/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import { JitAccess, type JitMembership } from '../access/jit.access.js';
import type { Principal } from '../access/principal.js';
import { MembersService } from '../identity/members.service.js';
import type { JitChannelMember, JitChannelSync } from '../messaging/messaging.service.js';
import { MessagingService } from '../messaging/messaging.service.js';
import { JitActivityService } from './activity.service.js';
import type { JitWorkspaceInput, JitWorkspaceUpdateInput } from './dto/jit.inputs.js';
import { isDay } from './dto/jit.inputs.js';
import {
  checkReason,
  endBeforeStart,
  extensionNotLater,
  invalidDay,
  memberUnavailable,
  membersOutsideCountries,
  notParticipating,
  staffOnlyLeader,
  workspaceNotFound,
} from './jit.errors.js';
import {
  type CountsRow,
  type ExtensionRow,
  type MemberRow,
  CLOSED_REQUEST_SQL,
  TODAY_SQL,
  WORKSPACE_SELECT,
  type WorkspaceRow,
} from './jit.rows.js';

/** A channel sync to finish once the transaction has committed. */
export interface PendingChannelSync {
  conversationId: string;
  result: JitChannelSync;
}

/**
 * Workspaces: list, read, create (with its channel), change, status and agreement extensions.
 * Every method first asks JitAccess (second factor, then membership); a workspace the caller is
 * not a current member of answers exactly like a missing one. Each write appends to the activity
 * timeline and the audit trail in its transaction and tells the room after commit.
 */
@Injectable()
export class JitWorkspacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: JitAccess,
    private readonly activity: JitActivityService,
    private readonly audit: AuditService,
    private readonly members: MembersService,
    private readonly messaging: MessagingService,
  ) {}

  // ------------------------------------------------------------------ reading

  /** The caller's workspaces, most recent activity first. */
  async list(principal: Principal): Promise<WorkspaceRow[]> {
    await this.access.requireMfa(principal);
    return this.db.query(`${WORKSPACE_SELECT} WHERE me.user_id = $1 ORDER BY w.last_activity_at DESC, w.id`, [
      principal.userId,
    ]);
  }

  async get(principal: Principal, id: unknown): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    return this.view(this.db.manager, principal.userId, id);
  }

  /** The workspace as `userId` sees it (no second-factor check: callers have done it). */
  async view(m: EntityManager, userId: string, id: unknown): Promise<WorkspaceRow> {
    if (!(await this.access.membership(userId, id, m))) throw workspaceNotFound();
    const [row] = (await m.query(`${WORKSPACE_SELECT} WHERE me.user_id = $1 AND w.id = $2`, [
      userId,
      id,
    ])) as WorkspaceRow[];
    if (!row) throw workspaceNotFound();
    return row;
  }

  /** Members of each workspace: leaders first, then by country, then by name. */
  async membersOf(workspaceIds: readonly string[]): Promise<Map<string, MemberRow[]>> {
    const found = new Map<string, MemberRow[]>(workspaceIds.map((id) => [id, []]));
    if (workspaceIds.length === 0) return found;
    const rows: MemberRow[] = await this.db.query(
      `SELECT jm.workspace_id, jm.user_id, jm.role, jm.country, jm.added_at
         FROM jit_member jm JOIN app_user u ON u.id = jm.user_id
        WHERE jm.workspace_id = ANY($1::uuid[])
        ORDER BY jm.role = 'LEADER' DESC, jm.country, u.full_name, jm.user_id`,
      [[...new Set(workspaceIds)]],
    );
    for (const row of rows) found.get(row.workspace_id)?.push(row);
    return found;
  }

  async extensionsOf(workspaceIds: readonly string[]): Promise<Map<string, ExtensionRow[]>> {
    const found = new Map<string, ExtensionRow[]>(workspaceIds.map((id) => [id, []]));
    if (workspaceIds.length === 0) return found;
    const rows: ExtensionRow[] = await this.db.query(
      `SELECT id, workspace_id, previous_ends_on::text AS previous_ends_on, new_ends_on::text AS new_ends_on,
              reason, extended_by, extended_at
         FROM jit_agreement_extension WHERE workspace_id = ANY($1::uuid[])
        ORDER BY extended_at, id`,
      [[...new Set(workspaceIds)]],
    );
    for (const row of rows) found.get(row.workspace_id)?.push(row);
    return found;
  }

  async countsOf(workspaceIds: readonly string[]): Promise<Map<string, CountsRow>> {
    if (workspaceIds.length === 0) return new Map();
    const rows: CountsRow[] = await this.db.query(
      `SELECT w.id AS workspace_id,
              (SELECT count(*)::int FROM jit_member m WHERE m.workspace_id = w.id) AS members,
              (SELECT count(*)::int FROM jit_evidence e WHERE e.workspace_id = w.id AND e.deleted_at IS NULL) AS evidence,
              (SELECT count(*)::int FROM jit_request r
                WHERE r.workspace_id = w.id AND r.status NOT IN ${CLOSED_REQUEST_SQL}) AS open_requests,
              (SELECT count(*)::int FROM jit_request r
                WHERE r.workspace_id = w.id AND r.status NOT IN ${CLOSED_REQUEST_SQL}
                  AND r.due_on < ${TODAY_SQL}) AS overdue_requests,
              (SELECT count(*)::int FROM jit_task t
                WHERE t.workspace_id = w.id AND t.status IN ('OPEN', 'IN_PROGRESS')) AS open_tasks
         FROM jit_workspace w WHERE w.id = ANY($1::uuid[])`,
      [[...new Set(workspaceIds)]],
    );
    return new Map(rows.map((r) => [r.workspace_id, r]));
  }

  // ------------------------------------------------------------------ writing

  async create(principal: Principal, input: JitWorkspaceInput): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    const countries = [...new Set(input.countries)];
    if (!countries.includes(input.leaderCountry)) throw notParticipating('leaderCountry');
    checkAgreement(input.agreementSignedOn ?? null, input.agreementEndsOn ?? null);
    const leaderId =
      input.leaderId && input.leaderId !== principal.userId ? input.leaderId : principal.userId;
    if (leaderId !== principal.userId) {
      if (principal.role !== Role.MODERATOR && principal.role !== Role.ADMIN) throw staffOnlyLeader();
      const [leader] = await this.members.activeMembersByIds([leaderId]);
      if (!leader) throw memberUnavailable('leaderId');
    }
    let sync: PendingChannelSync | null = null;
    const id = await this.db.transaction(async (m) => {
      const [row] = (await m.query(
        `INSERT INTO jit_workspace (name, reference, purpose, countries, agreement_signed_on, agreement_ends_on,
                                    phase_note, created_by)
         VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8) RETURNING id`,
        [
          input.name,
          input.reference ?? null,
          input.purpose ?? null,
          countries,
          input.agreementSignedOn ?? null,
          input.agreementEndsOn ?? null,
          input.phaseNote ?? null,
          principal.userId,
        ],
      )) as { id: string }[];
      const workspaceId = row!.id;
      await m.query(
        `INSERT INTO jit_member (workspace_id, user_id, role, country, added_by) VALUES ($1, $2, 'LEADER', $3, $4)`,
        [workspaceId, leaderId, input.leaderCountry, principal.userId],
      );
      const members = await this.channelMembers(m, workspaceId);
      const conversationId = await this.messaging.createJitChannel(m, {
        workspaceId,
        title: input.name,
        createdBy: principal.userId,
        members,
      });
      sync = {
        conversationId,
        result: { added: members.map((x) => x.userId), removed: [], changed: true },
      };
      await this.activity.record(m, {
        workspaceId,
        actorId: principal.userId,
        action: 'workspace.created',
        subjectType: 'workspace',
        subjectId: workspaceId,
        summary: input.name,
      });
      await this.audit.record(
        {
          action: 'jit.workspace.created',
          actorId: principal.userId,
          targetType: 'jit_workspace',
          targetId: workspaceId,
          details: { leaderId },
        },
        m,
      );
      await this.audit.record(
        {
          action: 'jit.member.added',
          actorId: principal.userId,
          targetType: 'jit_workspace',
          targetId: workspaceId,
          details: { memberId: leaderId, role: JitRole.LEADER },
        },
        m,
      );
      return workspaceId;
    });
    this.finishSync(sync);
    if (leaderId === principal.userId) return this.view(this.db.manager, principal.userId, id);
    // Staff who named another leader are not members: they see what they just created, once, as
    // an outsider who can do nothing with it (every later read answers NOT_FOUND).
    const created = await this.view(this.db.manager, leaderId, id);
    return { ...created, my_role: JitRole.OBSERVER, my_country: input.leaderCountry, outsider: true };
  }

  async update(principal: Principal, id: string, input: JitWorkspaceUpdateInput): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    let sync: PendingChannelSync | null = null;
    await this.db.transaction(async (m) => {
      const current = await this.lockForLeader(m, principal, id);
      const changed: string[] = [];
      const next = { ...current };
      if (input.name !== undefined && input.name !== current.name) {
        next.name = input.name;
        changed.push('name');
      }
      for (const [field, column] of [
        ['reference', 'reference'],
        ['purpose', 'purpose'],
        ['phaseNote', 'phase_note'],
        ['agreementSignedOn', 'agreement_signed_on'],
      ] as const) {
        const value = input[field];
        if (value !== undefined && value !== current[column]) {
          next[column] = value;
          changed.push(field);
        }
      }
      if (input.countries !== undefined) {
        const countries = [...new Set(input.countries)];
        const same =
          countries.length === current.countries.length &&
          countries.every((c) => current.countries.includes(c));
        if (!same) {
          const outside: { country: string }[] = await m.query(
            `SELECT DISTINCT country FROM jit_member WHERE workspace_id = $1 AND NOT (country = ANY($2::text[]))
              ORDER BY country`,
            [id, countries],
          );
          if (outside.length > 0) throw membersOutsideCountries(outside.map((o) => o.country));
          next.countries = countries;
          changed.push('countries');
        }
      }
      if (changed.includes('agreementSignedOn')) {
        checkAgreement(next.agreement_signed_on, current.agreement_ends_on, 'agreementSignedOn');
      }
      if (changed.length === 0) return;
      await m.query(
        `UPDATE jit_workspace SET name = $2, reference = $3, purpose = $4, phase_note = $5,
                agreement_signed_on = $6, countries = $7::text[], updated_at = now()
          WHERE id = $1`,
        [
          id,
          next.name,
          next.reference,
          next.purpose,
          next.phase_note,
          next.agreement_signed_on,
          next.countries,
        ],
      );
      if (changed.includes('name')) sync = await this.syncChannel(m, id, next.name);
      await this.activity.record(m, {
        workspaceId: id,
        actorId: principal.userId,
        action: 'workspace.updated',
        subjectType: 'workspace',
        subjectId: id,
        summary: next.name,
      });
      await this.audit.record(
        {
          action: 'jit.workspace.updated',
          actorId: principal.userId,
          targetType: 'jit_workspace',
          targetId: id,
          details: { fields: changed },
        },
        m,
      );
    });
    this.finishSync(sync);
    this.activity.changed(id, 'workspace');
    return this.view(this.db.manager, principal.userId, id);
  }

  async setStatus(principal: Principal, id: string, status: JitStatus): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    let sync: PendingChannelSync | null = null;
    let moved = false;
    await this.db.transaction(async (m) => {
      const current = await this.lockForLeader(m, principal, id);
      if (current.status === status) return;
      moved = true;
      await m.query(
        `UPDATE jit_workspace SET status = $2, updated_at = now(),
                closed_at = CASE WHEN $2 = 'CLOSED' THEN now() ELSE NULL END
          WHERE id = $1`,
        [id, status],
      );
      // Closed: everyone only reads the channel from now on.
      if (status === JitStatus.CLOSED) sync = await this.syncChannel(m, id);
      await this.activity.record(m, {
        workspaceId: id,
        actorId: principal.userId,
        action: 'workspace.status_changed',
        subjectType: 'workspace',
        subjectId: id,
        summary: current.name,
      });
      await this.audit.record(
        {
          action: 'jit.workspace.status_changed',
          actorId: principal.userId,
          targetType: 'jit_workspace',
          targetId: id,
          details: { from: current.status, to: status },
        },
        m,
      );
    });
    this.finishSync(sync);
    if (moved) this.activity.changed(id, 'workspace');
    return this.view(this.db.manager, principal.userId, id);
  }

  async extendAgreement(
    principal: Principal,
    id: string,
    newEndsOn: string,
    reason: string | null | undefined,
  ): Promise<WorkspaceRow> {
    await this.access.requireMfa(principal);
    const day = typeof newEndsOn === 'string' ? newEndsOn.trim() : newEndsOn;
    await this.db.transaction(async (m) => {
      const current = await this.lockForLeader(m, principal, id);
      if (!isDay(day)) throw invalidDay('newEndsOn');
      const why = checkReason(reason);
      if (current.agreement_ends_on && day <= current.agreement_ends_on) throw extensionNotLater();
      if (current.agreement_signed_on && day < current.agreement_signed_on) throw endBeforeStart('newEndsOn');
      const [ext] = (await m.query(
        `INSERT INTO jit_agreement_extension (workspace_id, previous_ends_on, new_ends_on, reason, extended_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, current.agreement_ends_on, day, why, principal.userId],
      )) as { id: string }[];
      await m.query(`UPDATE jit_workspace SET agreement_ends_on = $2, updated_at = now() WHERE id = $1`, [
        id,
        day,
      ]);
      await this.activity.record(m, {
        workspaceId: id,
        actorId: principal.userId,
        action: 'workspace.agreement_extended',
        subjectType: 'workspace',
        subjectId: id,
        summary: current.name,
      });
      await this.audit.record(
        {
          action: 'jit.workspace.agreement_extended',
          actorId: principal.userId,
          targetType: 'jit_workspace',
          targetId: id,
          details: { extensionId: ext!.id },
        },
        m,
      );
    });
    this.activity.changed(id, 'workspace');
    return this.view(this.db.manager, principal.userId, id);
  }

  // ------------------------------------------------------------------ shared with members

  /**
   * Locks the workspace row and checks the caller leads it (NOT_FOUND, CLOSED → CONFLICT,
   * not a leader → FORBIDDEN). Answers the workspace's current fields.
   */
  async lockForLeader(m: EntityManager, principal: Principal, id: unknown): Promise<LockedWorkspace> {
    const membership = await this.access.membership(principal.userId, id, m);
    if (!membership) throw workspaceNotFound();
    const [row] = (await m.query(
      `SELECT id, name, reference, purpose, countries, status, phase_note,
              agreement_signed_on::text AS agreement_signed_on, agreement_ends_on::text AS agreement_ends_on
         FROM jit_workspace WHERE id = $1 FOR UPDATE`,
      [id],
    )) as LockedWorkspace[];
    if (!row) throw workspaceNotFound();
    this.access.assertLeader({ ...membership, status: row.status } satisfies JitMembership);
    return row;
  }

  /** Who is in the channel: leaders and members write, observers (and everyone once closed) read. */
  async channelMembers(m: EntityManager, workspaceId: string): Promise<JitChannelMember[]> {
    const rows: { user_id: string; role: JitRole; status: JitStatus }[] = await m.query(
      `SELECT jm.user_id, jm.role, w.status FROM jit_member jm JOIN jit_workspace w ON w.id = jm.workspace_id
        WHERE jm.workspace_id = $1 ORDER BY jm.added_at, jm.user_id`,
      [workspaceId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      role:
        r.status === JitStatus.CLOSED || r.role === JitRole.OBSERVER
          ? ConversationRole.READER
          : ConversationRole.MEMBER,
    }));
  }

  /** Brings the channel in line with the membership (in the caller's transaction). */
  async syncChannel(
    m: EntityManager,
    workspaceId: string,
    title?: string,
  ): Promise<PendingChannelSync | null> {
    const [channel] = (await m.query(`SELECT id FROM conversation WHERE jit_workspace_id = $1`, [
      workspaceId,
    ])) as { id: string }[];
    if (!channel) return null;
    const result = await this.messaging.syncJitChannel(
      m,
      channel.id,
      await this.channelMembers(m, workspaceId),
      title,
    );
    return { conversationId: channel.id, result };
  }

  /** After commit: channel sockets join or leave, members re-read the conversation. */
  finishSync(sync: PendingChannelSync | null): void {
    if (sync) this.messaging.afterJitChannelSync(sync.conversationId, sync.result);
  }
}

export interface LockedWorkspace {
  id: string;
  name: string;
  reference: string | null;
  purpose: string | null;
  countries: string[];
  status: JitStatus;
  phase_note: string | null;
  agreement_signed_on: string | null;
  agreement_ends_on: string | null;
}

function checkAgreement(signedOn: string | null, endsOn: string | null, field = 'agreementEndsOn'): void {
  if (signedOn && endsOn && endsOn < signedOn) throw endBeforeStart(field);
}
