import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { randomToken, tokenHash } from '../common/crypto/secret-box.js';
import { UserTokenEntity, type TokenPurpose } from './entities/user-token.entity.js';

/** How long each kind of link works. */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  EMAIL_CONFIRMATION: 48 * 3_600_000,
  SET_PASSWORD: 7 * 24 * 3_600_000,
  INVITATION: 14 * 24 * 3_600_000,
  PASSWORD_RESET: 3_600_000,
};

/** Single-use, expiring link tokens. The link carries the token; only its hash is stored. */
@Injectable()
export class TokenService {
  constructor(@InjectRepository(UserTokenEntity) private readonly tokens: Repository<UserTokenEntity>) {}

  /** Issues a token, invalidating earlier unused ones of the same purpose for that user. */
  async issue(userId: string, purpose: TokenPurpose, manager?: EntityManager): Promise<string> {
    const repo = manager?.getRepository(UserTokenEntity) ?? this.tokens;
    await repo.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const token = randomToken();
    await repo.insert({
      userId,
      purpose,
      tokenHash: tokenHash(token),
      expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
    });
    return token;
  }

  /**
   * Uses a token once: returns its user id, or null when it is unknown, already used, expired or
   * of another purpose (the caller answers all of these the same way).
   */
  async consume(
    token: string,
    purposes: readonly TokenPurpose[],
    manager: EntityManager,
  ): Promise<{ userId: string; purpose: TokenPurpose } | null> {
    if (!token || token.length > 100) return null;
    const rows: { user_id: string; purpose: TokenPurpose }[] = await manager.query(
      `UPDATE user_token SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() AND purpose = ANY($2)
       RETURNING user_id, purpose`,
      [tokenHash(token), purposes],
    );
    const [updated] = Array.isArray(rows[0]) ? (rows[0] as typeof rows) : rows;
    return updated ? { userId: updated.user_id, purpose: updated.purpose } : null;
  }

  /** Whether a token would be accepted now, without using it (to show the right form). */
  async peek(token: string, purposes: readonly TokenPurpose[]): Promise<TokenPurpose | null> {
    if (!token || token.length > 100) return null;
    const row = await this.tokens
      .createQueryBuilder('t')
      .where('t.token_hash = :h AND t.used_at IS NULL AND t.expires_at > now() AND t.purpose IN (:...p)', {
        h: tokenHash(token),
        p: purposes,
      })
      .getOne();
    return row?.purpose ?? null;
  }
}
