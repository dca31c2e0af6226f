import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Member } from '../../identity/dto/member.type.js';
import { DiscussionGroupKind, PostRemovedBy, WatchLevel } from './enums.js';

@ObjectType({ description: 'A text in one language' })
export class LocalizedText {
  @Field({ description: 'ISO 639-1' })
  language!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'A regional or thematic group; restricted categories are open to its members' })
export class DiscussionGroup {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => DiscussionGroupKind)
  kind!: DiscussionGroupKind;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  memberCount!: number;

  @Field({ description: 'Whether the caller belongs to the group' })
  isMember!: boolean;
}

@ObjectType({ description: 'A member of a group, for the moderators who manage it' })
export class DiscussionGroupMember {
  @Field(() => Member)
  member!: Member;

  @Field(() => GraphQLISODateTime)
  addedAt!: Date;
}

@ObjectType()
export class DiscussionGroupMemberPage {
  @Field(() => [DiscussionGroupMember])
  items!: DiscussionGroupMember[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'A category of threads: open to all active members, or restricted to groups' })
export class DiscussionCategory {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field({ description: 'The name in the base language (English)' })
  name!: string;

  @Field(() => [LocalizedText], { description: 'Names in other languages' })
  names!: LocalizedText[];

  @Field()
  description!: string;

  @Field(() => [LocalizedText])
  descriptions!: LocalizedText[];

  @Field(() => Int)
  position!: number;

  @Field({ description: 'Restricted to members of its groups' })
  restricted!: boolean;

  @Field(() => [DiscussionGroup], { description: 'The groups a restricted category is open to' })
  groups!: DiscussionGroup[];

  /** Resolved by CategoryResolver (from the row, or batched when the row has no statistics). */
  threadCount?: number;
  unreadThreadCount?: number;
  lastActivityAt?: Date | null;

  @Field(() => WatchLevel)
  watchLevel!: WatchLevel;
}

@ObjectType({ description: 'A link from a thread to another record (case-law record, JIT workspace…)' })
export class ThreadLink {
  @Field()
  targetType!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'A case discussion thread' })
export class DiscussionThread {
  @Field(() => ID)
  id!: string;

  categoryId!: string;
  authorId!: string;
  lastPostAuthorId!: string | null;

  @Field()
  title!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => [String], { description: 'Countries concerned (ISO 3166-1 alpha-2)' })
  countries!: string[];

  @Field(() => String, { nullable: true })
  caseReference!: string | null;

  @Field({ description: 'Language the thread is written in (ISO 639-1)' })
  language!: string;

  @Field()
  pinned!: boolean;

  @Field()
  locked!: boolean;

  @Field(() => Int, { description: 'Replies (the opening post excluded), deleted ones left out' })
  replyCount!: number;

  @Field(() => Int, { description: 'Number of the latest post (the opening post is 1)' })
  lastSeq!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  lastPostAt!: Date;
}

@ObjectType()
export class DiscussionThreadPage {
  @Field(() => [DiscussionThread])
  items!: DiscussionThread[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Where the caller stands in a thread' })
export class ThreadReadState {
  @Field(() => Int, { description: 'Number of the last post the caller has seen (0: none)' })
  lastReadSeq!: number;

  @Field({ description: 'Posts after lastReadSeq exist' })
  unread!: boolean;

  @Field(() => Int, { nullable: true, description: 'The first post the caller has not seen' })
  firstUnreadSeq!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the caller last opened the thread' })
  lastVisitAt!: Date | null;
}

@ObjectType({ description: 'A post the reply answers, in short' })
export class PostReference {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => Member, { nullable: true })
  author!: Member | null;

  @Field({ description: 'Start of its text (empty when removed or hidden)' })
  excerpt!: string;
}

@ObjectType({ description: 'The text of a post before an edit' })
export class PostRevision {
  @Field(() => ID)
  id!: string;

  @Field(() => Member, { nullable: true })
  editor!: Member | null;

  @Field(() => GraphQLISODateTime, { description: 'When the edit replacing this text was made' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'The thread title before the edit, when it changed' })
  title!: string | null;

  @Field()
  body!: string;
}

@ObjectType({ description: 'A post in a thread' })
export class DiscussionPost {
  @Field(() => ID)
  id!: string;

  threadId!: string;
  authorId!: string;
  replyToId!: string | null;

  @Field(() => Int)
  seq!: number;

  @Field({ description: 'Whether this is the opening post of its thread' })
  opening!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown; null when deleted, or hidden and the caller is not a moderator',
  })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'Sanitized HTML of body; null when body is' })
  bodyHtml!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt!: Date | null;

  @Field(() => Int)
  editCount!: number;

  @Field(() => PostRemovedBy, { nullable: true, description: 'Set when the post was deleted' })
  deletedBy!: PostRemovedBy | null;

  @Field({ description: 'Hidden by a moderator (members see a notice; moderators still read it)' })
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was hidden (moderators and the author)' })
  hiddenReason!: string | null;

  @Field({ description: 'The caller may edit this post' })
  canEdit!: boolean;

  @Field({ description: 'The caller may delete this post' })
  canDelete!: boolean;

  @Field({ description: 'The caller may see this post’s edit history' })
  canSeeHistory!: boolean;
}

@ObjectType()
export class DiscussionPostPage {
  @Field(() => [DiscussionPost])
  items!: DiscussionPost[];

  @Field(() => Int, { description: 'Posts in the thread, deleted ones included (they show as a notice)' })
  total!: number;

  @Field({ description: 'More posts after the last one' })
  hasMore!: boolean;
}

@ObjectType({ description: 'A flag on a post, for moderators' })
export class PostFlag {
  @Field(() => ID)
  id!: string;

  @Field(() => Member, { nullable: true })
  reporter!: Member | null;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'A flagged post waiting for a moderator' })
export class ModerationItem {
  @Field(() => DiscussionPost)
  post!: DiscussionPost;

  @Field(() => DiscussionThread)
  thread!: DiscussionThread;

  @Field(() => [PostFlag])
  flags!: PostFlag[];

  @Field(() => GraphQLISODateTime)
  firstFlaggedAt!: Date;
}

@ObjectType()
export class ModerationQueue {
  @Field(() => [ModerationItem])
  items!: ModerationItem[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'A piece of highlighted text: match is true for the words that matched' })
export class HighlightPart {
  @Field()
  text!: string;

  @Field()
  match!: boolean;
}

@ObjectType({ description: 'A search hit: a thread (title or tags matched) or one of its posts' })
export class DiscussionSearchHit {
  @Field(() => DiscussionThread)
  thread!: DiscussionThread;

  @Field(() => DiscussionPost, {
    nullable: true,
    description: 'The post that matched; null when the thread did',
  })
  post!: DiscussionPost | null;

  @Field(() => [HighlightPart], { description: 'The title with matches marked' })
  title!: HighlightPart[];

  @Field(() => [HighlightPart], { description: 'An excerpt of the post with matches marked' })
  excerpt!: HighlightPart[];

  @Field()
  rank!: number;
}

@ObjectType()
export class DiscussionSearchPage {
  @Field(() => [DiscussionSearchHit])
  items!: DiscussionSearchHit[];

  @Field(() => Int)
  total!: number;
}
