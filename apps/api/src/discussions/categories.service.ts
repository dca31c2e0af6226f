import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountStatus, ErrorCode, THREAD_EVENTS, WatchLevel } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../access/audit.service.js';
import { DiscussionAccess } from '../access/discussion.access.js';
import type { Principal } from '../access/principal.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { badInput } from '../common/validation/validation.pipe.js';
import type { CategoryInput, GroupInput, LocalizedTextInput } from './dto/inputs.js';
import type { DiscussionGroupKind } from './dto/enums.js';

export interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  names: Record<string, string>;
  description: string;
  descriptions: Record<string, string>;
  position: number;
  restricted: boolean;
  /** Absent when the row was read without its statistics (see `byIds`). */
  thread_count?: number;
  unread_thread_count?: number;
  last_activity_at?: Date | null;
  watch_level: 'WATCHING' | 'MUTED' | null;
}

export interface CategoryStats {
  thread_count: number;
  unread_thread_count: number;
  last_activity_at: Date | null;
}

export interface GroupRow {
  id: string;
  slug: string;
  kind: DiscussionGroupKind;
  name: string;
  description: string;
  member_count: number;
  is_member: boolean;
}

const toMap = (list: LocalizedTextInput[] | undefined) =>
  Object.fromEntries((list ?? []).filter((l) => l.text).map((l) => [l.language, l.text]));

const uniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505';

/** Categories (admins) and regional or thematic groups (moderators), and who sees what. */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DiscussionAccess,
    private readonly audit: AuditService,
    private readonly hub: RealtimeHub,
  ) {}

  /** The categories the caller can see, in order, with counts and their unread threads. */
  async visible(principal: Principal, categoryId?: string): Promise<CategoryRow[]> {
    const params: unknown[] = [principal.userId];
    let only = '';
    if (categoryId) {
      if (!isUUID(categoryId)) return [];
      params.push(categoryId);
      only = 'AND c.id = $2';
    }
    return this.db.query(
      `SELECT c.id, c.slug, c.name, c.names, c.description, c.descriptions, c.position,
         EXISTS (SELECT 1 FROM discussion_category_group g WHERE g.category_id = c.id) AS restricted,
         coalesce(st.thread_count, 0)::int AS thread_count,
         coalesce(st.unread, 0)::int AS unread_thread_count,
         st.last_activity_at,
         s.level AS watch_level
       FROM discussion_category c
       LEFT JOIN LATERAL (
         SELECT count(*) AS thread_count, max(t.last_post_at) AS last_activity_at,
                count(*) FILTER (WHERE t.last_seq > coalesce(r.last_read_seq, 0)) AS unread
         FROM discussion_thread t
         LEFT JOIN discussion_thread_read r ON r.thread_id = t.id AND r.user_id = $1
         WHERE t.category_id = c.id
       ) st ON true
       LEFT JOIN discussion_subscription s ON s.category_id = c.id AND s.user_id = $1
       WHERE ${this.access.visibleCategorySql('c.id', '$1')} ${only}
       ORDER BY c.position, c.name`,
      params,
    );
  }

  /**
   * Categories by id without their statistics (for the loader behind `thread.category`): a page
   * of threads should not count every thread of every category to show their names.
   */
  async byIds(principal: Principal, ids: readonly string[]): Promise<CategoryRow[]> {
    if (!ids.length) return [];
    return this.db.query(
      `SELECT c.id, c.slug, c.name, c.names, c.description, c.descriptions, c.position,
         EXISTS (SELECT 1 FROM discussion_category_group g WHERE g.category_id = c.id) AS restricted,
         s.level AS watch_level
       FROM discussion_category c
       LEFT JOIN discussion_subscription s ON s.category_id = c.id AND s.user_id = $1
       WHERE c.id = ANY($2::uuid[]) AND ${this.access.visibleCategorySql('c.id', '$1')}`,
      [principal.userId, ids],
    );
  }

  /** Thread counts, unread counts and last activity of these (visible) categories. */
  async stats(principal: Principal, ids: readonly string[]): Promise<Map<string, CategoryStats>> {
    const rows: (CategoryStats & { id: string })[] = ids.length
      ? await this.db.query(
          `SELECT c.id, count(t.id)::int AS thread_count, max(t.last_post_at) AS last_activity_at,
             (count(t.id) FILTER (WHERE t.last_seq > coalesce(r.last_read_seq, 0)))::int AS unread_thread_count
           FROM discussion_category c
           LEFT JOIN discussion_thread t ON t.category_id = c.id
           LEFT JOIN discussion_thread_read r ON r.thread_id = t.id AND r.user_id = $1
           WHERE c.id = ANY($2::uuid[]) AND ${this.access.visibleCategorySql('c.id', '$1')}
           GROUP BY c.id`,
          [principal.userId, ids],
        )
      : [];
    return new Map(rows.map(({ id, ...stats }) => [id, stats]));
  }

  async one(principal: Principal, idOrSlug: string): Promise<CategoryRow> {
    let id = idOrSlug;
    if (!isUUID(idOrSlug)) {
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM discussion_category WHERE slug = $1`,
        [idOrSlug],
      );
      id = rows[0]?.id ?? '';
    }
    const [row] = id ? await this.visible(principal, id) : [];
    if (!row) throw notFound('category');
    return row;
  }

  /** The groups of each category (for a loader). */
  async groupsOfCategories(principal: Principal, ids: readonly string[]): Promise<Map<string, GroupRow[]>> {
    const rows: (GroupRow & { category_id: string })[] = ids.length
      ? await this.db.query(
          `SELECT cg.category_id, ${this.groupColumns('$1')} FROM discussion_category_group cg
           JOIN discussion_group g ON g.id = cg.group_id WHERE cg.category_id = ANY($2::uuid[]) ORDER BY g.name`,
          [principal.userId, ids],
        )
      : [];
    const map = new Map<string, GroupRow[]>();
    for (const r of rows) map.set(r.category_id, [...(map.get(r.category_id) ?? []), r]);
    return map;
  }

  async watchCategory(principal: Principal, categoryId: string, level: WatchLevel): Promise<CategoryRow> {
    const category = await this.one(principal, categoryId);
    if (level === WatchLevel.NONE) {
      await this.db.query(`DELETE FROM discussion_subscription WHERE category_id = $1 AND user_id = $2`, [
        category.id,
        principal.userId,
      ]);
    } else {
      await this.db.query(
        `INSERT INTO discussion_subscription (user_id, category_id, level, reason) VALUES ($1, $2, $3, 'MANUAL')
         ON CONFLICT (category_id, user_id) WHERE category_id IS NOT NULL
         DO UPDATE SET level = EXCLUDED.level, reason = 'MANUAL'`,
        [principal.userId, category.id, level],
      );
    }
    return this.one(principal, category.id);
  }

  // ------------------------------------------------------------ administration

  async createCategory(principal: Principal, input: CategoryInput): Promise<CategoryRow> {
    const id = await this.db.transaction(async (m) => {
      await this.checkGroups(m, input.groupIds);
      let row: { id: string } | undefined;
      try {
        [row] = (await m.query(
          `INSERT INTO discussion_category (slug, name, names, description, descriptions, position)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            input.slug,
            input.name,
            toMap(input.names),
            input.description,
            toMap(input.descriptions),
            input.position,
          ],
        )) as { id: string }[];
      } catch (e) {
        if (uniqueViolation(e)) throw this.slugTaken();
        throw e;
      }
      await this.setGroups(m, row!.id, input.groupIds);
      await this.audit.record(
        {
          action: 'discussion.category.created',
          actorId: principal.userId,
          targetType: 'discussion_category',
          targetId: row!.id,
          details: { slug: input.slug, groupIds: input.groupIds },
        },
        m,
      );
      return row!.id;
    });
    return this.adminView(principal, id);
  }

  async updateCategory(principal: Principal, id: string, input: CategoryInput): Promise<CategoryRow> {
    if (!isUUID(id)) throw notFound('category');
    await this.db.transaction(async (m) => {
      await this.checkGroups(m, input.groupIds);
      let updated: unknown[];
      try {
        [updated] = (await m.query(
          `UPDATE discussion_category SET slug = $2, name = $3, names = $4, description = $5, descriptions = $6,
             position = $7, updated_at = now() WHERE id = $1 RETURNING id`,
          [
            id,
            input.slug,
            input.name,
            toMap(input.names),
            input.description,
            toMap(input.descriptions),
            input.position,
          ],
        )) as unknown[][];
      } catch (e) {
        if (uniqueViolation(e)) throw this.slugTaken();
        throw e;
      }
      if (!updated?.length) throw notFound('category');
      await this.setGroups(m, id, input.groupIds);
      await this.audit.record(
        {
          action: 'discussion.category.updated',
          actorId: principal.userId,
          targetType: 'discussion_category',
          targetId: id,
          details: { slug: input.slug, groupIds: input.groupIds },
        },
        m,
      );
    });
    // Who may be in the category's live rooms may have changed: every socket joins again.
    const threads: { id: string }[] = await this.db.query(
      `SELECT id FROM discussion_thread WHERE category_id = $1`,
      [id],
    );
    for (const t of threads)
      this.hub.resetRoom(`thread:${t.id}`, THREAD_EVENTS.accessChanged, { threadId: t.id });
    return this.adminView(principal, id);
  }

  /** Admins see a category they just saved even when restricted to groups they are not in. */
  private async adminView(principal: Principal, id: string): Promise<CategoryRow> {
    const [visible] = await this.visible(principal, id);
    if (visible) return visible;
    const rows: CategoryRow[] = await this.db.query(
      `SELECT c.id, c.slug, c.name, c.names, c.description, c.descriptions, c.position, true AS restricted,
         0 AS thread_count, 0 AS unread_thread_count, NULL AS last_activity_at, NULL AS watch_level
       FROM discussion_category c WHERE c.id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('category');
    return rows[0];
  }

  /** Every category, for the admins who manage them (names and groups only, never content). */
  async allForAdmin(principal: Principal): Promise<CategoryRow[]> {
    const ids: { id: string }[] = await this.db.query(
      `SELECT id FROM discussion_category ORDER BY position, name`,
    );
    return Promise.all(ids.map((r) => this.adminView(principal, r.id)));
  }

  private async checkGroups(m: EntityManager, groupIds: string[]): Promise<void> {
    if (!groupIds.length) return;
    const [row] = (await m.query(
      `SELECT count(*)::int AS n FROM discussion_group WHERE id = ANY($1::uuid[])`,
      [groupIds],
    )) as { n: number }[];
    if (row!.n !== groupIds.length) {
      throw badInput([{ field: 'groupIds', code: 'unknownGroup', message: 'Choose groups from the list.' }]);
    }
  }

  private async setGroups(m: EntityManager, categoryId: string, groupIds: string[]): Promise<void> {
    await m.query(`DELETE FROM discussion_category_group WHERE category_id = $1`, [categoryId]);
    if (groupIds.length) {
      await m.query(
        `INSERT INTO discussion_category_group (category_id, group_id) SELECT $1, unnest($2::uuid[])`,
        [categoryId, groupIds],
      );
    }
  }

  private slugTaken() {
    return badInput([
      { field: 'slug', code: 'slugTaken', message: 'Another one already uses this short name.' },
    ]);
  }

  // ------------------------------------------------------------ groups

  private groupColumns(userParam: string): string {
    return `g.id, g.slug, g.kind, g.name, g.description,
      (SELECT count(*)::int FROM discussion_group_member gm WHERE gm.group_id = g.id) AS member_count,
      EXISTS (SELECT 1 FROM discussion_group_member gm WHERE gm.group_id = g.id AND gm.user_id = ${userParam}) AS is_member`;
  }

  /** Moderators see every group; members see the groups they belong to. */
  async groups(principal: Principal): Promise<GroupRow[]> {
    const all = this.access.isModerator(principal);
    return this.db.query(
      `SELECT ${this.groupColumns('$1')} FROM discussion_group g
       ${all ? '' : 'WHERE EXISTS (SELECT 1 FROM discussion_group_member gm WHERE gm.group_id = g.id AND gm.user_id = $1)'}
       ORDER BY g.kind, g.name`,
      [principal.userId],
    );
  }

  async group(principal: Principal, id: string): Promise<GroupRow> {
    const row = (await this.groups(principal)).find((g) => g.id === id);
    if (!row) throw notFound('group');
    return row;
  }

  async groupMembers(
    groupId: string,
    first: number,
    offset: number,
  ): Promise<{ rows: { user_id: string; added_at: Date }[]; total: number }> {
    if (!isUUID(groupId)) throw notFound('group');
    const rows: { user_id: string; added_at: Date; total: number }[] = await this.db.query(
      `SELECT gm.user_id, gm.added_at, count(*) OVER ()::int AS total FROM discussion_group_member gm
       JOIN app_user u ON u.id = gm.user_id WHERE gm.group_id = $1 ORDER BY u.full_name LIMIT $2 OFFSET $3`,
      [groupId, first, offset],
    );
    return { rows, total: rows[0]?.total ?? 0 };
  }

  async createGroup(principal: Principal, input: GroupInput): Promise<GroupRow> {
    const id = await this.db.transaction(async (m) => {
      let row: { id: string } | undefined;
      try {
        [row] = (await m.query(
          `INSERT INTO discussion_group (slug, kind, name, description) VALUES ($1, $2, $3, $4) RETURNING id`,
          [input.slug, input.kind, input.name, input.description],
        )) as { id: string }[];
      } catch (e) {
        if (uniqueViolation(e)) throw this.slugTaken();
        throw e;
      }
      await this.audit.record(
        {
          action: 'discussion.group.created',
          actorId: principal.userId,
          targetType: 'discussion_group',
          targetId: row!.id,
          details: { slug: input.slug, kind: input.kind },
        },
        m,
      );
      return row!.id;
    });
    return this.group(principal, id);
  }

  async updateGroup(principal: Principal, id: string, input: GroupInput): Promise<GroupRow> {
    if (!isUUID(id)) throw notFound('group');
    await this.db.transaction(async (m) => {
      let rows: unknown[];
      try {
        [rows] = (await m.query(
          `UPDATE discussion_group SET slug = $2, kind = $3, name = $4, description = $5 WHERE id = $1 RETURNING id`,
          [id, input.slug, input.kind, input.name, input.description],
        )) as unknown[][];
      } catch (e) {
        if (uniqueViolation(e)) throw this.slugTaken();
        throw e;
      }
      if (!rows?.length) throw notFound('group');
      await this.audit.record(
        {
          action: 'discussion.group.updated',
          actorId: principal.userId,
          targetType: 'discussion_group',
          targetId: id,
          details: { slug: input.slug, kind: input.kind },
        },
        m,
      );
    });
    return this.group(principal, id);
  }

  /** Adds active members to a group (others are refused with a clear error; nothing is half-done). */
  async addMembers(principal: Principal, groupId: string, userIds: string[]): Promise<GroupRow> {
    await this.group(principal, groupId);
    await this.db.transaction(async (m) => {
      const active: { id: string }[] = await m.query(
        `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND status = '${AccountStatus.ACTIVE}'`,
        [userIds],
      );
      if (active.length !== userIds.length) {
        throw badInput([
          { field: 'userIds', code: 'notActiveMember', message: 'Only active members can join a group.' },
        ]);
      }
      const added: { user_id: string }[] = await m.query(
        `INSERT INTO discussion_group_member (group_id, user_id, added_by) SELECT $1, unnest($2::uuid[]), $3
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [groupId, userIds, principal.userId],
      );
      for (const { user_id } of added) {
        await this.audit.record(
          {
            action: 'discussion.group.member_added',
            actorId: principal.userId,
            targetType: 'discussion_group',
            targetId: groupId,
            details: { memberId: user_id },
          },
          m,
        );
      }
    });
    return this.group(principal, groupId);
  }

  /** Removes a member: at once they see nothing of the group's categories, live rooms included. */
  async removeMember(principal: Principal, groupId: string, userId: string): Promise<GroupRow> {
    await this.group(principal, groupId);
    if (!isUUID(userId)) throw notFound('member');
    const removed = await this.db.transaction(async (m) => {
      // A DELETE answers [rows, rowCount].
      const [rows] = (await m.query(
        `DELETE FROM discussion_group_member WHERE group_id = $1 AND user_id = $2 RETURNING user_id`,
        [groupId, userId],
      )) as [unknown[], number];
      if (rows.length) {
        await this.audit.record(
          {
            action: 'discussion.group.member_removed',
            actorId: principal.userId,
            targetType: 'discussion_group',
            targetId: groupId,
            details: { memberId: userId },
          },
          m,
        );
      }
      return rows.length > 0;
    });
    if (!removed) throw new AppError(ErrorCode.NOT_FOUND, 'This member is not in the group.');
    await this.hub.leaveAll([userId], 'thread:', THREAD_EVENTS.accessChanged, {});
    return this.group(principal, groupId);
  }
}
