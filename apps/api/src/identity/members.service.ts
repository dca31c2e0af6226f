import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AccountStatus, MFA_REQUIRED_ROLES, type Role } from '@cop/contracts';
import { isUUID } from 'class-validator';
import { In, Repository } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import { notFound } from '../common/errors/app-error.js';
import type { AdminMemberFilter, DirectoryFilter, FocalPointInput, ProfileInput } from './dto/inputs.js';
import { FocalPointEntity } from './entities/focal-point.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { conflict, notOwnRole } from './identity.errors.js';
import { type EndReason, SessionService } from './session.service.js';
import type { RequestMeta } from './auth.service.js';

const MAX_PAGE = 100;
/** Statuses an administrator manages in the members list (applications live in the vetting queue). */
const MANAGED: AccountStatus[] = [
  AccountStatus.ACTIVE,
  AccountStatus.SUSPENDED,
  AccountStatus.DEACTIVATED,
  AccountStatus.APPROVED,
];

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Profiles, the member directory, national focal points, and administration of members. */
@Injectable()
export class MembersService {
  private readonly statusListeners: ((userId: string) => void)[] = [];

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(FocalPointEntity) private readonly focalPoints: Repository<FocalPointEntity>,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs after an administrator changed a member's status (suspended, reactivated, deactivated),
   * once it is stored: other domains react without identity depending on them (messaging tells
   * the member's conversation partners that their device keys changed).
   */
  onStatusChanged(listener: (userId: string) => void): void {
    this.statusListeners.push(listener);
  }

  async byId(id: string): Promise<UserEntity> {
    // An id that is no UUID names no one (PostgreSQL would reject it as a query error).
    const user = isUUID(id) ? await this.users.findOne({ where: { id } }) : null;
    if (!user) throw notFound('member');
    return user;
  }

  /** Members by id, for loaders (other domains show authors, actors, mentioned people). */
  async usersByIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const valid = ids.filter((id) => isUUID(id));
    const users = valid.length ? await this.users.find({ where: { id: In(valid) } }) : [];
    return new Map(users.map((u) => [u.id, u]));
  }

  mfaRequired(user: UserEntity): boolean {
    return MFA_REQUIRED_ROLES.includes(user.role);
  }

  async updateProfile(principal: Principal, input: ProfileInput): Promise<UserEntity> {
    await this.users.update(
      { id: principal.userId },
      {
        fullName: input.fullName,
        country: input.country,
        institution: input.institution,
        practitionerType: input.practitionerType,
        position: input.position,
        languages: input.languages,
        expertise: input.expertise,
        bio: input.bio,
        locale: input.locale as UserEntity['locale'],
      },
    );
    return this.byId(principal.userId);
  }

  async setPhoto(userId: string, key: string | null): Promise<void> {
    await this.users.update({ id: userId }, { photoKey: key });
  }

  /** An active member's public profile; anyone else answers like a missing one. */
  async activeMember(id: string): Promise<UserEntity> {
    const user = isUUID(id)
      ? await this.users.findOne({ where: { id, status: AccountStatus.ACTIVE } })
      : null;
    if (!user) throw notFound('member');
    return user;
  }

  /**
   * The active members among `ids`, in one query (other domains' DataLoaders and e-mails: a
   * notification's actor, a recipient). Ids that are not UUIDs or not active members are left out.
   */
  async activeMembersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const wanted = [...new Set(ids)].filter((id) => isUUID(id));
    if (wanted.length === 0) return [];
    return this.users.find({ where: { id: In(wanted), status: AccountStatus.ACTIVE } });
  }

  /** Active members only, filtered and paginated, by name. */
  async directory(
    filter: DirectoryFilter,
    first: number,
    offset: number,
  ): Promise<{ items: UserEntity[]; total: number }> {
    return this.search({ ...filter }, [AccountStatus.ACTIVE], first, offset);
  }

  async adminList(
    filter: AdminMemberFilter,
    first: number,
    offset: number,
  ): Promise<{ items: UserEntity[]; total: number }> {
    const statuses = (filter.statuses?.length ? filter.statuses : MANAGED).filter((s): s is AccountStatus =>
      (Object.values(AccountStatus) as string[]).includes(s),
    );
    return this.search(filter, statuses, first, offset, filter.role);
  }

  private async search(
    filter: DirectoryFilter,
    statuses: AccountStatus[],
    first: number,
    offset: number,
    role?: Role,
  ) {
    const qb = this.users.createQueryBuilder('u').where('u.status IN (:...statuses)', { statuses });
    if (filter.search) {
      const term = `%${escapeLike(filter.search)}%`;
      qb.andWhere('(u.full_name ILIKE :term OR u.institution ILIKE :term OR u.position ILIKE :term)', {
        term,
      });
    }
    if (filter.country) qb.andWhere('u.country = :country', { country: filter.country });
    if (filter.practitionerType) qb.andWhere('u.practitioner_type = :pt', { pt: filter.practitionerType });
    if (filter.language) qb.andWhere(':lang = ANY(u.languages)', { lang: filter.language });
    if (filter.expertise) qb.andWhere(':exp = ANY(u.expertise)', { exp: filter.expertise });
    if (role) qb.andWhere('u.role = :role', { role });
    const [items, total] = await qb
      .orderBy('u.full_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(Math.min(Math.max(first, 1), MAX_PAGE))
      .skip(Math.max(offset, 0))
      .getManyAndCount();
    return { items, total };
  }

  /** Focal points of active members, optionally for one country, by country then authority. */
  async listFocalPoints(country?: string): Promise<{ focal: FocalPointEntity; member: UserEntity }[]> {
    const qb = this.focalPoints
      .createQueryBuilder('f')
      .innerJoinAndMapOne('f.member', UserEntity, 'u', 'u.id = f.user_id AND u.status = :active', {
        active: AccountStatus.ACTIVE,
      })
      .orderBy('f.country')
      .addOrderBy('f.authority')
      .addOrderBy('u.full_name');
    if (country) qb.where('f.country = :country', { country });
    const rows = (await qb.getMany()) as (FocalPointEntity & { member: UserEntity })[];
    return rows.map(({ member, ...focal }) => ({ focal: focal as FocalPointEntity, member }));
  }

  /** Focal points of several members at once (DataLoader batch). */
  async focalPointsOf(userIds: readonly string[]): Promise<FocalPointEntity[][]> {
    const rows = await this.focalPoints.find({
      where: { userId: In([...userIds]) },
      order: { country: 'ASC' },
    });
    return userIds.map((id) => rows.filter((r) => r.userId === id));
  }

  async addFocalPoint(
    admin: Principal,
    input: FocalPointInput,
    meta: RequestMeta,
  ): Promise<{ focal: FocalPointEntity; member: UserEntity }> {
    const member = await this.activeMember(input.memberId);
    const exists = await this.focalPoints.exists({
      where: { userId: member.id, country: input.country, authority: input.authority },
    });
    if (exists) throw conflict('This member is already the focal point for that authority and country.');
    const focal = await this.focalPoints.save(
      this.focalPoints.create({
        userId: member.id,
        country: input.country,
        authority: input.authority,
        contactHours: input.contactHours,
      }),
    );
    await this.audit.record({
      action: 'focal_point.added',
      actorId: admin.userId,
      actorLabel: admin.email,
      ip: meta.ip,
      targetType: 'user',
      targetId: member.id,
      details: { country: input.country, authority: input.authority },
    });
    return { focal, member };
  }

  async removeFocalPoint(admin: Principal, id: string, meta: RequestMeta): Promise<void> {
    const focal = await this.focalPoints.findOne({ where: { id } });
    if (!focal) throw notFound('focal point');
    await this.focalPoints.delete({ id });
    await this.audit.record({
      action: 'focal_point.removed',
      actorId: admin.userId,
      actorLabel: admin.email,
      ip: meta.ip,
      targetType: 'user',
      targetId: focal.userId,
      details: { country: focal.country, authority: focal.authority },
    });
  }

  /** Changes a member's role. Never one's own; the member's sessions end (they sign in again). */
  async setRole(admin: Principal, memberId: string, role: Role, meta: RequestMeta): Promise<UserEntity> {
    if (memberId === admin.userId) throw notOwnRole();
    const member = await this.byId(memberId);
    if (
      !([AccountStatus.ACTIVE, AccountStatus.SUSPENDED, AccountStatus.APPROVED] as AccountStatus[]).includes(
        member.status,
      )
    )
      throw notFound('member');
    if (member.role === role) return member;
    await this.users.update({ id: memberId }, { role });
    await this.sessions.endAllForUser(memberId, 'role-changed');
    await this.audit.record({
      action: 'member.role_changed',
      actorId: admin.userId,
      actorLabel: admin.email,
      ip: meta.ip,
      targetType: 'user',
      targetId: memberId,
      details: { from: member.role, to: role },
    });
    return this.byId(memberId);
  }

  async setStatus(
    admin: Principal,
    memberId: string,
    to: 'SUSPENDED' | 'ACTIVE' | 'DEACTIVATED',
    meta: RequestMeta,
  ): Promise<UserEntity> {
    if (memberId === admin.userId) throw notOwnRole();
    const member = await this.byId(memberId);
    const allowedFrom: Record<typeof to, AccountStatus[]> = {
      SUSPENDED: [AccountStatus.ACTIVE],
      ACTIVE: [AccountStatus.SUSPENDED],
      DEACTIVATED: [AccountStatus.ACTIVE, AccountStatus.SUSPENDED, AccountStatus.APPROVED],
    };
    if (!allowedFrom[to].includes(member.status)) {
      if (
        (
          [AccountStatus.EMAIL_UNCONFIRMED, AccountStatus.PENDING, AccountStatus.REJECTED] as AccountStatus[]
        ).includes(member.status)
      )
        throw notFound('member');
      throw conflict(`A ${member.status.toLowerCase()} account cannot become ${to.toLowerCase()}.`);
    }
    await this.users.update({ id: memberId }, { status: to as AccountStatus });
    const reason: EndReason = 'status-changed';
    if (to !== 'ACTIVE') await this.sessions.endAllForUser(memberId, reason);
    // Reactivated: the sessions held while suspended stay, with the new status from now on.
    else this.sessions.accountChanged(memberId);
    const action =
      to === 'SUSPENDED' ? 'member.suspended' : to === 'ACTIVE' ? 'member.reactivated' : 'member.deactivated';
    await this.audit.record({
      action,
      actorId: admin.userId,
      actorLabel: admin.email,
      ip: meta.ip,
      targetType: 'user',
      targetId: memberId,
      details: { from: member.status },
    });
    for (const listener of this.statusListeners) listener(memberId);
    return this.byId(memberId);
  }

  /** Session rows of a user, for "my sessions". */
  openSessions(userId: string) {
    return this.sessions.listOpen(userId);
  }
}
