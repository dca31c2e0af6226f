import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { Member } from '../identity/dto/member.type.js';
import { toMember } from '../identity/identity.mappers.js';
import { MembersService } from '../identity/members.service.js';
import { NotificationPreferencesInput } from './dto/notification-preferences.input.js';
import { Notification, NotificationPage, NotificationPreferences } from './dto/notification.type.js';
import { MAX_PAGE_SIZE, NotificationsService } from './notifications.service.js';

/** One actor loader per request: a page of notifications asks for its actors once. */
const actorLoaders = new WeakMap<object, DataLoader<string, Member | null>>();

function actorLoader(members: MembersService, req: Request): DataLoader<string, Member | null> {
  let loader = actorLoaders.get(req);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await members.activeMembersByIds(ids)).map((u) => [u.id, toMember(u)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    actorLoaders.set(req, loader);
  }
  return loader;
}

/** The caller's own notifications: every query and mutation reaches only the caller's rows. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly members: MembersService,
  ) {}

  @Policy('notifications.own')
  @Query(() => NotificationPage, {
    description: `Your notifications, newest first; first: 1–${MAX_PAGE_SIZE}; after: endCursor of the previous page`,
    complexity: ({ args, childComplexity }) =>
      1 + Math.min(Number(args.first ?? 20), MAX_PAGE_SIZE) * childComplexity,
  })
  notifications(
    @CurrentUser() principal: Principal,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationPage> {
    return this.service.list(principal, { first, after, unreadOnly });
  }

  @Policy('notifications.own')
  @Query(() => Int, {
    description: 'Your unread notifications that you may still see (counted among the newest 200 unread)',
  })
  unreadNotificationCount(@CurrentUser() principal: Principal): Promise<number> {
    return this.service.unreadCount(principal);
  }

  @Policy('notifications.own')
  @Mutation(() => Int, {
    description: 'Marks these notifications of yours read (at most 200); answers how many changed',
  })
  markNotificationsRead(
    @CurrentUser() principal: Principal,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(principal, ids);
  }

  @Policy('notifications.own')
  @Mutation(() => Int, { description: 'Marks all your notifications read; answers how many changed' })
  markAllNotificationsRead(@CurrentUser() principal: Principal): Promise<number> {
    return this.service.markAllRead(principal);
  }

  @Policy('notifications.own')
  @Query(() => NotificationPreferences)
  async notificationPreferences(@CurrentUser() principal: Principal): Promise<NotificationPreferences> {
    return { emailMode: await this.service.emailMode(principal.userId) };
  }

  @Policy('notifications.own')
  @Mutation(() => NotificationPreferences)
  async updateNotificationPreferences(
    @CurrentUser() principal: Principal,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<NotificationPreferences> {
    return { emailMode: await this.service.setEmailMode(principal.userId, input.emailMode) };
  }

  @ResolveField('actor', () => Member, { nullable: true })
  actor(@Parent() notification: Notification, @Context('req') req: Request): Promise<Member | null> {
    if (!notification.actorId) return Promise.resolve(null);
    return actorLoader(this.members, req).load(notification.actorId);
  }
}
