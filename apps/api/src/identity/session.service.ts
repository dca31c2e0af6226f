import { EventEmitter } from 'node:events';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AccountStatus, SessionState } from '@cop/contracts';
import { parse as parseCookies } from 'cookie';
import type { CookieOptions, Response } from 'express';
import { IsNull, Not, Repository, type EntityManager } from 'typeorm';
import { Authenticator, type Principal } from '../access/principal.js';
import { randomToken, tokenHash } from '../common/crypto/secret-box.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { SessionEntity } from './entities/session.entity.js';

export const SESSION_COOKIE = 'cop_session';

/** Reasons a session ends, shown to the user in their session list and the audit trail. */
export type EndReason =
  | 'logout'
  | 'ended-by-user'
  | 'idle'
  | 'expired'
  | 'password-changed'
  | 'role-changed'
  | 'status-changed'
  | 'rotated'
  | 'password-reset';

/** Emits `ended` (sessionId) so the realtime gateway can disconnect that session's sockets. */
@Injectable()
export class SessionEvents extends EventEmitter {}

const TOUCH_EVERY_MS = 60_000;
/** Statuses that can hold a session at all (a suspended member reaches only their own profile). */
const CAN_SIGN_IN: readonly AccountStatus[] = [AccountStatus.ACTIVE, AccountStatus.SUSPENDED];

interface Meta {
  ip?: string;
  userAgent?: string;
}

/**
 * Server-side sessions: an opaque random token in an HttpOnly cookie, only its SHA-256 stored.
 * Idle and absolute timeouts from config; every check reads the account's current role and
 * status, so a suspension or role change applies at once.
 */
@Injectable()
export class SessionService extends Authenticator {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: SessionEvents,
  ) {
    super();
  }

  async create(
    userId: string,
    state: SessionState,
    meta: Meta,
    manager?: EntityManager,
  ): Promise<{ token: string; session: SessionEntity }> {
    const token = randomToken();
    const repo = manager?.getRepository(SessionEntity) ?? this.sessions;
    const session = await repo.save(
      repo.create({
        userId,
        state,
        tokenHash: tokenHash(token),
        expiresAt: new Date(Date.now() + this.config.SESSION_ABSOLUTE_HOURS * 3_600_000),
        ip: meta.ip ?? null,
        userAgent: meta.userAgent?.slice(0, 400) ?? null,
      }),
    );
    return { token, session };
  }

  /** Moves a session to a new state under a new token (privilege change): the old cookie stops working. */
  async rotate(sessionId: string, state: SessionState): Promise<string> {
    const token = randomToken();
    await this.sessions.update(
      { id: sessionId, endedAt: IsNull() },
      { state, tokenHash: tokenHash(token), lastSeenAt: new Date() },
    );
    return token;
  }

  override async authenticate(cookieHeader: string | undefined, _meta: Meta): Promise<Principal | null> {
    const token = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
    if (!token || token.length > 100) return null;
    // Every authenticated request runs this: plain SQL, no query builder.
    const [row] = (await this.sessions.query(
      `SELECT s.id, s.state, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.role, u.status
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
      [tokenHash(token)],
    )) as {
      id: string;
      state: SessionState;
      last_seen_at: Date;
      expires_at: Date;
      user_id: string;
      email: string;
      role: Principal['role'];
      status: AccountStatus;
    }[];
    if (!row) return null;
    const now = Date.now();
    if (row.expires_at.getTime() <= now) {
      await this.end(row.id, 'expired');
      return null;
    }
    if (now - row.last_seen_at.getTime() > this.config.SESSION_IDLE_MINUTES * 60_000) {
      await this.end(row.id, 'idle');
      return null;
    }
    if (!CAN_SIGN_IN.includes(row.status)) {
      await this.end(row.id, 'status-changed');
      return null;
    }
    if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await this.sessions.update({ id: row.id }, { lastSeenAt: new Date(now) });
    }
    return {
      userId: row.user_id,
      email: row.email,
      role: row.role,
      status: row.status,
      sessionId: row.id,
      sessionState: row.state,
    };
  }

  async end(sessionId: string, reason: EndReason): Promise<boolean> {
    const result = await this.sessions.update(
      { id: sessionId, endedAt: IsNull() },
      { endedAt: new Date(), endReason: reason },
    );
    if (result.affected) this.events.emit('ended', sessionId);
    return (result.affected ?? 0) > 0;
  }

  /** Ends every open session of a user, but `keep`. Returns how many ended. */
  async endAllForUser(userId: string, reason: EndReason, keep?: string): Promise<number> {
    const open = await this.sessions.find({
      where: { userId, endedAt: IsNull(), ...(keep ? { id: Not(keep) } : {}) },
      select: { id: true },
    });
    for (const s of open) await this.end(s.id, reason);
    return open.length;
  }

  listOpen(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId, endedAt: IsNull() }, order: { lastSeenAt: 'DESC' } });
  }

  findOpen(userId: string, sessionId: string): Promise<SessionEntity | null> {
    return this.sessions.findOne({ where: { id: sessionId, userId, endedAt: IsNull() } });
  }

  cookieOptions(): CookieOptions {
    const secure =
      this.config.COOKIE_SECURE === 'auto'
        ? !['development', 'test'].includes(this.config.NODE_ENV)
        : this.config.COOKIE_SECURE === 'true';
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: this.config.SESSION_ABSOLUTE_HOURS * 3_600_000,
    };
  }

  setCookie(res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, this.cookieOptions());
  }

  clearCookie(res: Response): void {
    const { maxAge: _maxAge, ...options } = this.cookieOptions();
    res.clearCookie(SESSION_COOKIE, options);
  }
}
