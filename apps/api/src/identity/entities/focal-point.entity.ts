import type { FocalPointAuthority } from '@cop/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('focal_point')
export class FocalPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text' })
  authority!: FocalPointAuthority;

  @Column({ name: 'contact_hours', type: 'text', default: '' })
  contactHours!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
