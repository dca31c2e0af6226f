import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('discussion_category')
export class CategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Names in the other languages, by ISO 639-1 code. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  names!: Record<string, string>;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  descriptions!: Record<string, string>;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
