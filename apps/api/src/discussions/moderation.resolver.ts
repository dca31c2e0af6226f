import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import { toMember } from '../identity/identity.mappers.js';
import { MembersService } from '../identity/members.service.js';
import { CategoriesService } from './categories.service.js';
import { toPost, toThread } from './discussion.rows.js';
import {
  DiscussionCategory,
  DiscussionGroup,
  DiscussionGroupMemberPage,
  DiscussionPost,
  DiscussionThread,
  ModerationQueue,
} from './dto/discussion.types.js';
import {
  CategoryInput,
  GroupInput,
  GroupMembersInput,
  MoveThreadInput,
  PostReasonInput,
  ThreadModerationInput,
} from './dto/inputs.js';
import { DiscussionLoaderFactory, pageComplexity, toCategory, toGroup } from './discussions.resolver.js';
import { ModerationService } from './moderation.service.js';
import { ThreadsService } from './threads.service.js';

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(Math.trunc(n), min), max);

/** Moderators' queue and actions; every one of them is audited by the service. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly threads: ThreadsService,
    private readonly loaders: DiscussionLoaderFactory,
  ) {}

  @Policy('discussions.moderate')
  @Query(() => ModerationQueue, {
    description: 'Flagged posts in the categories the moderator can see, oldest first',
    complexity: pageComplexity,
  })
  async moderationQueue(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<ModerationQueue> {
    const { items, total } = await this.moderation.queue(
      principal,
      clamp(first, 1, 100),
      Math.max(0, offset),
    );
    const loaders = this.loaders.for(ctx, principal);
    const viewer = this.threads.viewer(principal);
    return {
      total,
      items: await Promise.all(
        items.map(async (i) => ({
          post: toPost(i.post, viewer, i.thread.locked_at !== null),
          thread: toThread(i.thread),
          firstFlaggedAt: i.first_flagged_at,
          flags: await Promise.all(
            i.flags.map(async (f) => ({
              id: f.id,
              reason: f.reason,
              createdAt: f.created_at,
              reporter: await loaders.members.load(f.reporter_id),
            })),
          ),
        })),
      ),
    };
  }

  @Policy('discussions.moderate')
  @Query(() => Int, { description: 'Flagged posts waiting, for the moderator’s badge' })
  async moderationQueueCount(@CurrentUser() principal: Principal): Promise<number> {
    return this.moderation.openFlagCount(principal);
  }

  @Policy('discussions.moderate')
  @Mutation(() => DiscussionPost, { description: 'Hides a post: members see a notice, moderators the text' })
  async hideDiscussionPost(
    @Args('input') input: PostReasonInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    const row = await this.moderation.hide(principal, input.postId, input.reason);
    return toPost(row, this.threads.viewer(principal), row.locked_at !== null && row.locked_at !== undefined);
  }

  @Policy('discussions.moderate')
  @Mutation(() => DiscussionPost)
  async restoreDiscussionPost(
    @Args('input') input: PostReasonInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    const row = await this.moderation.restore(principal, input.postId, input.reason);
    return toPost(row, this.threads.viewer(principal), row.locked_at !== null && row.locked_at !== undefined);
  }

  @Policy('discussions.moderate')
  @Mutation(() => DiscussionPost, { description: 'Closes the open flags on a post without hiding it' })
  async dismissDiscussionFlags(
    @Args('input') input: PostReasonInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionPost> {
    const row = await this.moderation.dismissFlags(principal, input.postId, input.reason);
    return toPost(row, this.threads.viewer(principal), row.locked_at !== null && row.locked_at !== undefined);
  }

  @Policy('discussions.moderate')
  @Mutation(() => DiscussionThread)
  async lockDiscussionThread(
    @Args('input') input: ThreadModerationInput,
    @Args('locked', { defaultValue: true }) locked: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.moderation.setLocked(principal, input.threadId, locked, input.reason));
  }

  @Policy('discussions.moderate')
  @Mutation(() => DiscussionThread)
  async pinDiscussionThread(
    @Args('input') input: ThreadModerationInput,
    @Args('pinned', { defaultValue: true }) pinned: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.moderation.setPinned(principal, input.threadId, pinned, input.reason));
  }

  @Policy('discussions.moderate')
  @Mutation(() => DiscussionThread)
  async moveDiscussionThread(
    @Args('input') input: MoveThreadInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionThread> {
    return toThread(await this.moderation.move(principal, input.threadId, input.categoryId, input.reason));
  }
}

/** Groups (moderators) and categories (admins). */
@Resolver()
export class GroupsResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly members: MembersService,
  ) {}

  @Policy('discussions.read')
  @Query(() => [DiscussionGroup], { description: 'Moderators: every group; members: their own groups' })
  async discussionGroups(@CurrentUser() principal: Principal): Promise<DiscussionGroup[]> {
    return (await this.categories.groups(principal)).map(toGroup);
  }

  @Policy('discussions.groups.manage')
  @Query(() => DiscussionGroupMemberPage, { complexity: pageComplexity })
  async discussionGroupMembers(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionGroupMemberPage> {
    await this.categories.group(principal, groupId);
    const { rows, total } = await this.categories.groupMembers(
      groupId,
      clamp(first, 1, 200),
      Math.max(0, offset),
    );
    const users = await this.members.usersByIds(rows.map((r) => r.user_id));
    return {
      total,
      items: rows.flatMap((r) => {
        const u = users.get(r.user_id);
        return u ? [{ member: toMember(u), addedAt: r.added_at }] : [];
      }),
    };
  }

  @Policy('discussions.groups.manage')
  @Mutation(() => DiscussionGroup)
  async createDiscussionGroup(
    @Args('input') input: GroupInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionGroup> {
    return toGroup(await this.categories.createGroup(principal, input));
  }

  @Policy('discussions.groups.manage')
  @Mutation(() => DiscussionGroup)
  async updateDiscussionGroup(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: GroupInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionGroup> {
    return toGroup(await this.categories.updateGroup(principal, id, input));
  }

  @Policy('discussions.groups.manage')
  @Mutation(() => DiscussionGroup, { description: 'Adds active members to a group' })
  async addDiscussionGroupMembers(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: GroupMembersInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionGroup> {
    return toGroup(await this.categories.addMembers(principal, groupId, input.userIds));
  }

  @Policy('discussions.groups.manage')
  @Mutation(() => DiscussionGroup, {
    description: 'Removes a member; they lose access at once, live rooms included',
  })
  async removeDiscussionGroupMember(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionGroup> {
    return toGroup(await this.categories.removeMember(principal, groupId, userId));
  }

  @Policy('discussions.categories.manage')
  @Query(() => [DiscussionCategory], {
    description: 'Every category, for admins (names and groups, no content)',
  })
  async adminDiscussionCategories(@CurrentUser() principal: Principal): Promise<DiscussionCategory[]> {
    return (await this.categories.allForAdmin(principal)).map(toCategory);
  }

  @Policy('discussions.categories.manage')
  @Mutation(() => DiscussionCategory)
  async createDiscussionCategory(
    @Args('input') input: CategoryInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionCategory> {
    return toCategory(await this.categories.createCategory(principal, input));
  }

  @Policy('discussions.categories.manage')
  @Mutation(() => DiscussionCategory)
  async updateDiscussionCategory(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CategoryInput,
    @CurrentUser() principal: Principal,
  ): Promise<DiscussionCategory> {
    return toCategory(await this.categories.updateCategory(principal, id, input));
  }
}
