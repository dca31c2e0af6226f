import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertStorageKey, describeStored, StorageDriver, type StoredFile } from './storage.driver.js';

export interface S3StorageOptions {
  /** Unset: AWS S3 in `region`. Set for MinIO, Ceph or any S3-compatible service. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (MinIO) rather than `bucket.endpoint/key`. */
  forcePathStyle: boolean;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph …), for several api instances sharing one
 * store. Objects are private (no ACL is set; the bucket's policy must not make them public): every
 * download goes through the api, which checks who may see the file.
 *
 * Checksums: the SHA-256 and size are computed here, from the bytes sent. The SDK's extra
 * "flexible checksums" are sent only where S3 requires them (several S3-compatible services do
 * not implement them).
 */
export class S3StorageDriver extends StorageDriver {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    super();
    this.bucket = options.bucket;
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
