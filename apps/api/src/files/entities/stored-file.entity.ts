import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** bigint arrives from pg as a string; sizes stay far below 2^53. */
const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/** One uploaded file. Never exposed as is: `toAttachment` maps it for GraphQL. */
@Entity('stored_file')
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  /** The uploader's file name, cleaned (no path, no control characters, ≤ 200 characters). */
  @Column({ type: 'text' })
  name!: string;

  /** Sniffed from the content, never taken from the upload's headers. */
  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'owner_type', type: 'text', nullable: true })
  ownerType!: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt!: Date | null;

  @Column({ name: 'preview_key', type: 'text', nullable: true })
  previewKey!: string | null;

  /** End-to-end encrypted in the browser: opaque bytes, no preview, for `e2e-v1` messages only. */
  @Column({ type: 'boolean', default: false })
  encrypted!: boolean;
}
