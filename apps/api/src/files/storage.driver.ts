import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

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
  /** Removes `key`; removing a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
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

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
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
