import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AccountStatus, type Role } from '@cop/contracts';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import { notFound } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';
import type { ApplyInput, DecideApplicationInput, InviteInput } from './dto/inputs.js';
import { ApplicationDecision, LinkKind } from './dto/enums.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipApplicationEntity } from './entities/membership-application.entity.js';
import type { TokenPurpose } from './entities/user-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { IdentityMail } from './identity-mail.js';
import { conflict, linkInvalid } from './identity.errors.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import { TOKEN_TTL_MS, TokenService } from './token.service.js';
import type { RequestMeta } from './auth.service.js';

const LINK_PURPOSES: Record<LinkKind, TokenPurpose> = {
  [LinkKind.SET_PASSWORD]: 'SET_PASSWORD',
  [LinkKind.INVITATION]: 'INVITATION',
  [LinkKind.PASSWORD_RESET]: 'PASSWORD_RESET',
};
const PASSWORD_PURPOSES: TokenPurpose[] = ['SET_PASSWORD', 'INVITATION', 'PASSWORD_RESET'];

export interface ApplicationRecord {
  user: UserEntity;
  application: MembershipApplicationEntity;
  voucher: UserEntity | null;
}

/**
 * Becoming a member: application, e-mail confirmation, vetting, invitations, choosing a password,
 * password reset. Public steps never tell whether an e-mail is known.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MembershipApplicationEntity)
    private readonly applications: Repository<MembershipApplicationEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly tokens: TokenService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: IdentityMail,
  ) {}

  /**
   * Records an application and e-mails a confirmation link. When the e-mail already belongs to an
   * account, nothing changes and nothing is sent (a still-unconfirmed application gets a new link),
   * and the caller sees the same answer either way.
   */
  async apply(input: ApplyInput, meta: RequestMeta): Promise<void> {
    const existing = await this.users.findOne({ where: { email: input.email } });
    if (existing) {
      if (existing.status === AccountStatus.EMAIL_UNCONFIRMED) {
        const token = await this.tokens.issue(existing.id, 'EMAIL_CONFIRMATION');
        await this.mail.send(existing, 'confirmEmail', { link: this.mail.link('/confirm-email', token) });
      }
      return;
    }
    const { user, token } = await this.dataSource.transaction(async (m) => {
      const created = await m.getRepository(UserEntity).save(
        m.getRepository(UserEntity).create({
          email: input.email,
          fullName: input.fullName,
          country: input.country,
          institution: input.institution,
          practitionerType: input.practitionerType,
          position: input.position,
          languages: input.languages,
          expertise: input.expertise,
          locale: input.locale as UserEntity['locale'],
          status: AccountStatus.EMAIL_UNCONFIRMED,
        }),
      );
      await m.getRepository(MembershipApplicationEntity).insert({
        userId: created.id,
        motivation: input.motivation,
        voucherEmail: input.voucherEmail ?? null,
      });
      await this.audit.record(
        {
          action: 'application.submitted',
          actorLabel: input.email,
          ip: meta.ip,
          targetType: 'user',
          targetId: created.id,
        },
        m,
      );
      return { user: created, token: await this.tokens.issue(created.id, 'EMAIL_CONFIRMATION', m) };
    });
    await this.mail.send(user, 'confirmEmail', { link: this.mail.link('/confirm-email', token) });
  }

  /** Confirms the applicant's e-mail: the application enters the vetting queue. */
  async confirmEmail(token: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const used = await this.tokens.consume(token, ['EMAIL_CONFIRMATION'], m);
      if (!used) throw linkInvalid();
      await m.update(
        UserEntity,
        { id: used.userId, status: AccountStatus.EMAIL_UNCONFIRMED },
        { status: AccountStatus.PENDING },
      );
      await m.update(MembershipApplicationEntity, { userId: used.userId }, { emailConfirmedAt: new Date() });
      await this.audit.record(
        {
          action: 'application.email_confirmed',
          actorId: used.userId,
          ip: meta.ip,
          targetType: 'user',
          targetId: used.userId,
        },
        m,
      );
    });
  }

  async queue(statuses: AccountStatus[]): Promise<ApplicationRecord[]> {
    const users = await this.users.find({
      where: { status: In(statuses) },
      order: { createdAt: 'ASC' },
      take: 200,
    });
    return this.withApplications(users);
  }

  async application(id: string): Promise<ApplicationRecord> {
    const user = await this.users.findOne({ where: { id } });
    const [record] = user ? await this.withApplications([user]) : [];
    if (!record) throw notFound('application');
    return record;
  }

  /** Approves (sends a set-password link) or rejects (with a reason the applicant reads). */
  async decide(
    moderator: Principal,
    input: DecideApplicationInput,
    meta: RequestMeta,
  ): Promise<ApplicationRecord> {
    const reason = input.reason?.trim() || null;
    if (input.decision === ApplicationDecision.REJECT && !reason) {
      throw badInput([{ field: 'reason', code: 'reasonRequired', message: 'Give the applicant a reason.' }]);
    }
    const { user, token } = await this.dataSource.transaction(async (m) => {
      const target = await m
        .getRepository(UserEntity)
        .findOne({ where: { id: input.applicationId }, lock: { mode: 'pessimistic_write' } });
      if (
        !target ||
        !(await m.getRepository(MembershipApplicationEntity).exists({ where: { userId: target.id } }))
      )
        throw notFound('application');
      if (target.status !== AccountStatus.PENDING)
        throw conflict('This application has already been decided or its e-mail is not confirmed yet.');
      const approve = input.decision === ApplicationDecision.APPROVE;
      await m.update(
        UserEntity,
        { id: target.id },
        { status: approve ? AccountStatus.APPROVED : AccountStatus.REJECTED },
      );
      await m.update(
        MembershipApplicationEntity,
        { userId: target.id },
        {
          decision: approve ? 'APPROVED' : 'REJECTED',
          decisionReason: reason,
          decidedAt: new Date(),
          decidedBy: moderator.userId,
        },
      );
      await this.audit.record(
        {
          action: approve ? 'application.approved' : 'application.rejected',
          actorId: moderator.userId,
          actorLabel: moderator.email,
          ip: meta.ip,
          targetType: 'user',
          targetId: target.id,
          details: reason ? { reason } : {},
        },
        m,
      );
      return { user: target, token: approve ? await this.tokens.issue(target.id, 'SET_PASSWORD', m) : null };
    });
    if (token) await this.mail.send(user, 'approved', { link: this.mail.link('/set-password', token) });
    else await this.mail.send(user, 'rejected', { reason: reason ?? '' });
    return this.application(user.id);
  }

  /** Invites someone with a role: their account is pre-approved and waits for a password. */
  async invite(inviter: Principal, input: InviteInput, meta: RequestMeta): Promise<InvitationEntity> {
    const inviterUser = await this.users.findOneByOrFail({ id: inviter.userId });
    if (await this.users.exists({ where: { email: input.email } })) {
      throw badInput([
        {
          field: 'email',
          code: 'emailTaken',
          message: 'This person already has an account or an application.',
        },
      ]);
    }
    const { invitation, user, token } = await this.dataSource.transaction(async (m) => {
      const created = await m.getRepository(UserEntity).save(
        m.getRepository(UserEntity).create({
          email: input.email,
          fullName: input.fullName,
          role: input.role as Role,
          status: AccountStatus.APPROVED,
          locale: input.locale as UserEntity['locale'],
        }),
      );
      const inv = await m.getRepository(InvitationEntity).save(
        m.getRepository(InvitationEntity).create({
          userId: created.id,
          email: input.email,
          role: input.role as Role,
          invitedBy: inviter.userId,
          expiresAt: new Date(Date.now() + TOKEN_TTL_MS.INVITATION),
        }),
      );
      await this.audit.record(
        {
          action: 'invitation.created',
          actorId: inviter.userId,
          actorLabel: inviter.email,
          ip: meta.ip,
          targetType: 'user',
          targetId: created.id,
          details: { role: input.role },
        },
        m,
      );
      return { invitation: inv, user: created, token: await this.tokens.issue(created.id, 'INVITATION', m) };
    });
    await this.mail.send(user, 'invitation', {
      link: this.mail.link('/set-password', token),
      inviter: inviterUser.fullName,
      role: input.role as Role,
    });
    return invitation;
  }

  listInvitations(): Promise<InvitationEntity[]> {
    return this.invitations.find({ order: { createdAt: 'DESC' }, take: 200 });
  }

  /** Withdraws an invitation not yet accepted: its link stops working and the account is removed. */
  async revokeInvitation(actor: Principal, id: string, meta: RequestMeta): Promise<InvitationEntity> {
    return this.dataSource.transaction(async (m) => {
      const inv = await m.getRepository(InvitationEntity).findOne({ where: { id } });
      if (!inv) throw notFound('invitation');
      if (inv.acceptedAt || inv.revokedAt)
        throw conflict('This invitation was already accepted or withdrawn.');
      await m.update(InvitationEntity, { id }, { revokedAt: new Date() });
      await m.query(`UPDATE user_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
        inv.userId,
      ]);
      await m.update(
        UserEntity,
        { id: inv.userId, status: AccountStatus.APPROVED, passwordHash: IsNull() },
        { status: AccountStatus.DEACTIVATED },
      );
      await this.audit.record(
        {
          action: 'invitation.revoked',
          actorId: actor.userId,
          actorLabel: actor.email,
          ip: meta.ip,
          targetType: 'invitation',
          targetId: id,
        },
        m,
      );
      return m.getRepository(InvitationEntity).findOneByOrFail({ id });
    });
  }

  async inviterNames(ids: string[]): Promise<Map<string, string>> {
    const rows = ids.length
      ? await this.users.find({ where: { id: In([...new Set(ids)]) }, select: { id: true, fullName: true } })
      : [];
    return new Map(rows.map((r) => [r.id, r.fullName]));
  }

  /** What a password link is for, without using it. */
  async passwordLink(token: string): Promise<LinkKind | null> {
    const purpose = await this.tokens.peek(token, PASSWORD_PURPOSES);
    return (
      (Object.entries(LINK_PURPOSES).find(([, p]) => p === purpose)?.[0] as LinkKind | undefined) ?? null
    );
  }

  /**
   * Sets the password from a link: after approval or an invitation the account becomes ACTIVE;
   * after a reset every session of the account ends.
   */
  async setPassword(token: string, password: string, meta: RequestMeta): Promise<void> {
    const peekUser = await this.tokens.peek(token, PASSWORD_PURPOSES);
    if (!peekUser) throw linkInvalid();
    const result = await this.dataSource.transaction(async (m) => {
      const used = await this.tokens.consume(token, PASSWORD_PURPOSES, m);
      if (!used) throw linkInvalid();
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: used.userId });
      this.passwords.assertAcceptable(password, 'password', [user.email, user.fullName]);
      const activating = used.purpose !== 'PASSWORD_RESET';
      if (activating && user.status !== AccountStatus.APPROVED) throw linkInvalid();
      if (
        !activating &&
        !([AccountStatus.ACTIVE, AccountStatus.SUSPENDED] as AccountStatus[]).includes(user.status)
      )
        throw linkInvalid();
      await m.update(
        UserEntity,
        { id: user.id },
        {
          passwordHash: await this.passwords.hash(password),
          passwordChangedAt: new Date(),
          failedLogins: 0,
          lockedUntil: null,
          ...(activating ? { status: AccountStatus.ACTIVE } : {}),
        },
      );
      if (used.purpose === 'INVITATION') {
        await m.update(
          InvitationEntity,
          { userId: user.id, acceptedAt: IsNull() },
          { acceptedAt: new Date() },
        );
        await this.audit.record(
          { action: 'invitation.accepted', actorId: user.id, actorLabel: user.email, ip: meta.ip },
          m,
        );
      }
      await this.audit.record(
        {
          action: activating ? 'password.set' : 'password.reset',
          actorId: user.id,
          actorLabel: user.email,
          ip: meta.ip,
        },
        m,
      );
      return { user, activating };
    });
    if (!result.activating) await this.sessions.endAllForUser(result.user.id, 'password-reset');
  }

  /** E-mails a reset link when the address belongs to an account that can sign in; same answer otherwise. */
  async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase() } });
    await this.audit.record({
      action: 'password.reset.requested',
      actorId: user?.id ?? null,
      actorLabel: email.slice(0, 254),
      ip: meta.ip,
      details: { known: Boolean(user) },
    });
    if (!user || !([AccountStatus.ACTIVE, AccountStatus.SUSPENDED] as AccountStatus[]).includes(user.status))
      return;
    const token = await this.tokens.issue(user.id, 'PASSWORD_RESET');
    await this.mail.send(user, 'passwordReset', { link: this.mail.link('/reset-password', token) });
  }

  private async withApplications(users: UserEntity[]): Promise<ApplicationRecord[]> {
    if (users.length === 0) return [];
    const apps = await this.applications.find({ where: { userId: In(users.map((u) => u.id)) } });
    const byUser = new Map(apps.map((a) => [a.userId, a]));
    const voucherEmails = [
      ...new Set(apps.map((a) => a.voucherEmail).filter((e): e is string => Boolean(e))),
    ];
    const vouchers = voucherEmails.length
      ? await this.users.find({ where: { email: In(voucherEmails), status: AccountStatus.ACTIVE } })
      : [];
    const voucherBy = new Map(vouchers.map((v) => [v.email.toLowerCase(), v]));
    return users
      .filter((u) => byUser.has(u.id))
      .map((user) => {
        const application = byUser.get(user.id)!;
        return {
          user,
          application,
          voucher: application.voucherEmail
            ? (voucherBy.get(application.voucherEmail.toLowerCase()) ?? null)
            : null,
        };
      });
  }
}
