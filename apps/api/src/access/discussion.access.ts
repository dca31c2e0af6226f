import { Injectable } from '@nestjs/common';
import { AccountStatus, Role } from '@cop/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from './principal.js';

/**
 * Who may see and do what in case discussion. A category is open to every active member unless it
 * is restricted to one or more groups; then it — and every thread, post, attachment, search hit,
 * count and notification in it — exists only for members of those groups. Moderators and admins
 * outside the groups see it no more than anyone else (they manage groups; they do not read
 * restricted content by office). Every query of the discussions domain filters with
 * `visibleCategorySql`, so what is hidden is absent, never "forbidden".
 */
@Injectable()
export class DiscussionAccess {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A SQL condition: the category in column `categoryColumn` is visible to the user whose id is
   * the bind parameter `userParam` (e.g. `$1`).
   */
  visibleCategorySql(categoryColumn: string, userParam: string): string {
    return `(NOT EXISTS (SELECT 1 FROM discussion_category_group vcg WHERE vcg.category_id = ${categoryColumn})
      OR EXISTS (SELECT 1 FROM discussion_category_group vcg
                 JOIN discussion_group_member vgm ON vgm.group_id = vcg.group_id
                 WHERE vcg.category_id = ${categoryColumn} AND vgm.user_id = ${userParam}))`;
  }

  /** Moderation (hide, restore, lock, pin, move, flags queue, edit history of others) is for staff. */
  isModerator(principal: Pick<Principal, 'role'>): boolean {
    return principal.role === Role.MODERATOR || principal.role === Role.ADMIN;
  }

  /** Category administration (create, rename, order, restrict) is for admins. */
  isAdmin(principal: Pick<Principal, 'role'>): boolean {
    return principal.role === Role.ADMIN;
  }

  async canSeeCategory(userId: string, categoryId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.db).query(
      `SELECT 1 FROM discussion_category c WHERE c.id = $2 AND ${this.visibleCategorySql('c.id', '$1')}`,
      [userId, categoryId],
    );
    return rows.length > 0;
  }

  async canSeeThread(userId: string, threadId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.db).query(
      `SELECT 1 FROM discussion_thread t WHERE t.id = $2 AND ${this.visibleCategorySql('t.category_id', '$1')}`,
      [userId, threadId],
    );
    return rows.length > 0;
  }

  /** The thread ids among `threadIds` the user can see. */
  async visibleThreadIds(userId: string, threadIds: readonly string[]): Promise<Set<string>> {
    if (threadIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT t.id FROM discussion_thread t WHERE t.id = ANY($2::uuid[]) AND ${this.visibleCategorySql('t.category_id', '$1')}`,
      [userId, threadIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The post ids among `postIds` the user can see (the post's thread is visible). */
  async visiblePostIds(userId: string, postIds: readonly string[]): Promise<Set<string>> {
    if (postIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT p.id FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id
       WHERE p.id = ANY($2::uuid[]) AND ${this.visibleCategorySql('t.category_id', '$1')}`,
      [userId, postIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Among `userIds`, the active members who can see the category (so a mention or a subscriber
   * outside a restricted category's groups is never told anything).
   */
  async whoCanSeeCategory(
    categoryId: string,
    userIds: readonly string[],
    manager?: EntityManager,
  ): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string }[] = await (manager ?? this.db).query(
      `SELECT u.id FROM app_user u
       WHERE u.id = ANY($2::uuid[]) AND u.status = '${AccountStatus.ACTIVE}'
         AND ${this.visibleCategorySql('$1', 'u.id')}`,
      [categoryId, userIds],
    );
    return rows.map((r) => r.id);
  }
}
