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

/**
 * Emits `ended` (sessionId) so the realtime gateway can disconnect that session's sockets, and
 * `changed` (sessionId) for every end or rotation and `account-changed` (userId) so that it tells
 * the other api instances to forget the session or the account's sessions (SessionService).
 */
@Injectable()
export class SessionEvents extends EventEmitter {}

const TOUCH_EVERY_MS = 60_000;
/** Sessions remembered at most (the oldest is forgotten first). */
const CACHE_MAX = 20_000;

/** What `authenticate` reads of a session and its account. */
interface SessionRow {
  id: string;
  state: SessionState;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  role: Principal['role'];
  status: AccountStatus;
}
/** Statuses that can hold a session at all (a suspended member reaches only their own profile). */
const CAN_SIGN_IN: readonly AccountStatus[] = [AccountStatus.ACTIVE, AccountStatus.SUSPENDED];

interface Meta {
  ip?: string;
  userAgent?: string;
}

/**
 * Server-side sessions: an opaque random token in an HttpOnly cookie, only its SHA-256 stored.
 * Idle and absolute timeouts from config; a check reads the account's current role and status,
 * and a suspension or role change ends the account's sessions, so it applies at once.
 *
 * Every authenticated request needs its session: the row read is remembered for
 * SESSION_CACHE_MS (1 s by default) so a burst of requests on one session costs one query, not
 * one each (the timeouts are still checked on every request). Whatever ends or rotates a session
 * goes through `end`/`rotate`, which forget it here at once and have the realtime gateway tell
 * the other instances (`changed`). What is not invalidated — an account approved or reinstated
 * without its sessions ending, a row changed by hand in the database — shows within that second.
 */
@Injectable()
export class SessionService extends Authenticator {
  private readonly cache = new Map<string, { row: SessionRow; until: number }>();
  /** Session id → the token hash it is cached under. */
  private readonly cachedHash = new Map<string, string>();
  /**
   * Counts `forget` calls: a read that was under way while a session was forgotten is not
   * remembered (it may predate the end or rotation).
   */
  private forgotten = 0;

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
    this.forget(sessionId);
    this.events.emit('changed', sessionId);
    return token;
  }

  /**
   * An account's status or role changed without its sessions ending (a reactivation): every
   * instance forgets its sessions, so the next request reads the account afresh.
   */
  accountChanged(userId: string): void {
    this.forgetAccount(userId);
    this.events.emit('account-changed', userId);
  }

  /** Drops what this instance remembers of an account's sessions. */
  forgetAccount(userId: string): void {
    this.forgotten += 1;
    for (const [hash, { row }] of this.cache) {
      if (row.user_id !== userId) continue;
      this.cache.delete(hash);
      this.cachedHash.delete(row.id);
    }
  }

  /** Drops what this instance remembers of a session (ended or rotated, here or elsewhere). */
  forget(sessionId: string): void {
    this.forgotten += 1;
    const hash = this.cachedHash.get(sessionId);
    if (hash === undefined) return;
    this.cachedHash.delete(sessionId);
    this.cache.delete(hash);
  }

  /** The session row of a token hash: remembered for SESSION_CACHE_MS, else read. */
  private async sessionRow(digest: Buffer, now: number): Promise<SessionRow | undefined> {
    const hash = digest.toString('base64');
    const cached = this.cache.get(hash);
    if (cached && cached.until > now) return cached.row;
    const forgotten = this.forgotten;
    // Every authenticated request that is not remembered runs this: plain SQL, no query builder.
    const [row] = (await this.sessions.query(
      `SELECT s.id, s.state, s.last_seen_at, s.expires_at, u.id AS user_id, u.email, u.role, u.status
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
      [digest],
    )) as SessionRow[];
    if (cached) {
      this.cache.delete(hash);
      this.cachedHash.delete(cached.row.id);
    }
    const ttl = this.config.SESSION_CACHE_MS;
    if (row && ttl > 0 && forgotten === this.forgotten) {
      if (this.cache.size >= CACHE_MAX) {
        const [oldest] = this.cache;
        if (oldest) {
          this.cache.delete(oldest[0]);
          this.cachedHash.delete(oldest[1].row.id);
        }
      }
      this.cache.set(hash, { row, until: now + ttl });
      this.cachedHash.set(row.id, hash);
    }
    return row;
  }

  override async authenticate(cookieHeader: string | undefined, _meta: Meta): Promise<Principal | null> {
    const token = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
    if (!token || token.length > 100) return null;
    const now = Date.now();
    const row = await this.sessionRow(tokenHash(token), now);
    if (!row) return null;
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
      // Noted on the remembered row too, so the burst it serves does not write it again.
      row.last_seen_at = new Date(now);
      await this.sessions.update({ id: row.id }, { lastSeenAt: row.last_seen_at });
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
    this.forget(sessionId);
    this.events.emit('changed', sessionId);
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
