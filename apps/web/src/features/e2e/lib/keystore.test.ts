import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { generateWebCryptoDevice, deviceFromCryptoKeys } from '@cop/crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearKeystore,
  forgetDevice,
  KEYSTORE_DB,
  loadBackupKey,
  loadDevice,
  loadMessageKey,
  loadMessageKeys,
  saveDevice,
  saveMessageKeys,
  type StoredDevice,
} from './keystore';

const AMINA = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01';
const KOFI = '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c02';

beforeEach(() => {
  // A fresh, empty IndexedDB for each test.
  vi.stubGlobal('indexedDB', new IDBFactory());
});

async function storedDevice(userId: string): Promise<StoredDevice> {
  const device = await generateWebCryptoDevice();
  return {
    userId,
    deviceId: null,
    keys: device.cryptoKeys,
    label: 'Firefox on Linux',
    createdAt: '2026-12-07T10:00:00.000Z',
  };
}

describe('keystore', () => {
  it('keeps a device per member, whose private keys stay non-extractable and usable', async () => {
    const record = await storedDevice(AMINA);
    await saveDevice(record);

    const read = await loadDevice(AMINA);
    expect(read).toMatchObject({ userId: AMINA, deviceId: null, label: 'Firefox on Linux' });
    expect(await loadDevice(KOFI)).toBeUndefined();
    const keys = read!.keys;
    for (const key of [keys.encryption.privateKey, keys.signing.privateKey]) {
      expect(key.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('pkcs8', key as CryptoKey)).rejects.toThrow();
      await expect(crypto.subtle.exportKey('jwk', key as CryptoKey)).rejects.toThrow();
    }
    // Still the same device: same public keys, and it signs.
    const before = await deviceFromCryptoKeys(record.keys);
    const after = await deviceFromCryptoKeys(keys);
    expect(after.signingKey).toEqual(before.signingKey);
    expect(after.encryptionKey).toEqual(before.encryptionKey);
    const signature = await after.sign(new TextEncoder().encode('hello'));
    expect(signature).toHaveLength(64);
  });

  it('records the device id once registered, and forgets the device', async () => {
    const record = await storedDevice(AMINA);
    await saveDevice(record);
    await saveDevice({ ...record, deviceId: 'device-1' });
    expect((await loadDevice(AMINA))?.deviceId).toBe('device-1');

    await forgetDevice(AMINA);
    expect(await loadDevice(AMINA)).toBeUndefined();
  });

  it('keeps message keys per member and message; clearing a member leaves the others', async () => {
    const key = (n: number) => new Uint8Array(32).fill(n);
    await saveMessageKeys(AMINA, [
      ['m1', key(1)],
      ['m2', key(2)],
    ]);
    await saveMessageKeys(KOFI, [['m1', key(9)]]);
    await saveDevice(await storedDevice(AMINA));

    expect(await loadMessageKey(AMINA, 'm2')).toEqual(key(2));
    expect(await loadMessageKey(AMINA, 'm3')).toBeUndefined();
    expect(await loadMessageKeys(AMINA)).toEqual(
      new Map([
        ['m1', key(1)],
        ['m2', key(2)],
      ]),
    );

    await clearKeystore(AMINA);
    expect(await loadDevice(AMINA)).toBeUndefined();
    expect((await loadMessageKeys(AMINA)).size).toBe(0);
    expect(await loadMessageKey(KOFI, 'm1')).toEqual(key(9));
  });

  it('upgrades a version 1 database, keeping its devices and message keys, adding the backup key store', async () => {
    // What the first release wrote: two stores, version 1.
    const record = await storedDevice(AMINA);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(KEYSTORE_DB, 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('devices', { keyPath: 'userId' }).put(record);
        db.createObjectStore('messageKeys', { keyPath: ['userId', 'messageId'] }).put({
          userId: AMINA,
          messageId: 'm1',
          key: new Uint8Array(32).fill(1),
        });
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });

    expect(await loadDevice(AMINA)).toMatchObject({ userId: AMINA, label: 'Firefox on Linux' });
    expect(await loadMessageKey(AMINA, 'm1')).toEqual(new Uint8Array(32).fill(1));
    expect(await loadBackupKey(AMINA)).toBeUndefined();
  });
});
