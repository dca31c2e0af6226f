import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { UploadedFile } from '@cop/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { type Attachment, toAttachment } from './dto/attachment.type.js';
import { StoredFileEntity } from './entities/stored-file.entity.js';
import { cleanFileName, type SniffedType, sniffFileType, sniffFileTypeOfFile } from './file-sniffer.js';
import { attachmentUnavailable, fileMissing, fileTooLarge, fileTypeNotAllowed } from './files.errors.js';
import { makePreview } from './images.js';
import { StorageDriver, type StoredFile } from './storage.driver.js';

/**
 * Which of `ownerIds` (of one owner type) the principal may see. Registered by the domain that owns
 * that kind of thing (discussions: 'discussion_post'), usually in its onModuleInit.
 */
export type OwnerVisibility = (principal: Principal, ownerIds: string[]) => Promise<Set<string>>;

export interface OwnerRef {
  /** e.g. 'discussion_post': lower case, digits and underscores. */
  type: string;
  id: string;
}

/** What `attach` takes: plain uploads (the default) or end-to-end encrypted ones, never a mix. */
export interface AttachOptions {
  /** True: only uploads of POST /api/files/encrypted; otherwise only plain (sniffed) uploads. */
  encrypted?: boolean;
}

/**
 * How an end-to-end encrypted upload is stored: the server cannot tell what the ciphertext holds,
 * so it names and types it neutrally and never renders it.
 */
const ENCRYPTED_TYPE: SniffedType = {
  contentType: 'application/octet-stream',
  extensions: ['bin'],
  image: false,
};
const ENCRYPTED_NAME = 'encrypted.bin';

/** How long an upload may stay unattached before the cleanup deletes it. */
export const UNATTACHED_RETENTION_HOURS = 24;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OWNER_TYPE = /^[a-z][a-z0-9_]{0,62}$/;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Uploads and downloads for every domain. A file is uploaded unattached (its uploader alone sees
 * it), then attached once to one owner, after which the owner's domain decides who sees it through
 * the visibility it registered. Unattached files older than a day are deleted (FilesCleanup).
 *
 * Other domains call `attach` inside their own transaction and `attachmentsFor` from a DataLoader;
 * they never touch `stored_file` themselves.
 */
@Injectable()
export class FilesService {
  private readonly log = new Logger('Files');
  private readonly owners = new Map<string, OwnerVisibility>();

  constructor(
    @InjectRepository(StoredFileEntity) private readonly files: Repository<StoredFileEntity>,
    private readonly storage: StorageDriver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** FILE_MAX_BYTES. */
  get maxBytes(): number {
    return this.config.FILE_MAX_BYTES;
  }

  /**
   * Checks and stores an upload: size, type sniffed from the content against the allow-list, name
   * cleaned, SHA-256 recorded, a WebP preview for images. On any failure nothing stays behind: the
   * blobs written are deleted again.
   */
  async upload(principal: Principal, input: { name: string; data: Buffer }): Promise<UploadedFile> {
    const { data } = input;
    if (data.length > this.maxBytes) throw fileTooLarge(this.maxBytes);
    if (data.length === 0) throw fileMissing('The file is empty.');
    const type = await sniffFileType(data, input.name);
    if (!type) throw fileTypeNotAllowed();
    const preview = type.image ? await makePreview(data) : null;
    return this.store(principal, { name: input.name, type, preview, encrypted: false }, (key) =>
      this.storage.put(key, data),
    );
  }

  /**
   * Stores an end-to-end encrypted upload: ciphertext made in the browser (libs/crypto
   * `encryptFile`), which has no type to sniff and nothing to preview. Same size limit as `upload`;
   * stored as `encrypted.bin`, `application/octet-stream`, marked `encrypted` so that it can only be
   * attached where the caller asks for encrypted files (`attach` with `encrypted: true`). Its real
   * name, type and key travel inside the encrypted message, out of the server's sight.
   */
  async uploadEncrypted(principal: Principal, data: Buffer): Promise<UploadedFile> {
    if (data.length > this.maxBytes) throw fileTooLarge(this.maxBytes);
    if (data.length === 0) throw fileMissing('The file is empty.');
    return this.store(
      principal,
      { name: ENCRYPTED_NAME, type: ENCRYPTED_TYPE, preview: null, encrypted: true },
      (key) => this.storage.put(key, data),
    );
  }

  /**
   * Checks and stores an upload already streamed to a temporary file at `path` (JIT evidence):
   * never read whole into memory. Size within `maxBytes`, type sniffed from the file
   * (sniffFileTypeOfFile), then streamed to the storage driver, which computes the SHA-256 and size
   * on the way. A WebP preview only for images within FILE_MAX_BYTES (a preview reads the image).
   * The temporary file is deleted whatever happens; on failure no blob stays behind.
   */
  async uploadStream(
    principal: Principal,
    input: { name: string; path: string; size: number; maxBytes?: number },
  ): Promise<UploadedFile> {
    try {
      if (input.maxBytes !== undefined && input.size > input.maxBytes) throw fileTooLarge(input.maxBytes);
      if (input.size === 0) throw fileMissing('The file is empty.');
      const type = await sniffFileTypeOfFile(input.path, input.name);
      if (!type) throw fileTypeNotAllowed();
      const preview = type.image && input.size <= this.maxBytes ? await makePreview(input.path) : null;
      return await this.store(principal, { name: input.name, type, preview, encrypted: false }, (key) =>
        this.storage.putStream(key, createReadStream(input.path)),
      );
    } finally {
      await rm(input.path, { force: true });
    }
  }

  /** Writes the blob (through `put`) and its preview, then the unattached row; undoes the blobs on failure. */
  private async store(
    principal: Principal,
    input: { name: string; type: SniffedType; preview: Buffer | null; encrypted: boolean },
    put: (key: string) => Promise<StoredFile>,
  ): Promise<UploadedFile> {
    const { type, preview } = input;
    const name = cleanFileName(input.name, type);
    const key = `attachments/${randomBytes(16).toString('hex')}`;
    const written: string[] = [];
    try {
      written.push(key);
      const stored = await put(key);
      let previewKey: string | null = null;
      if (preview) {
        previewKey = `${key}-preview.webp`;
        written.push(previewKey);
        await this.storage.put(previewKey, preview);
      }
      const row = await this.files.save(
        this.files.create({
          id: randomUUID(),
          storageKey: key,
          name,
          contentType: type.contentType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedBy: principal.userId,
          ownerType: null,
          ownerId: null,
          attachedAt: null,
          previewKey,
          encrypted: input.encrypted,
        }),
      );
      this.log.log({
        msg: 'file uploaded',
        fileId: row.id,
        contentType: row.contentType,
        size: row.size,
        encrypted: row.encrypted,
      });
      return {
        id: row.id,
        name: row.name,
        contentType: row.contentType,
        size: row.size,
        sha256: row.sha256,
        hasPreview: row.previewKey !== null,
      };
    } catch (e) {
      await this.deleteBlobs(written);
      throw e;
    }
  }

  /**
   * Attaches the principal's unattached uploads to `owner`. Every id must be an upload of the
   * principal that is not attached yet, and plain or end-to-end encrypted as `options.encrypted`
   * says (plain unless asked: a domain that never asks can never be given ciphertext), or nothing
   * is attached and ATTACHMENT_UNAVAILABLE (field `attachments`) is thrown. A domain that takes
   * encrypted files checks the kind first with `encryptionOf` to answer a clearer error. Pass the
   * caller's EntityManager so its transaction covers this.
   */
  async attach(
    principal: Principal,
    fileIds: string[],
    owner: OwnerRef,
    manager?: EntityManager,
    options: AttachOptions = {},
  ): Promise<Attachment[]> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return [];
    if (!OWNER_TYPE.test(owner.type) || !isUuid(owner.id)) {
      throw new Error(`attach: invalid owner ${owner.type}/${owner.id}`);
    }
    const malformed = ids.filter((id) => !isUuid(id));
    if (malformed.length > 0) throw attachmentUnavailable(malformed);

    const run = async (m: EntityManager): Promise<Attachment[]> => {
      const result = await m
        .createQueryBuilder()
        .update(StoredFileEntity)
        .set({ ownerType: owner.type, ownerId: owner.id, attachedAt: () => 'now()' })
        .where('id IN (:...ids)', { ids })
        .andWhere('uploaded_by = :uploader', { uploader: principal.userId })
        .andWhere('owner_id IS NULL')
        .andWhere('encrypted = :encrypted', { encrypted: options.encrypted === true })
        .returning('id')
        .execute();
      const attached = new Set((result.raw as Array<{ id: string }>).map((r) => r.id));
      const unavailable = ids.filter((id) => !attached.has(id));
      if (unavailable.length > 0) throw attachmentUnavailable(unavailable);
      const rows = await m.getRepository(StoredFileEntity).findBy({ id: In(ids) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => toAttachment(byId.get(id)!));
    };
    return manager ? run(manager) : this.files.manager.transaction(run);
  }

  /**
   * Whether each of `fileIds` that the principal uploaded (attached or not) is end-to-end
   * encrypted; anyone else's files and unknown ids are absent, so this tells nothing about them.
   */
  async encryptionOf(principal: Principal, fileIds: readonly string[]): Promise<Map<string, boolean>> {
    const ids = [...new Set(fileIds.filter(isUuid).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return new Map();
    const rows = await this.files.find({
      select: { id: true, encrypted: true },
      where: { id: In(ids), uploadedBy: principal.userId },
    });
    return new Map(rows.map((r) => [r.id, r.encrypted]));
  }

  /** The attachments of each owner (every id present, [] for none), oldest upload first. */
  async attachmentsFor(ownerType: string, ownerIds: readonly string[]): Promise<Map<string, Attachment[]>> {
    const found = new Map<string, Attachment[]>(ownerIds.map((id) => [id, []]));
    const ids = [...new Set(ownerIds.filter(isUuid))];
    if (ids.length === 0) return found;
    const rows = await this.files.find({
      where: { ownerType, ownerId: In(ids) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) found.get(row.ownerId!)?.push(toAttachment(row));
    return found;
  }

  /**
   * Declares who sees files attached to `ownerType`. Files of a type no domain registered are
   * visible to nobody.
   */
  registerOwner(ownerType: string, visibility: OwnerVisibility): void {
    if (!OWNER_TYPE.test(ownerType)) throw new Error(`invalid owner type: ${ownerType}`);
    if (this.owners.has(ownerType)) throw new Error(`owner type registered twice: ${ownerType}`);
    this.owners.set(ownerType, visibility);
  }

  /**
   * The file if the principal may see it: their own unattached upload, or an attachment whose owner
   * they may see. Null otherwise, exactly as for a file that does not exist.
   */
  async visibleFile(principal: Principal, id: string): Promise<StoredFileEntity | null> {
    if (!isUuid(id)) return null;
    const file = await this.files.findOneBy({ id });
    if (!file) return null;
    if (file.ownerId === null || file.ownerType === null) {
      return file.uploadedBy === principal.userId ? file : null;
    }
    const visibility = this.owners.get(file.ownerType);
    if (!visibility) return null;
    const visible = await visibility(principal, [file.ownerId]);
    return visible.has(file.ownerId) ? file : null;
  }

  /** The bytes of a visible file (or of its preview); null when not visible, absent or without preview. */
  async read(
    principal: Principal,
    id: string,
    variant: 'original' | 'preview',
  ): Promise<{ file: StoredFileEntity; data: Buffer } | null> {
    const file = await this.visibleFile(principal, id);
    if (!file) return null;
    const key = variant === 'original' ? file.storageKey : file.previewKey;
    if (!key) return null;
    const data = await this.storage.get(key);
    if (!data) {
      this.log.error({ msg: 'stored file has no blob', fileId: file.id, variant });
      return null;
    }
    return { file, data };
  }

  /**
   * The file attached to `owner`, opened as a stream through the storage driver (`stream` null when
   * its blob is gone), for a domain that serves its files itself after its own access check (JIT
   * evidence). Null when no such file is attached to that owner. The caller must consume or
   * destroy the stream.
   */
  async openAttached(
    owner: OwnerRef,
    fileId: string,
  ): Promise<{ file: StoredFileEntity; stream: Readable | null } | null> {
    if (!isUuid(fileId) || !isUuid(owner.id)) return null;
    const file = await this.files.findOneBy({ id: fileId, ownerType: owner.type, ownerId: owner.id });
    if (!file) return null;
    return { file, stream: await this.storage.getStream(file.storageKey) };
  }

  /**
   * Deletes unattached uploads older than `olderThanHours`, rows first (so nothing can attach them
   * meanwhile; several api instances may sweep at once) and then their blobs. Returns how many.
   */
  async purgeUnattached(olderThanHours = UNATTACHED_RETENTION_HOURS): Promise<number> {
    const batch = 200;
    let purged = 0;
    for (;;) {
      const result = await this.files
        .createQueryBuilder()
        .delete()
        .from(StoredFileEntity)
        .where(
          `id IN (SELECT id FROM stored_file WHERE owner_id IS NULL
             AND created_at < now() - make_interval(hours => :hours)
             ORDER BY created_at LIMIT :batch FOR UPDATE SKIP LOCKED)`,
          { hours: olderThanHours, batch },
        )
        .returning('storage_key, preview_key')
        .execute();
      const rows = result.raw as Array<{ storage_key: string; preview_key: string | null }>;
      await this.deleteBlobs(
        rows.flatMap((r) => (r.preview_key ? [r.storage_key, r.preview_key] : [r.storage_key])),
      );
      purged += rows.length;
      if (rows.length < batch) break;
    }
    if (purged > 0) this.log.log({ msg: 'unattached files deleted', count: purged });
    return purged;
  }

  private async deleteBlobs(keys: string[]): Promise<void> {
    const results = await Promise.allSettled(keys.map((key) => this.storage.delete(key)));
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        this.log.error({
          msg: 'could not delete a stored blob',
          key: keys[i],
          reason: String(result.reason),
        });
      }
    });
  }
}
