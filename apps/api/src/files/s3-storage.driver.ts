import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  assertStorageKey,
  describeStored,
  spoolToFile,
  StorageDriver,
  type StoredFile,
} from './storage.driver.js';

export interface S3StorageOptions {
  /** Unset: AWS S3 in `region`. Set for MinIO, Ceph or any S3-compatible service. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO) rather than `bucket.endpoint/key`. */
  forcePathStyle: boolean;
  /** Where streamed uploads are spooled before they are sent (the OS temp folder by default). */
  spoolDir?: string;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph …), for several api instances sharing one
 * store. Objects are private (no ACL is set; the bucket's policy must not make them public): every
 * download goes through the api, which checks who may see the file.
 *
 * Checksums: the SHA-256 and size are computed here, from the bytes sent. The SDK's extra
 * "flexible checksums" are sent only where S3 requires them (several S3-compatible services do
 * not implement them).
 *
 * Streams (putStream) are spooled to a temporary file (0600, in `spoolDir`) while they are hashed,
 * then sent from that file with their length: S3 needs the length up front, and the SHA-256 must be
 * known before the object counts as stored. The spool is deleted whatever happens. No multipart
 * upload, so one object is at most 5 GiB (S3's limit for a single PUT).
 */
export class S3StorageDriver extends StorageDriver {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly spoolDir: string;

  constructor(options: S3StorageOptions) {
    super();
    this.bucket = options.bucket;
    this.spoolDir = options.spoolDir ?? tmpdir();
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  async put(key: string, data: Buffer): Promise<StoredFile> {
    assertStorageKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: data,
        ContentLength: data.length,
        ContentType: 'application/octet-stream',
      }),
    );
    return describeStored(key, data);
  }

  async putStream(key: string, source: Readable): Promise<StoredFile> {
    const spool = join(this.spoolDir, `s3-${randomBytes(12).toString('hex')}.spool`);
    try {
      assertStorageKey(key);
      await mkdir(this.spoolDir, { recursive: true, mode: 0o700 });
    } catch (e) {
      source.destroy();
      throw e;
    }
    let body: Readable | undefined;
    try {
      const meter = await spoolToFile(source, spool);
      body = createReadStream(spool);
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentLength: meter.size,
          ContentType: 'application/octet-stream',
        }),
      );
      return { key, sha256: meter.sha256(), size: meter.size };
    } finally {
      body?.destroy();
      await rm(spool, { force: true });
    }
  }

  async getStream(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body: unknown = answer.Body;
      if (!body) return null;
      // In Node the SDK answers an http.IncomingMessage (a Readable) with its helpers mixed in.
      if (body instanceof Readable) return body;
      return Readable.fromWeb(
        (answer.Body as { transformToWebStream(): ReadableStream }).transformToWebStream() as never,
      );
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!answer.Body) return null;
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (e) {
      if (!isMissing(e)) throw e;
    }
  }

  /** Closes the client's sockets. */
  destroy(): void {
    this.client.destroy();
  }

  /** Nest calls this on shutdown (the driver is a provider of FilesModule). */
  onModuleDestroy(): void {
    this.destroy();
  }
}

function isMissing(e: unknown): boolean {
  return (
    e instanceof NoSuchKey ||
    (e instanceof S3ServiceException && (e.name === 'NoSuchKey' || e.$metadata.httpStatusCode === 404))
  );
}
