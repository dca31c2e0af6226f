import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startS3Server, type TestS3Server } from '../../test/s3-server.js';
import { S3StorageDriver } from './s3-storage.driver.js';
import { LocalStorageDriver, type StorageDriver } from './storage.driver.js';

interface DriverUnderTest {
  driver: StorageDriver;
  /** Every file the driver has left on local disk (blobs, partial files, spools). */
  leftovers(): Promise<string[]>;
  close(): Promise<void>;
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function localDriver(): Promise<DriverUnderTest> {
  const root = await mkdtemp(join(tmpdir(), 'cop-files-'));
  return {
    driver: new LocalStorageDriver(join(root, 'files')),
    leftovers: () => filesUnder(root),
    close: () => rm(root, { recursive: true, force: true }),
  };
}

/** The S3 driver against a real S3 protocol server (s3rver) in this process, not a mock of the SDK. */
async function s3Driver(): Promise<DriverUnderTest> {
  const server: TestS3Server = await startS3Server();
  const spoolDir = await mkdtemp(join(tmpdir(), 'cop-spool-'));
  const driver = new S3StorageDriver({
    endpoint: server.endpoint,
    region: 'us-east-1',
    bucket: server.bucket,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
    spoolDir,
  });
  return {
    driver,
    leftovers: () => filesUnder(spoolDir),
    close: async () => {
      driver.destroy();
      await server.close();
      await rm(spoolDir, { recursive: true, force: true });
    },
  };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** `total` bytes in chunks of 64 KiB, produced lazily (the whole never exists in one buffer). */
function chunked(seed: Buffer, total: number, failAfter?: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && sent >= failAfter) {
        this.destroy(new Error('source failed'));
        return;
      }
      if (sent >= total) {
        this.push(null);
        return;
      }
      const size = Math.min(64 * 1024, total - sent);
      const chunk = Buffer.alloc(size);
      for (let i = 0; i < size; i++) chunk[i] = seed[(sent + i) % seed.length]!;
      sent += size;
      this.push(chunk);
    },
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.each([
  ['local folder', localDriver],
  ['S3', s3Driver],
])('storage driver contract: %s', (_name, make) => {
  let subject: DriverUnderTest;
  beforeAll(async () => {
    subject = await make();
  });
  afterAll(() => subject.close());

  it('stores bytes and answers their SHA-256 and size, then gives them back unchanged', async () => {
    const data = randomBytes(300_000);
    const stored = await subject.driver.put('attachments/abc123', data);
    expect(stored).toEqual({ key: 'attachments/abc123', sha256: sha256(data), size: 300_000 });
    const back = await subject.driver.get('attachments/abc123');
    expect(back).toBeInstanceOf(Buffer);
    expect(back?.equals(data)).toBe(true);
  });

  it('stores an empty file', async () => {
    const stored = await subject.driver.put('attachments/empty', Buffer.alloc(0));
    expect(stored.size).toBe(0);
    expect(stored.sha256).toBe(sha256(Buffer.alloc(0)));
    expect((await subject.driver.get('attachments/empty'))?.length).toBe(0);
  });

  it('replaces what a key held', async () => {
    await subject.driver.put('attachments/replaced', Buffer.from('first'));
    await subject.driver.put('attachments/replaced', Buffer.from('second'));
    expect((await subject.driver.get('attachments/replaced'))?.toString()).toBe('second');
  });

  it('answers null for a key that holds nothing', async () => {
    expect(await subject.driver.get('attachments/never-written')).toBeNull();
    expect(await subject.driver.getStream('attachments/never-written')).toBeNull();
  });

  it('stores a multi-megabyte stream, hashing it on the way, and streams it back unchanged', async () => {
    const seed = randomBytes(4099);
    const total = 6 * 1024 * 1024 + 17;
    const expected = await readAll(chunked(seed, total));
    const stored = await subject.driver.putStream('attachments/streamed', chunked(seed, total));
    expect(stored).toEqual({ key: 'attachments/streamed', sha256: sha256(expected), size: total });
    const back = await subject.driver.getStream('attachments/streamed');
    expect(back).toBeInstanceOf(Readable);
    expect((await readAll(back!)).equals(expected)).toBe(true);
    // The same bytes through the buffer API, and nothing but the blob left on disk.
    expect((await subject.driver.get('attachments/streamed'))?.equals(expected)).toBe(true);
    const local = await subject.leftovers();
    expect(local.filter((f) => /\.(partial|spool)$/.test(f))).toEqual([]);
  });

  it('stores an empty stream', async () => {
    const stored = await subject.driver.putStream('attachments/empty-stream', Readable.from([]));
    expect(stored).toEqual({ key: 'attachments/empty-stream', sha256: sha256(Buffer.alloc(0)), size: 0 });
    expect((await readAll((await subject.driver.getStream('attachments/empty-stream'))!)).length).toBe(0);
  });

  it('leaves nothing behind when the source stream fails, and keeps what the key held before', async () => {
    const before = await subject.leftovers();
    await expect(
      subject.driver.putStream(
        'attachments/failing',
        chunked(randomBytes(100), 4 * 1024 * 1024, 1024 * 1024),
      ),
    ).rejects.toThrow('source failed');
    expect(await subject.driver.getStream('attachments/failing')).toBeNull();
    expect(await subject.leftovers()).toEqual(before);

    await subject.driver.put('attachments/kept', Buffer.from('original'));
    await expect(
      subject.driver.putStream('attachments/kept', chunked(randomBytes(100), 1024 * 1024, 512 * 1024)),
    ).rejects.toThrow('source failed');
    expect((await subject.driver.get('attachments/kept'))?.toString()).toBe('original');
  });

  it('deletes, and deleting a missing key is not an error', async () => {
    await subject.driver.put('attachments/to-delete', Buffer.from('bye'));
    await subject.driver.delete('attachments/to-delete');
    expect(await subject.driver.get('attachments/to-delete')).toBeNull();
    await expect(subject.driver.delete('attachments/to-delete')).resolves.toBeUndefined();
  });

  it.each([
    '../outside',
    'attachments/../../outside',
    '/etc/passwd',
    'attachments//double',
    'attachments/./here',
    'Attachments/Upper',
    'attachments\\windows',
    '',
    'a'.repeat(300),
  ])('refuses the key %j for put, get and delete, buffered and streamed', async (key) => {
    await expect(subject.driver.put(key, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    const source = Readable.from([Buffer.from('x')]);
    await expect(subject.driver.putStream(key, source)).rejects.toThrow(/invalid storage key/);
    expect(source.destroyed).toBe(true);
    await expect(subject.driver.get(key)).rejects.toThrow(/invalid storage key/);
    await expect(subject.driver.getStream(key)).rejects.toThrow(/invalid storage key/);
    await expect(subject.driver.delete(key)).rejects.toThrow(/invalid storage key/);
  });
});

describe('local storage driver', () => {
  it('leaves no partial file behind and keeps files outside the web root', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cop-files-'));
    try {
      const driver = new LocalStorageDriver(join(root, 'files'));
      await driver.put('attachments/one', Buffer.from('data'));
      expect(await readdir(join(root, 'files', 'attachments'))).toEqual(['one']);
      await driver.putStream('attachments/two', Readable.from([Buffer.from('streamed')]));
      expect((await readdir(join(root, 'files', 'attachments'))).sort()).toEqual(['one', 'two']);
      expect((await stat(join(root, 'files', 'attachments', 'two'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('S3 storage driver', () => {
  it('fails loudly with wrong credentials rather than answering "missing"', async () => {
    const server = await startS3Server();
    const driver = new S3StorageDriver({
      endpoint: server.endpoint,
      region: 'us-east-1',
      bucket: server.bucket,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'not-the-secret',
      forcePathStyle: true,
    });
    try {
      await expect(driver.get('attachments/anything')).rejects.toThrow();
      await expect(driver.getStream('attachments/anything')).rejects.toThrow();
      await expect(driver.put('attachments/anything', Buffer.from('x'))).rejects.toThrow();
      await expect(
        driver.putStream('attachments/anything', Readable.from([Buffer.from('x')])),
      ).rejects.toThrow();
    } finally {
      driver.destroy();
      await server.close();
    }
  });
});
