import type { ConversationKind, ConversationRole } from '@cop/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A direct (one per pair) or group conversation. */
@Entity('conversation')
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ConversationKind;

  /** Null for DIRECT. */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** DIRECT only: the two user ids, sorted, joined with ':'. */
  @Column({ name: 'direct_key', type: 'text', nullable: true })
  directKey!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt!: Date;

  /** The seq of the newest message (0 before the first). */
  @Column({ name: 'last_seq', type: 'bigint', default: 0 })
  lastSeq!: string;

  /** When the first `e2e-v1` message arrived; from then on `plain` payloads are refused. */
  @Column({ name: 'e2e_since', type: 'timestamptz', nullable: true })
  e2eSince!: Date | null;
}

/** A member of a conversation, with their delivered/read watermarks. Leaving deletes the row. */
@Entity('conversation_member')
export class ConversationMemberEntity {
  @PrimaryColumn({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  role!: ConversationRole;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;

  @Column({ type: 'boolean', default: false })
  muted!: boolean;

  @Column({ name: 'delivered_seq', type: 'bigint', default: 0 })
  deliveredSeq!: string;

  @Column({ name: 'read_seq', type: 'bigint', default: 0 })
  readSeq!: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** When a member was last told by e-mail that messages are waiting. */
@Entity('message_email_state')
export class MessageEmailStateEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'emailed_at', type: 'timestamptz' })
  emailedAt!: Date;
}
