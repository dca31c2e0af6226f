import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TokenPurpose = 'EMAIL_CONFIRMATION' | 'SET_PASSWORD' | 'PASSWORD_RESET' | 'INVITATION';

/** A single-use link token; only its SHA-256 is stored. */
@Entity('user_token')
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  purpose!: TokenPurpose;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
