import { Injectable } from '@nestjs/common';
import {
  Args,
  Context,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { WatchLevel } from '@cop/contracts';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import { Attachment } from '../files/dto/attachment.type.js';
import { FilesService } from '../files/files.service.js';
import { Member } from '../identity/dto/member.type.js';
import { toMember } from '../identity/identity.mappers.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import { MembersService } from '../identity/members.service.js';
import { CategoriesService, type CategoryRow, type GroupRow } from './categories.service.js';
import { DiscussionLoaders } from './discussion.loaders.js';
import { toPost, toThread, type PostRow } from './discussion.rows.js';
import {
  DiscussionCategory,
  DiscussionGroup,
  DiscussionPost,
  DiscussionPostPage,
  DiscussionSearchPage,
  DiscussionThread,
  DiscussionThreadPage,
  PostReference,
  PostRevision,
  ThreadLink,
  ThreadReadState,
} from './dto/discussion.types.js';
import {
  DeleteReasonInput,
  EditPostInput,
  NewThreadInput,
  PostReasonInput,
  ReplyInput,
  SearchFilter,
  ThreadFilter,
  WatchInput,
} from './dto/inputs.js';
import { DiscussionSearchService, highlightParts } from './search.service.js';
import { ThreadsService } from './threads.service.js';
import { markdownToText } from '@cop/contracts/markdown';

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(Math.trunc(n), min), max);

export const pageComplexity = ({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>;
  childComplexity: number;
}) => 1 + clamp(Number(args.first ?? 20), 1, 100) * childComplexity;

/** The request's loaders, made on first use. */
@Injectable()
export class DiscussionLoaderFactory {
  private readonly byRequest = new WeakMap<object, DiscussionLoaders>();

  constructor(
    readonly members: MembersService,
    readonly threads: ThreadsService,
    readonly categories: CategoriesService,
    readonly files: FilesService,
  ) {}

  for(ctx: GraphQLContext, principal: Principal): DiscussionLoaders {
    const key = ctx.req as object;
    let loaders = this.byRequest.get(key);
    if (!loaders) {
      loaders = new DiscussionLoaders(principal, this);
      this.byRequest.set(key, loaders);
    }
    return loaders;
  }
}

export function toCategory(row: CategoryRow): DiscussionCategory {
  const texts = (map: Record<string, string>) =>
    Object.entries(map).map(([language, text]) => ({ language, text }));
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    names: texts(row.names),
    description: row.description,
    descriptions: texts(row.descriptions),
    position: row.position,
    restricted: row.restricted,
    groups: [],
    threadCount: row.thread_count,
    unreadThreadCount: row.unread_thread_count,
    lastActivityAt: row.last_activity_at,
    watchLevel: row.watch_level ?? WatchLevel.NONE,
  };
}

export function toGroup(row: GroupRow): DiscussionGroup {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    description: row.description,
    memberCount: row.member_count,
    isMember: row.is_member,
  };
}

@Resolver(() => DiscussionCategory)
export class CategoryResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly loaders: DiscussionLoaderFactory,
  ) {}

  @Policy('discussions.read')
  @Query(() => [DiscussionCategory], { description: 'The categories the caller can see, in order' })
  async discussionCategories(@CurrentUser() principal: Principal): Promise<DiscussionCategory[]> {
    return (await this.categories.visible(principal)).map(toCategory);
  }

  @Policy('discussions.read')
  @Query(() => DiscussionCategory, { description: 'A category by id or short name' })
  async discussionCategory(
    @Args('idOrSlug') idOrSlug: string,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionCategory> {
    return toCategory(await this.categories.one(principal, idOrSlug));
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionCategory, { description: 'Watch (every new thread) or mute a category' })
  async watchDiscussionCategory(
    @Args('categoryId', { type: () => ID }) categoryId: string,
    @Args('input') input: WatchInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionCategory> {
    return toCategory(await this.categories.watchCategory(principal, categoryId, input.level));
  }

  @ResolveField(() => Int)
  async threadCount(
    @Parent() category: DiscussionCategory,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    return (
      category.threadCount ??
      (await this.loaders.for(ctx, principal).categoryStats.load(category.id)).thread_count
    );
  }

  @ResolveField(() => Int, { description: 'Threads with posts the caller has not read' })
  async unreadThreadCount(
    @Parent() category: DiscussionCategory,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    return (
      category.unreadThreadCount ??
      (await this.loaders.for(ctx, principal).categoryStats.load(category.id)).unread_thread_count
    );
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true })
  async lastActivityAt(
    @Parent() category: DiscussionCategory,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Date | null> {
    if (category.lastActivityAt !== undefined) return category.lastActivityAt;
    return (await this.loaders.for(ctx, principal).categoryStats.load(category.id)).last_activity_at;
  }

  @ResolveField(() => [DiscussionGroup])
  async groups(
    @Parent() category: DiscussionCategory,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DiscussionGroup[]> {
    if (!category.restricted) return [];
    return (await this.loaders.for(ctx, principal).categoryGroups.load(category.id)).map(toGroup);
  }
}

@Resolver(() => DiscussionThread)
export class ThreadResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly loaders: DiscussionLoaderFactory,
  ) {}

  @Policy('discussions.read')
  @Query(() => DiscussionThreadPage, {
    description: 'Threads the caller can see, pinned first then by last activity; first: 1–100',
    complexity: pageComplexity,
  })
  async discussionThreads(
    @Args('filter', { type: () => ThreadFilter, nullable: true }) filter: ThreadFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DiscussionThreadPage> {
    const page = await this.threads.page(
      principal,
      filter,
      clamp(first, 1, 100),
      Math.max(0, Math.trunc(offset)),
    );
    const loaders = this.loaders.for(ctx, principal);
    for (const row of page.rows) {
      loaders.readStates.prime(row.id, {
        lastReadSeq: row.last_read_seq ?? 0,
        readAt: row.read_at,
        watch: row.watch_level,
      });
      loaders.threads.prime(row.id, row);
      for (const member of [row.author, row.last_post_author]) {
        if (member) loaders.members.prime(member.id, toMember(member as unknown as UserEntity));
      }
    }
    const result = new DiscussionThreadPage();
    result.items = page.rows.map(toThread);
    Object.defineProperty(result, 'total', { get: () => page.total(), enumerable: true });
    return result;
  }

  @Policy('discussions.read')
  @Query(() => DiscussionThread)
  async discussionThread(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.threads.thread(principal, id));
  }

  @ResolveField(() => DiscussionCategory)
  async category(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DiscussionCategory> {
    const row = await this.loaders.for(ctx, principal).categories.load(thread.categoryId);
    return toCategory(row!);
  }

  @ResolveField(() => Member, { nullable: true })
  async author(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return this.loaders.for(ctx, principal).members.load(thread.authorId);
  }

  @ResolveField(() => Member, { nullable: true })
  async lastPostAuthor(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return thread.lastPostAuthorId
      ? this.loaders.for(ctx, principal).members.load(thread.lastPostAuthorId)
      : null;
  }

  @ResolveField(() => ThreadReadState)
  async readState(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<ThreadReadState> {
    const state = await this.loaders.for(ctx, principal).readStates.load(thread.id);
    const unread = thread.lastSeq > state.lastReadSeq;
    return {
      lastReadSeq: state.lastReadSeq,
      unread,
      firstUnreadSeq: unread ? state.lastReadSeq + 1 : null,
      lastVisitAt: state.readAt,
    };
  }

  @ResolveField(() => WatchLevel)
  async watchLevel(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<WatchLevel> {
    return (await this.loaders.for(ctx, principal).readStates.load(thread.id)).watch ?? WatchLevel.NONE;
  }

  @ResolveField(() => DiscussionPost, { nullable: true, description: 'The opening post' })
  async opening(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DiscussionPost | null> {
    const row = await this.loaders.for(ctx, principal).openingPosts.load(thread.id);
    return row ? toPost(row, this.threads.viewer(principal), thread.locked) : null;
  }

  @ResolveField(() => DiscussionPostPage, { complexity: pageComplexity })
  async posts(
    @Parent() thread: DiscussionThread,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('afterSeq', { type: () => Int, defaultValue: 0 }) afterSeq: number,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DiscussionPostPage> {
    const page = await this.threads.posts(principal, thread.id, clamp(first, 1, 100), Math.max(0, afterSeq));
    const loaders = this.loaders.for(ctx, principal);
    page.rows.forEach((r) => loaders.posts.prime(r.id, r));
    const viewer = this.threads.viewer(principal);
    return {
      items: page.rows.map((r) => toPost(r, viewer, thread.locked)),
      total: page.total,
      hasMore: page.hasMore,
    };
  }

  @ResolveField(() => [ThreadLink])
  async links(
    @Parent() thread: DiscussionThread,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<ThreadLink[]> {
    const rows = await this.loaders.for(ctx, principal).links.load(thread.id);
    return rows.map((r) => ({ targetType: r.target_type, targetId: r.target_id, createdAt: r.created_at }));
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionThread, { description: 'Starts a thread with its opening post' })
  async createDiscussionThread(
    @Args('input') input: NewThreadInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.threads.createThread(principal, input));
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionThread, { description: 'Marks the thread read up to a post number' })
  async markDiscussionThreadRead(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('seq', { type: () => Int }) seq: number,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.threads.markRead(principal, threadId, seq));
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionThread, { description: 'Watch, mute, or go back to the default for a thread' })
  async watchDiscussionThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('input') input: WatchInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.threads.watchThread(principal, threadId, input.level));
  }
}

@Resolver(() => DiscussionPost)
export class PostResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly loaders: DiscussionLoaderFactory,
    private readonly members: MembersService,
  ) {}

  private view(row: PostRow, principal: Principal): DiscussionPost {
    return toPost(row, this.threads.viewer(principal), row.locked_at !== null && row.locked_at !== undefined);
  }

  @ResolveField(() => Member, { nullable: true })
  async author(
    @Parent() post: DiscussionPost,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return this.loaders.for(ctx, principal).members.load(post.authorId);
  }

  @ResolveField('threadId', () => ID)
  threadIdField(@Parent() post: DiscussionPost): string {
    return post.threadId;
  }

  @ResolveField(() => [Attachment], {
    description: 'Files attached (none when the post is removed or hidden from the caller)',
  })
  async attachments(
    @Parent() post: DiscussionPost,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    if (post.body === null) return [];
    return this.loaders.for(ctx, principal).attachments.load(post.id);
  }

  @ResolveField(() => PostReference, { nullable: true, description: 'The post this one answers' })
  async replyTo(
    @Parent() post: DiscussionPost,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<PostReference | null> {
    if (!post.replyToId) return null;
    const loaders = this.loaders.for(ctx, principal);
    const row = await loaders.posts.load(post.replyToId);
    if (!row) return null;
    const visible = this.view(row, principal);
    return {
      id: row.id,
      seq: row.seq,
      author: await loaders.members.load(row.author_id),
      excerpt: visible.body ? markdownToText(visible.body, 160) : '',
    };
  }

  @ResolveField(() => Boolean, { description: 'The caller has an open flag on this post' })
  async flaggedByMe(
    @Parent() post: DiscussionPost,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.loaders.for(ctx, principal).flaggedByMe.load(post.id);
  }

  @ResolveField(() => [PostRevision], { description: 'Earlier texts, newest first (author and moderators)' })
  async revisions(
    @Parent() post: DiscussionPost,
    @CurrentUser() principal: Principal,
  ): Promise<PostRevision[]> {
    if (!post.canSeeHistory) return [];
    const rows = await this.threads.revisions(principal, post.id);
    const editors = await this.members.usersByIds([
      ...new Set(rows.map((r) => r.editor_id).filter((x): x is string => !!x)),
    ]);
    return rows.map((r) => {
      const editor = r.editor_id ? editors.get(r.editor_id) : undefined;
      return {
        id: r.id,
        editor: editor ? toMember(editor) : null,
        createdAt: r.created_at,
        title: r.title,
        body: r.body,
      };
    });
  }

  @Policy('discussions.read')
  @Query(() => DiscussionPost)
  async discussionPost(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    return this.view(await this.threads.post(principal, id), principal);
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionPost, { description: 'Replies in a thread (moderators only when it is locked)' })
  async replyToDiscussionThread(
    @Args('input') input: ReplyInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    return this.view(await this.threads.reply(principal, input), principal);
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionPost, {
    description: 'Edits one’s own post; the previous text is kept in its history',
  })
  async editDiscussionPost(
    @Args('input') input: EditPostInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    return this.view(await this.threads.edit(principal, input), principal);
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionPost, {
    description: 'Deletes a post: the author’s own, or any post by a moderator (who must give a reason)',
  })
  async deleteDiscussionPost(
    @Args('postId', { type: () => ID }) postId: string,
    @Args('input', { type: () => DeleteReasonInput, nullable: true }) input: DeleteReasonInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    return this.view(await this.threads.delete(principal, postId, input?.reason ?? null), principal);
  }

  @Policy('discussions.write')
  @Mutation(() => DiscussionPost, { description: 'Flags a post for the moderators, with a reason' })
  async flagDiscussionPost(
    @Args('input') input: PostReasonInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    return this.view(await this.threads.flag(principal, input.postId, input.reason), principal);
  }

  @Policy('discussions.read')
  @Query(() => [Member], {
    description: 'Members who can see the thread (or category), by name, for @mentions',
  })
  async mentionCandidates(
    @Args('query') query: string,
    @Args('threadId', { type: () => ID, nullable: true }) threadId: string,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId: string,
    @CurrentUser() principal: Principal,
  ): Promise<Member[]> {
    const users = await this.threads.mentionCandidates(principal, query, { threadId, categoryId });
    return users.map(toMember);
  }
}

@Resolver(() => DiscussionSearchPage)
export class SearchResolver {
  constructor(
    private readonly search: DiscussionSearchService,
    private readonly threads: ThreadsService,
    private readonly loaders: DiscussionLoaderFactory,
  ) {}

  @Policy('discussions.read')
  @Query(() => DiscussionSearchPage, {
    description: 'Full-text search over the threads and posts the caller can see; first: 1–50',
    complexity: pageComplexity,
  })
  async discussionSearch(
    @Args('query') query: string,
    @Args('filter', { type: () => SearchFilter, nullable: true }) filter: SearchFilter,
    @Args('language', { nullable: true, description: 'The language the query is written in (ISO 639-1)' })
    language: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<DiscussionSearchPage> {
    const { rows, total } = await this.search.search(
      principal,
      query,
      filter,
      language ?? 'en',
      clamp(first, 1, 50),
      Math.max(0, Math.trunc(offset)),
    );
    const loaders = this.loaders.for(ctx, principal);
    const viewer = this.threads.viewer(principal);
    const items = await Promise.all(
      rows.map(async (r) => {
        const thread = (await loaders.threads.load(r.thread_id))!;
        const post = r.post_id ? await loaders.posts.load(r.post_id) : null;
        return {
          thread: toThread(thread),
          post: post ? toPost(post, viewer, thread.locked_at !== null) : null,
          title: highlightParts(r.title_marked),
          excerpt: highlightParts(r.excerpt_marked),
          rank: Number(r.rank),
        };
      }),
    );
    return { items, total };
  }
}
