import DataLoader from 'dataloader';
import type { Principal } from '../access/principal.js';
import type { Attachment } from '../files/dto/attachment.type.js';
import { FilesService } from '../files/files.service.js';
import type { Member } from '../identity/dto/member.type.js';
import { toMember } from '../identity/identity.mappers.js';
import { MembersService } from '../identity/members.service.js';
import {
  CategoriesService,
  type CategoryRow,
  type CategoryStats,
  type GroupRow,
} from './categories.service.js';
import type { PostRow, ThreadRow } from './discussion.rows.js';
import { POST_SUBJECT, type ThreadLinkRow, ThreadsService } from './threads.service.js';

export interface ReadState {
  lastReadSeq: number;
  readAt: Date | null;
  watch: 'WATCHING' | 'MUTED' | null;
}

/**
 * One set of loaders per request: a page of threads asks once for all authors, all read states,
 * all categories, however many threads it shows. The page query primes what it already joined.
 */
export class DiscussionLoaders {
  readonly members: DataLoader<string, Member | null>;
  readonly readStates: DataLoader<string, ReadState>;
  readonly categories: DataLoader<string, CategoryRow | null>;
  readonly categoryGroups: DataLoader<string, GroupRow[]>;
  readonly categoryStats: DataLoader<string, CategoryStats>;
  readonly posts: DataLoader<string, PostRow | null>;
  readonly threads: DataLoader<string, ThreadRow | null>;
  readonly openingPosts: DataLoader<string, PostRow | null>;
  readonly attachments: DataLoader<string, Attachment[]>;
  readonly flaggedByMe: DataLoader<string, boolean>;
  readonly links: DataLoader<string, ThreadLinkRow[]>;

  constructor(
    principal: Principal,
    deps: {
      members: MembersService;
      threads: ThreadsService;
      categories: CategoriesService;
      files: FilesService;
    },
  ) {
    this.members = new DataLoader(async (ids) => {
      const users = await deps.members.usersByIds(ids);
      return ids.map((id) => {
        const u = users.get(id);
        return u ? toMember(u) : null;
      });
    });
    this.readStates = new DataLoader(async (ids) => {
      const states = await deps.threads.readStates(principal.userId, ids);
      return ids.map((id) => states.get(id) ?? { lastReadSeq: 0, readAt: null, watch: null });
    });
    this.categories = new DataLoader(async (ids) => {
      const rows = await deps.categories.byIds(principal, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.categoryStats = new DataLoader(async (ids) => {
      const stats = await deps.categories.stats(principal, ids);
      return ids.map(
        (id) => stats.get(id) ?? { thread_count: 0, unread_thread_count: 0, last_activity_at: null },
      );
    });
    this.categoryGroups = new DataLoader(async (ids) => {
      const map = await deps.categories.groupsOfCategories(principal, ids);
      return ids.map((id) => map.get(id) ?? []);
    });
    this.posts = new DataLoader(async (ids) => {
      const map = await deps.threads.postsByIds(principal.userId, ids);
      return ids.map((id) => map.get(id) ?? null);
    });
    this.threads = new DataLoader(async (ids) => {
      const map = await deps.threads.threadsByIds(principal.userId, ids);
      return ids.map((id) => map.get(id) ?? null);
    });
    this.openingPosts = new DataLoader(async (threadIds) => {
      const map = await deps.threads.openingPosts(principal.userId, threadIds);
      return threadIds.map((id) => map.get(id) ?? null);
    });
    this.attachments = new DataLoader(async (postIds) => {
      const map = await deps.files.attachmentsFor(POST_SUBJECT, postIds);
      return postIds.map((id) => map.get(id) ?? []);
    });
    this.links = new DataLoader(async (threadIds) => {
      const map = await deps.threads.linksOf(threadIds);
      return threadIds.map((id) => map.get(id) ?? []);
    });
    this.flaggedByMe = new DataLoader(async (postIds) => {
      const set = await deps.threads.flaggedBy(principal.userId, postIds);
      return postIds.map((id) => set.has(id));
    });
  }
}
