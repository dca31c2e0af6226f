import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startS3Server, type TestS3Server } from '../../test/s3-server.js';
import { S3StorageDriver } from './s3-storage.driver.js';
import { LocalStorageDriver, type StorageDriver } from './storage.driver.js';

interface DriverUnderTest {
  driver: StorageDriver;
  close(): Promise<void>;
}

async function localDriver(): Promise<DriverUnderTest> {
  const root = await mkdtemp(join(tmpdir(), 'cop-files-'));
  return {
    driver: new LocalStorageDriver(join(root, 'files')),
    close: () => rm(root, { recursive: true, force: true }),
  };
}

/** The S3 driver against a real S3 protocol server (s3rver) in this process, not a mock of the SDK. */
async function s3Driver(): Promise<DriverUnderTest> {
  const server: TestS3Server = await startS3Server();
  const driver = new S3StorageDriver({
    endpoint: server.endpoint,
    region: 'us-east-1',
    bucket: server.bucket,
    accessKeyId: server.accessKeyId,
    secretAccessKey: server.secretAccessKey,
    forcePathStyle: true,
  });
  return {
    driver,
    close: async () => {
      driver.destroy();
      await server.close();
    },
  };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

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
  ])('refuses the key %j for put, get and delete', async (key) => {
    await expect(subject.driver.put(key, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    await expect(subject.driver.get(key)).rejects.toThrow(/invalid storage key/);
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
      await expect(driver.put('attachments/anything', Buffer.from('x'))).rejects.toThrow();
    } finally {
      driver.destroy();
      await server.close();
    }
  });
});
