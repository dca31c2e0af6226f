import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message: an opaque payload with its scheme (the server never reads it). `seq` orders it in
 * its conversation (and globally); `changeSeq` is the sequence value of its latest change.
 */
@Entity('message')
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId!: string;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId!: string;

  /** The sender's idempotency key (unique per sender). */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'change_seq', type: 'bigint' })
  changeSeq!: string;

  @Column({ type: 'text' })
  scheme!: string;

  /** Empty once deleted for everyone. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
