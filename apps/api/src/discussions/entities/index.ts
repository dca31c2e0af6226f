import { CategoryEntity } from './category.entity.js';
import { CategoryGroupEntity, GroupEntity, GroupMemberEntity } from './group.entity.js';
import { FlagEntity, MentionEntity, PostEntity, PostRevisionEntity } from './post.entity.js';
import { SubscriptionEntity } from './subscription.entity.js';
import { ThreadEntity, ThreadLinkEntity, ThreadReadEntity } from './thread.entity.js';

export {
  CategoryEntity,
  CategoryGroupEntity,
  FlagEntity,
  GroupEntity,
  GroupMemberEntity,
  MentionEntity,
  PostEntity,
  PostRevisionEntity,
  SubscriptionEntity,
  ThreadEntity,
  ThreadLinkEntity,
  ThreadReadEntity,
};

export const DISCUSSION_ENTITIES = [
  CategoryEntity,
  GroupEntity,
  GroupMemberEntity,
  CategoryGroupEntity,
  ThreadEntity,
  ThreadReadEntity,
  ThreadLinkEntity,
  PostEntity,
  PostRevisionEntity,
  MentionEntity,
  FlagEntity,
  SubscriptionEntity,
];
