import { Injectable } from '@nestjs/common';
import { type ConversationKind, ConversationRole } from '@cop/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';

export interface ConversationMembership {
  role: ConversationRole;
  kind: ConversationKind;
}

/**
 * Who may see and do what in messaging: a conversation exists only for its current members — not
 * for moderators or admins who are not in it. Every messaging query, mutation and socket event
 * checks membership here (or with `memberSql` inside its own statement, as the batched send does),
 * and a conversation one is not in answers exactly like a missing one (or a malformed id).
 */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A SQL condition: the user whose id is `userExpr` is a member of the conversation in
   * `conversationExpr` (column names or bind parameters).
   */
  memberSql(conversationExpr: string, userExpr: string): string {
    return `EXISTS (SELECT 1 FROM conversation_member acm
                    WHERE acm.conversation_id = ${conversationExpr} AND acm.user_id = ${userExpr})`;
  }

  /** The caller's membership, or null for a conversation that is missing, not theirs, or no UUID. */
  async membership(
    userId: string,
    conversationId: unknown,
    manager?: EntityManager,
  ): Promise<ConversationMembership | null> {
    if (typeof conversationId !== 'string' || !isUUID(conversationId)) return null;
    const rows: ConversationMembership[] = await (manager ?? this.db).query(
      `SELECT m.role, c.kind FROM conversation_member m JOIN conversation c ON c.id = m.conversation_id
       WHERE m.conversation_id = $1 AND m.user_id = $2`,
      [conversationId, userId],
    );
    return rows[0] ?? null;
  }

  async isMember(userId: string, conversationId: unknown, manager?: EntityManager): Promise<boolean> {
    return (await this.membership(userId, conversationId, manager)) !== null;
  }

  isAdmin(membership: ConversationMembership | null): boolean {
    return membership?.role === ConversationRole.ADMIN;
  }

  /** Of `conversationIds`, those the user is a member of. */
  async memberOf(userId: string, conversationIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(conversationIds)].filter((id) => isUUID(id));
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT conversation_id AS id FROM conversation_member WHERE user_id = $1 AND conversation_id = ANY($2::uuid[])`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Of `messageIds`, the messages (not deleted) in a conversation the user is a member of. */
  async readableMessageIds(userId: string, messageIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(messageIds)].filter((id) => isUUID(id));
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT m.id FROM message m
       WHERE m.id = ANY($2::uuid[]) AND m.deleted_at IS NULL AND ${this.memberSql('m.conversation_id', '$1')}`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Ids of every conversation the user is a member of (joining rooms at connect). */
  async conversationIdsOf(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT conversation_id AS id FROM conversation_member WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.id);
  }
}
