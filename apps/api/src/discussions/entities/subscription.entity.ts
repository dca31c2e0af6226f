import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SubscriptionReason = 'MANUAL' | 'STARTED' | 'REPLIED' | 'MENTIONED';

/** A member watching or muting one thread or one category. */
@Entity('discussion_subscription')
export class SubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId!: string | null;

  @Column({ type: 'text' })
  level!: 'WATCHING' | 'MUTED';

  @Column({ type: 'text' })
  reason!: SubscriptionReason;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
