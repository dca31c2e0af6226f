import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's device for end-to-end encrypted messaging: its public keys only (the private keys
 * never leave the browser). Removing marks `removedAt`; the row stays.
 */
@Entity('user_device')
export class UserDeviceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  label!: string;

  /** X25519 public key, 32 bytes. */
  @Column({ name: 'encryption_key', type: 'bytea' })
  encryptionKey!: Buffer;

  /** Ed25519 public key, 32 bytes, unique. */
  @Column({ name: 'signing_key', type: 'bytea' })
  signingKey!: Buffer;

  /** The session that registered it (null once that session row is gone). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;
}

/** A member's encrypted key backup: opaque base64url text the server cannot open. */
@Entity('key_backup')
export class KeyBackupEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  blob!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
