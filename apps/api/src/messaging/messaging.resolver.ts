import {
  Args,
  Context,
  Float,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { MESSAGING_LIMITS as L } from '@cop/contracts';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import type { GraphQLContext } from '../common/graphql/graphql.options.js';
import { Attachment } from '../files/dto/attachment.type.js';
import { Member } from '../identity/dto/member.type.js';
import {
  Conversation,
  ConversationMember,
  Message,
  MessageCatchUp,
  MessagePage,
} from './dto/messaging.types.js';
import { EditMessageInput, NewGroupInput, SendMessageInput } from './dto/inputs.js';
import { MessagingLoaderFactory } from './messaging.loaders.js';
import { type MemberRow, toConversation, toConversationMember, toMessage } from './messaging.rows.js';
import { MessagingService } from './messaging.service.js';

const clamp = (n: number, min: number, max: number) => Math.min(Math.max(Math.trunc(n), min), max);
const seqArg = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? null : Math.max(0, Math.trunc(n));

const listComplexity =
  (max: number, fallback: number) =>
  ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
    1 + clamp(Number(args.first ?? fallback), 1, max) * childComplexity;

@Resolver(() => ConversationMember)
export class ConversationMemberResolver {
  constructor(private readonly loaders: MessagingLoaderFactory) {}

  @ResolveField(() => Member)
  async member(
    @Parent() member: ConversationMember,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member> {
    const found = await this.loaders.for(ctx, principal).people.load(member.userId);
    // A member whose account is gone still shows as a name-less placeholder.
    return found ?? ({ id: member.userId, fullName: '' } as Member);
  }
}

function toMember(row: MemberRow): ConversationMember {
  return toConversationMember(row) as ConversationMember;
}

@Resolver(() => Conversation)
export class ConversationResolver {
  constructor(
    private readonly messaging: MessagingService,
    private readonly loaders: MessagingLoaderFactory,
  ) {}

  @ResolveField(() => [ConversationMember])
  async members(
    @Parent() conversation: Conversation,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<ConversationMember[]> {
    return (await this.loaders.for(ctx, principal).members.load(conversation.id)).map(toMember);
  }

  @Policy('messaging.use')
  @Query(() => [Conversation], {
    description: 'The caller’s conversations, last activity first; first: 1–100',
    complexity: listComplexity(100, 50),
  })
  async conversations(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation[]> {
    const rows = await this.messaging.conversations(
      principal,
      clamp(first, 1, 100),
      Math.max(0, Math.trunc(offset)),
    );
    return rows.map(toConversation);
  }

  @Policy('messaging.use')
  @Query(() => Conversation, { description: 'One of the caller’s conversations (NOT_FOUND otherwise)' })
  async conversation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.conversation(principal, id));
  }

  @Policy('messaging.use')
  @Query(() => Int, { description: 'Unread messages in the caller’s unmuted conversations' })
  async messagingUnreadCount(@CurrentUser() principal: Principal): Promise<number> {
    return this.messaging.unreadTotal(principal);
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, { description: 'The direct conversation with a member (one per pair)' })
  async startDirectConversation(
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.startDirect(principal, memberId));
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, {
    description: 'A named group of 3–100 active members; the creator is admin',
  })
  async createGroupConversation(
    @Args('input') input: NewGroupInput,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.createGroup(principal, input.title, input.memberIds));
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, { description: 'Renames a group (its admins)' })
  async renameConversation(
    @Args('id', { type: () => ID }) id: string,
    @Args('title') title: string,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.rename(principal, id, title));
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, { description: 'Adds active members to a group (its admins)' })
  async addConversationMembers(
    @Args('id', { type: () => ID }) id: string,
    @Args('memberIds', { type: () => [ID] }) memberIds: string[],
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.addMembers(principal, id, memberIds.slice(0, L.groupMax + 1)));
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, {
    description: 'Removes a member from a group (its admins); their open sockets leave at once',
  })
  async removeConversationMember(
    @Args('id', { type: () => ID }) id: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.removeMember(principal, id, memberId));
  }

  @Policy('messaging.use')
  @Mutation(() => Boolean, {
    description:
      'Leaves a group (history is no longer readable); a last admin hands over to the longest-standing member',
  })
  async leaveConversation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
  ): Promise<boolean> {
    return this.messaging.leave(principal, id);
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, { description: 'Mutes (no badge count, no e-mail) or unmutes' })
  async setConversationMuted(
    @Args('id', { type: () => ID }) id: string,
    @Args('muted') muted: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    return toConversation(await this.messaging.setMuted(principal, id, muted));
  }

  @Policy('messaging.use')
  @Mutation(() => Conversation, { description: 'Raises the caller’s read (and delivered) watermark' })
  async markConversationRead(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('seq', { type: () => Float }) seq: number,
    @CurrentUser() principal: Principal,
  ): Promise<Conversation> {
    await this.messaging.receipt(principal, conversationId, seq, true);
    return toConversation(await this.messaging.conversation(principal, conversationId));
  }
}

@Resolver(() => Message)
export class MessageResolver {
  constructor(
    private readonly messaging: MessagingService,
    private readonly loaders: MessagingLoaderFactory,
  ) {}

  @ResolveField(() => Member, { nullable: true })
  async sender(
    @Parent() message: Message,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Member | null> {
    return this.loaders.for(ctx, principal).people.load(message.senderId);
  }

  @ResolveField(() => Message, { nullable: true, description: 'The message this one answers' })
  async replyTo(
    @Parent() message: Message,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Message | null> {
    if (!message.replyToId) return null;
    const row = await this.loaders.for(ctx, principal).messages.load(message.replyToId);
    return row && row.conversation_id === message.conversationId ? toMessage(row) : null;
  }

  @ResolveField(() => [Attachment], { description: 'Files attached (none once deleted)' })
  async attachments(
    @Parent() message: Message,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<Attachment[]> {
    if (message.deletedAt) return [];
    if (message.knownAttachments) return message.knownAttachments;
    return this.loaders.for(ctx, principal).attachments.load(message.id);
  }

  @ResolveField(() => Int, { description: 'Other members (not the sender) who have read it' })
  async readCount(
    @Parent() message: Message,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    const members = await this.loaders.for(ctx, principal).members.load(message.conversationId);
    return members.filter((m) => m.user_id !== message.senderId && Number(m.read_seq) >= message.seq).length;
  }

  @ResolveField(() => Int, { description: 'Other members (not the sender)' })
  async recipientCount(
    @Parent() message: Message,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    const members = await this.loaders.for(ctx, principal).members.load(message.conversationId);
    return members.filter((m) => m.user_id !== message.senderId).length;
  }

  @Policy('messaging.use')
  @Query(() => MessagePage, {
    description: `History, newest first, before beforeSeq; first: 1–${L.pageMax}`,
    complexity: listComplexity(L.pageMax, 30),
  })
  async messages(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('beforeSeq', { type: () => Float, nullable: true }) beforeSeq: number | null,
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @CurrentUser() principal: Principal,
    @Context() ctx: GraphQLContext,
  ): Promise<MessagePage> {
    const page = await this.messaging.history(
      principal,
      conversationId,
      seqArg(beforeSeq),
      clamp(first, 1, L.pageMax),
    );
    const loaders = this.loaders.for(ctx, principal);
    page.rows.forEach((r) => loaders.messages.prime(r.id, r));
    return { items: page.rows.map(toMessage), hasMore: page.hasMore };
  }

  @Policy('messaging.use')
  @Query(() => MessageCatchUp, {
    description: `Messages created or changed after a change number in the caller’s conversations, oldest change first (at most ${L.catchUpMax})`,
    complexity: ({ childComplexity }: { childComplexity: number }) => 1 + 50 * childComplexity,
  })
  async messagesSince(
    @Args('afterChangeSeq', { type: () => Float }) afterChangeSeq: number,
    @CurrentUser() principal: Principal,
  ): Promise<MessageCatchUp> {
    const after = seqArg(afterChangeSeq) ?? 0;
    const { rows, hasMore } = await this.messaging.since(principal, after);
    return {
      messages: rows.map(toMessage),
      hasMore,
      lastChangeSeq: rows.length ? Number(rows[rows.length - 1]!.change_seq) : after,
    };
  }

  @Policy('messaging.use')
  @Query(() => [ConversationMember], { description: 'The members (not the sender) who have read a message' })
  async messageReaders(
    @Args('messageId', { type: () => ID }) messageId: string,
    @CurrentUser() principal: Principal,
  ): Promise<ConversationMember[]> {
    return (await this.messaging.readers(principal, messageId)).map(toMember);
  }

  @Policy('messaging.use')
  @Mutation(() => Message, {
    description: 'Sends a message (a retry with the same clientId answers the same message)',
  })
  async sendMessage(
    @Args('input') input: SendMessageInput,
    @CurrentUser() principal: Principal,
  ): Promise<Message> {
    const result = await this.messaging.send(principal, input);
    return { ...toMessage(result.row), knownAttachments: result.attachments };
  }

  @Policy('messaging.use')
  @Mutation(() => Message, { description: 'Edits one’s own message (marked edited)' })
  async editMessage(
    @Args('input') input: EditMessageInput,
    @CurrentUser() principal: Principal,
  ): Promise<Message> {
    return toMessage(await this.messaging.edit(principal, input.messageId, input.scheme, input.payload));
  }

  @Policy('messaging.use')
  @Mutation(() => Message, { description: 'Deletes one’s own message for everyone' })
  async deleteMessage(
    @Args('messageId', { type: () => ID }) messageId: string,
    @CurrentUser() principal: Principal,
  ): Promise<Message> {
    return toMessage(await this.messaging.delete(principal, messageId));
  }
}
