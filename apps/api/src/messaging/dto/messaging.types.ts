import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConversationKind, ConversationRole } from '@cop/contracts';
import { Attachment } from '../../files/dto/attachment.type.js';
import { Member } from '../../identity/dto/member.type.js';

registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description:
    'DIRECT: exactly two people, one conversation per pair; GROUP: named, 3–100 members; JIT: the channel of a JIT workspace (its members, kept in sync)',
});
registerEnumType(ConversationRole, {
  name: 'ConversationRole',
  description:
    'ADMIN: renames the group and adds or removes members; MEMBER: writes and reads; READER: reads only (JIT observers, closed workspaces)',
});

export { ConversationKind, ConversationRole };

@ObjectType({ description: 'A member of a conversation with their delivered and read watermarks' })
export class ConversationMember {
  @Field(() => Member)
  member!: Member;

  @Field(() => ConversationRole)
  role!: ConversationRole;

  @Field(() => Float, { description: 'Every message with seq ≤ this reached one of their devices' })
  deliveredSeq!: number;

  @Field(() => Float, { description: 'Every message with seq ≤ this was read' })
  readSeq!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the read watermark last moved' })
  readAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  joinedAt!: Date;

  /** Not exposed: loads `member`. */
  userId!: string;
}

@ObjectType({
  description:
    'A message: an opaque payload with its scheme (plain text for "plain", an encrypted envelope for "e2e-v1")',
})
export class Message {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  conversationId!: string;

  @Field(() => ID, { description: 'The sender’s idempotency key for this message' })
  clientId!: string;

  @Field(() => ID)
  senderId!: string;

  @Field(() => Float, { description: 'Order in the conversation (one server-wide sequence)' })
  seq!: number;

  @Field(() => Float, { description: 'The sequence value of the latest change (creation, edit, delete)' })
  changeSeq!: number;

  @Field({
    description:
      'How to read the payload: "plain" (UTF-8 text) or "e2e-v1" (an end-to-end encrypted envelope, JSON)',
  })
  scheme!: string;

  @Field({ description: 'Empty once deleted for everyone' })
  payload!: string;

  @Field(() => ID, { nullable: true })
  replyToId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deletedAt!: Date | null;

  /** Attachments already known (a send answers them); otherwise loaded. */
  knownAttachments?: Attachment[];
}

@ObjectType({ description: 'A page of history, newest first' })
export class MessagePage {
  @Field(() => [Message])
  items!: Message[];

  @Field()
  hasMore!: boolean;
}

@ObjectType({ description: 'Messages created or changed after a change number, in change order' })
export class MessageCatchUp {
  @Field(() => [Message])
  messages!: Message[];

  @Field({ description: 'Ask again from lastChangeSeq' })
  hasMore!: boolean;

  @Field(() => Float)
  lastChangeSeq!: number;
}

@ObjectType({ description: 'A direct, group or JIT workspace conversation the caller is a member of' })
export class Conversation {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversationKind)
  kind!: ConversationKind;

  @Field(() => String, { nullable: true, description: 'Null for DIRECT (show the other person’s name)' })
  title!: string | null;

  @Field(() => ID, { nullable: true, description: 'JIT: the workspace this channel belongs to' })
  jitWorkspaceId!: string | null;

  @Field(() => ConversationRole)
  myRole!: ConversationRole;

  @Field()
  muted!: boolean;

  @Field(() => Int, { description: 'Messages of others after the caller’s read watermark (not deleted)' })
  unreadCount!: number;

  @Field(() => Float, { description: 'The seq of the newest message (0 before the first)' })
  lastSeq!: number;

  @Field(() => GraphQLISODateTime)
  lastActivityAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When the first end-to-end encrypted (e2e-v1) message arrived; from then on plain messages are refused',
  })
  e2eSince!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Message, { nullable: true, description: 'The newest message (payload empty if deleted)' })
  lastMessage!: Message | null;
}
