import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  key: string;
  sha256: string;
  size: number;
}

/**
 * Where files live: the local folder (default) or an S3-compatible bucket (s3-storage.driver.ts).
 * Both pass the same contract test (storage-drivers.int-spec.ts).
 */
export abstract class StorageDriver {
  /** Stores `data` under `key` (replacing what was there) and returns its SHA-256 and size. */
  abstract put(key: string, data: Buffer): Promise<StoredFile>;
  /** The bytes under `key`, or null when there are none. */
  abstract get(key: string): Promise<Buffer | null>;
  /**
   * Stores what `source` yields under `key` (replacing what was there), never holding it whole in
   * memory, and returns the SHA-256 and size computed while it streamed. When the source fails,
   * nothing is left behind under `key` (nor in any temporary file). The source is consumed, or
   * destroyed when the key is refused.
   */
  abstract putStream(key: string, source: Readable): Promise<StoredFile>;
  /** The bytes under `key` as a stream, or null when there are none. */
  abstract getStream(key: string): Promise<Readable | null>;
  /** Removes `key`; removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
}

/** A pass-through that hashes (SHA-256) and counts what goes through it. */
export class HashingMeter extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;
  private digest: string | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }

  /** The hex SHA-256 of everything that went through (call once the stream has finished). */
  sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }
}

/**
 * Streams `source` into a new file at `path` (mode 0600, which must not exist yet), hashing it on
 * the way; removes what was written when anything fails.
 */
export async function spoolToFile(source: Readable, path: string): Promise<HashingMeter> {
  const meter = new HashingMeter();
  try {
    await pipeline(source, meter, createWriteStream(path, { mode: 0o600, flags: 'wx' }));
  } catch (e) {
    await rm(path, { force: true });
    throw e;
  }
  return meter;
}

const KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

/** Keys are lower-case relative paths without `..` segments; anything else is refused by every driver. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`invalid storage key: ${key}`);
  }
}

export function describeStored(key: string, data: Buffer): StoredFile {
  return { key, sha256: createHash('sha256').update(data).digest('hex'), size: data.length };
}

/** Files under DATA_DIR/files, never under the web root; keys are validated against traversal. */
export class LocalStorageDriver extends StorageDriver {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    if (key.includes('..')) throw new Error(`invalid storage key: ${key}`);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`invalid storage key: ${key}`);
    return path;
  }

  async put(key: string, data: Buffer): Promise<StoredFile> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
    try {
      await writeFile(partial, data, { mode: 0o600 });
      await rename(partial, path);
    } catch (e) {
      await rm(partial, { force: true });
      throw e;
    }
    return describeStored(key, data);
  }

  async putStream(key: string, source: Readable): Promise<StoredFile> {
    let path: string;
    try {
      path = this.pathOf(key);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    } catch (e) {
      source.destroy();
      throw e;
    }
    // Streamed beside, hashed on the way, then renamed: a reader never sees half a file.
    const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
    const meter = await spoolToFile(source, partial);
    try {
      await rename(partial, path);
    } catch (e) {
      await rm(partial, { force: true });
      throw e;
    }
    return { key, sha256: meter.sha256(), size: meter.size };
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async getStream(key: string): Promise<Readable | null> {
    const path = this.pathOf(key);
    try {
      // Opened first, so a missing file answers null rather than a stream that fails.
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

export function localStorageFor(dataDir: string): LocalStorageDriver {
  return new LocalStorageDriver(join(dataDir, 'files'));
}
