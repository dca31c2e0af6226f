import type { DiscussionGroupKind } from '@cop/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('discussion_group')
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'enum', enumName: 'discussion_group_kind', enum: ['REGIONAL', 'THEMATIC'] })
  kind!: DiscussionGroupKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

@Entity('discussion_group_member')
export class GroupMemberEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt!: Date;
}

@Entity('discussion_category_group')
export class CategoryGroupEntity {
  @PrimaryColumn({ name: 'category_id', type: 'uuid' })
  categoryId!: string;

  @PrimaryColumn({ name: 'group_id', type: 'uuid' })
  groupId!: string;
}
