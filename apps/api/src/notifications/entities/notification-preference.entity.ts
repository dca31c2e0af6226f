import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EmailMode } from '../notification-kinds.js';

/** A member's choice of notification e-mails; no row means the default, IMMEDIATE. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({
    name: 'email_mode',
    type: 'enum',
    enumName: 'notification_email_mode',
    enum: ['IMMEDIATE', 'DAILY', 'OFF'],
    default: 'IMMEDIATE',
  })
  emailMode!: EmailMode;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
