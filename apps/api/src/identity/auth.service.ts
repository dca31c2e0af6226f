import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AccountStatus, MFA_REQUIRED_ROLES, SessionState } from '@cop/contracts';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import type { Principal } from '../access/principal.js';
import { SECRET_KEY, SecretBox } from '../common/crypto/secret-box.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { RecoveryCodeEntity } from './entities/recovery-code.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { IdentityMail } from './identity-mail.js';
import { codeRejected, signInFailed, wrongPassword } from './identity.errors.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import { checkTotp, newTotpSecret, totpQrCode, totpUri } from './totp.js';

export interface RequestMeta {
  ip?: string;
  userAgent?: string;
}

const RECOVERY_CODE_COUNT = 10;
/** A TOTP code accepted once is refused again for this long (its window plus drift). */
const TOTP_REPLAY_MS = 120_000;

function recoveryHash(code: string): Buffer {
  return createHash('sha256')
    .update(code.replace(/[^a-z0-9]/gi, '').toLowerCase())
    .digest();
}

/** Ten groups of 10 base32 characters, e.g. `k7pq2-xv4mz`: 50 bits each. */
function newRecoveryCode(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/**
 * Sign-in with password and second factor, lockout, TOTP enrolment and recovery codes,
 * password change. Every outcome is audited.
 */
@Injectable()
export class AuthService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RecoveryCodeEntity) private readonly recoveryCodes: Repository<RecoveryCodeEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SECRET_KEY) secretKey: Buffer,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly mail: IdentityMail,
  ) {
    this.box = new SecretBox(secretKey);
  }

  /**
   * Checks e-mail and password (passport-local calls this). Unknown e-mail, wrong password,
   * locked, unapproved or deactivated accounts all fail the same way and take the same time.
   */
  async validateCredentials(email: string, password: string, meta: RequestMeta): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase() } });
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, password);
    const canSignIn =
      user && (user.status === AccountStatus.ACTIVE || user.status === AccountStatus.SUSPENDED);
    const locked = user?.lockedUntil && user.lockedUntil.getTime() > Date.now();
    if (!user || !canSignIn || locked || !passwordOk) {
      await this.audit.record({
        action: 'auth.login.failed',
        actorId: user?.id,
        actorLabel: email.slice(0, 254),
        ip: meta.ip,
        details: { reason: !user ? 'unknown' : locked ? 'locked' : !canSignIn ? 'status' : 'password' },
      });
      if (user && canSignIn && !locked) await this.countFailure(user, meta);
      throw signInFailed();
    }
    return user;
  }

  /** Opens a session after the password: complete, or waiting for the second factor. */
  async startSession(user: UserEntity, meta: RequestMeta): Promise<{ token: string; state: SessionState }> {
    const state = user.totpEnabledAt
      ? SessionState.MFA_REQUIRED
      : MFA_REQUIRED_ROLES.includes(user.role)
        ? SessionState.MFA_ENROLLMENT_REQUIRED
        : SessionState.ACTIVE;
    if (state === SessionState.ACTIVE)
      await this.users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    const { token, session } = await this.sessions.create(user.id, state, meta);
    await this.audit.record({
      action: 'auth.login.succeeded',
      actorId: user.id,
      actorLabel: user.email,
      ip: meta.ip,
      targetType: 'session',
      targetId: session.id,
      details: { state },
    });
    return { token, state };
  }

  /** The second factor: a TOTP code. Rotates the session token on success. */
  async verifyTotp(principal: Principal, code: string, meta: RequestMeta): Promise<string> {
    const user = await this.users.findOneByOrFail({ id: principal.userId });
    const ok = await this.acceptTotp(user, code.trim());
    if (!ok) {
      await this.audit.record({
        action: 'auth.mfa.failed',
        actorId: user.id,
        actorLabel: user.email,
        ip: meta.ip,
      });
      await this.countFailure(user, meta);
      const fresh = await this.users.findOneByOrFail({ id: user.id });
      if (fresh.lockedUntil && fresh.lockedUntil.getTime() > Date.now()) {
        await this.sessions.end(principal.sessionId, 'expired');
        throw signInFailed();
      }
      throw codeRejected();
    }
    await this.users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    await this.audit.record({
      action: 'auth.mfa.verified',
      actorId: user.id,
      actorLabel: user.email,
      ip: meta.ip,
    });
    return this.sessions.rotate(principal.sessionId, SessionState.ACTIVE);
  }

  /** The second factor: a single-use recovery code instead of TOTP. */
  async useRecoveryCode(principal: Principal, code: string, meta: RequestMeta): Promise<string> {
    const result = await this.recoveryCodes.update(
      { userId: principal.userId, codeHash: recoveryHash(code), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    if (!result.affected) {
      await this.audit.record({
        action: 'auth.mfa.failed',
        actorId: principal.userId,
        actorLabel: principal.email,
        ip: meta.ip,
        details: { recoveryCode: true },
      });
      const user = await this.users.findOneByOrFail({ id: principal.userId });
      await this.countFailure(user, meta);
      throw codeRejected();
    }
    const left = await this.recoveryCodes.count({ where: { userId: principal.userId, usedAt: IsNull() } });
    await this.audit.record({
      action: 'auth.recovery_code.used',
      actorId: principal.userId,
      actorLabel: principal.email,
      ip: meta.ip,
      details: { left },
    });
    return this.sessions.rotate(principal.sessionId, SessionState.ACTIVE);
  }

  /** Starts (or restarts) TOTP set-up: a new secret, stored sealed, not active until confirmed. */
  async startEnrollment(
    principal: Principal,
  ): Promise<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }> {
    const user = await this.users.findOneByOrFail({ id: principal.userId });
    // Replacing a working factor is allowed: the old one keeps working until the new one is confirmed.
    const secret = newTotpSecret();
    await this.users.update(
      { id: user.id },
      { totpSecret: this.box.seal(JSON.stringify({ pending: secret, active: this.activeSecret(user) })) },
    );
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCodeDataUrl: await totpQrCode(otpauthUri) };
  }

  /** Confirms TOTP set-up with a code from the app; returns fresh recovery codes (shown once). */
  async confirmEnrollment(
    principal: Principal,
    code: string,
    meta: RequestMeta,
  ): Promise<{ codes: string[]; token?: string }> {
    const user = await this.users.findOneByOrFail({ id: principal.userId });
    const sealed = user.totpSecret
      ? (JSON.parse(this.box.open(user.totpSecret)) as { pending?: string; active?: string })
      : {};
    if (!sealed.pending || !(await checkTotp(sealed.pending, code.trim()))) throw codeRejected();
    await this.users.update(
      { id: user.id },
      {
        totpSecret: this.box.seal(JSON.stringify({ active: sealed.pending })),
        totpEnabledAt: new Date(),
        totpLastCode: code.trim(),
        totpLastCodeAt: new Date(),
      },
    );
    const codes = await this.replaceRecoveryCodes(user.id);
    await this.audit.record({
      action: 'mfa.enrolled',
      actorId: user.id,
      actorLabel: user.email,
      ip: meta.ip,
    });
    const token =
      principal.sessionState === SessionState.ACTIVE
        ? undefined
        : await this.sessions.rotate(principal.sessionId, SessionState.ACTIVE);
    return { codes, token };
  }

  async regenerateRecoveryCodes(
    principal: Principal,
    password: string,
    meta: RequestMeta,
  ): Promise<string[]> {
    const user = await this.users.findOneByOrFail({ id: principal.userId });
    if (!(await this.passwords.verify(user.passwordHash, password))) throw wrongPassword('password');
    if (!user.totpEnabledAt) throw codeRejected();
    const codes = await this.replaceRecoveryCodes(user.id);
    await this.audit.record({
      action: 'mfa.recovery_codes.regenerated',
      actorId: user.id,
      actorLabel: user.email,
      ip: meta.ip,
    });
    return codes;
  }

  async changePassword(
    principal: Principal,
    current: string,
    next: string,
    meta: RequestMeta,
  ): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: principal.userId });
    if (!(await this.passwords.verify(user.passwordHash, current))) throw wrongPassword();
    this.passwords.assertAcceptable(next, 'newPassword', [user.email, user.fullName]);
    await this.users.update(
      { id: user.id },
      { passwordHash: await this.passwords.hash(next), passwordChangedAt: new Date() },
    );
    const ended = await this.sessions.endAllForUser(user.id, 'password-changed', principal.sessionId);
    await this.audit.record({
      action: 'password.changed',
      actorId: user.id,
      actorLabel: user.email,
      ip: meta.ip,
      details: { otherSessionsEnded: ended },
    });
  }

  async signOut(principal: Principal, meta: RequestMeta): Promise<void> {
    await this.sessions.end(principal.sessionId, 'logout');
    await this.audit.record({
      action: 'auth.logout',
      actorId: principal.userId,
      actorLabel: principal.email,
      ip: meta.ip,
      targetType: 'session',
      targetId: principal.sessionId,
    });
  }

  async auditSessionEnded(principal: Principal, target: string, meta: RequestMeta, count = 1): Promise<void> {
    await this.audit.record({
      action: 'session.ended',
      actorId: principal.userId,
      actorLabel: principal.email,
      ip: meta.ip,
      targetType: 'session',
      targetId: target,
      details: { count },
    });
  }

  private activeSecret(user: UserEntity): string | undefined {
    if (!user.totpSecret || !user.totpEnabledAt) return undefined;
    return (JSON.parse(this.box.open(user.totpSecret)) as { active?: string }).active;
  }

  private async acceptTotp(user: UserEntity, code: string): Promise<boolean> {
    const secret = this.activeSecret(user);
    if (!secret || !(await checkTotp(secret, code))) return false;
    // Refuse a replay of the last accepted code within its window.
    const replay = await this.users
      .createQueryBuilder()
      .update(UserEntity)
      .set({ totpLastCode: code, totpLastCodeAt: () => 'now()' })
      .where('id = :id AND (totp_last_code IS DISTINCT FROM :code OR totp_last_code_at < :since)', {
        id: user.id,
        code,
        since: new Date(Date.now() - TOTP_REPLAY_MS),
      })
      .execute();
    return (replay.affected ?? 0) > 0;
  }

  private async replaceRecoveryCodes(userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.dataSource.transaction(async (m) => {
      await m.delete(RecoveryCodeEntity, { userId });
      await m.insert(
        RecoveryCodeEntity,
        codes.map((c) => ({ userId, codeHash: recoveryHash(c) })),
      );
    });
    return codes;
  }

  /** Counts a failed attempt; at the limit, locks the account for a while and tells its owner. */
  private async countFailure(user: UserEntity, meta: RequestMeta): Promise<void> {
    const rows: { failed_logins: number }[][] | { failed_logins: number }[] = await this.dataSource.query(
      'UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins',
      [user.id],
    );
    const flat = (Array.isArray(rows[0]) ? rows[0] : rows) as { failed_logins: number }[];
    const failures = flat[0]?.failed_logins ?? 0;
    if (failures < this.config.LOGIN_MAX_FAILURES) return;
    const until = new Date(Date.now() + this.config.LOGIN_LOCK_MINUTES * 60_000);
    await this.users.update({ id: user.id }, { lockedUntil: until, failedLogins: 0 });
    await this.sessions.endAllForUser(user.id, 'expired');
    await this.audit.record({
      action: 'auth.lockout',
      actorId: user.id,
      actorLabel: user.email,
      ip: meta.ip,
      details: { failures, until: until.toISOString() },
    });
    await this.mail.send(user, 'lockout', { count: failures, minutes: this.config.LOGIN_LOCK_MINUTES });
  }
}
