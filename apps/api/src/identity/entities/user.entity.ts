import type { AccountStatus, LanguageCode, PractitionerType, Role } from '@cop/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'citext' })
  email!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'text', nullable: true })
  institution!: string | null;

  @Column({
    name: 'practitioner_type',
    type: 'enum',
    enumName: 'practitioner_type',
    enum: [
      'PROSECUTOR',
      'INVESTIGATOR',
      'JUDGE',
      'CUSTOMS',
      'FIREARMS_CONTROL_AUTHORITY',
      'ANALYST',
      'OTHER',
    ],
    nullable: true,
  })
  practitionerType!: PractitionerType | null;

  @Column({ type: 'text', nullable: true })
  position!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  @Column({ type: 'text', default: '' })
  bio!: string;

  /** Language of the e-mails the member receives. */
  @Column({ type: 'text', default: 'en' })
  locale!: LanguageCode;

  @Column({ name: 'photo_key', type: 'text', nullable: true })
  photoKey!: string | null;

  @Column({
    type: 'enum',
    enumName: 'member_role',
    enum: ['MEMBER', 'MODERATOR', 'ADMIN'],
    default: 'MEMBER',
  })
  role!: Role;

  @Column({
    type: 'enum',
    enumName: 'account_status',
    enum: ['EMAIL_UNCONFIRMED', 'PENDING', 'APPROVED', 'ACTIVE', 'REJECTED', 'SUSPENDED', 'DEACTIVATED'],
  })
  status!: AccountStatus;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  /** AES-256-GCM ciphertext (SecretBox), never the plain secret. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret!: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  /** The last accepted TOTP code and when: the same code is refused again within its window. */
  @Column({ name: 'totp_last_code', type: 'text', nullable: true })
  totpLastCode!: string | null;

  @Column({ name: 'totp_last_code_at', type: 'timestamptz', nullable: true })
  totpLastCodeAt!: Date | null;

  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
