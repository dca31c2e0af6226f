import type { LanguageCode } from '@cop/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('discussion_thread')
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries!: string[];

  @Column({ name: 'case_reference', type: 'text', nullable: true })
  caseReference!: string | null;

  @Column({ type: 'text', default: 'en' })
  language!: LanguageCode;

  /** The highest post number so far (the opening post is 1). */
  @Column({ name: 'last_seq', type: 'integer', default: 0 })
  lastSeq!: number;

  /** Replies not deleted (the opening post is not a reply). */
  @Column({ name: 'reply_count', type: 'integer', default: 0 })
  replyCount!: number;

  @Column({ name: 'last_post_at', type: 'timestamptz', default: () => 'now()' })
  lastPostAt!: Date;

  @Column({ name: 'last_post_author_id', type: 'uuid', nullable: true })
  lastPostAuthorId!: string | null;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  @Column({ name: 'locked_at', type: 'timestamptz', nullable: true })
  lockedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity('discussion_thread_read')
export class ThreadReadEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Column({ name: 'last_read_seq', type: 'integer', default: 0 })
  lastReadSeq!: number;

  @Column({ name: 'read_at', type: 'timestamptz', default: () => 'now()' })
  readAt!: Date;
}

@Entity('discussion_thread_link')
export class ThreadLinkEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @PrimaryColumn({ name: 'target_type', type: 'text' })
  targetType!: string;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
