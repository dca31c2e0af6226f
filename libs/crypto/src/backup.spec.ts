import { describe, expect, it } from '@jest/globals';
import {
  createRecoveryKey,
  deriveBackupKey,
  formatRecoveryKey,
  newArgon2idParams,
  openBackup,
  openBackupWithPassphrase,
  parseRecoveryKey,
  readBackupKdf,
  sealBackup,
  sealBackupWithPassphrase,
  type KeyBackupContent,
} from './backup.js';
import { fromBase64Url, toBase64Url } from './bytes.js';
import { makeUser } from './devices.factory.js';
import {
  decryptMessage,
  decryptWithMessageKey,
  encryptMessage,
  exportMessageKey,
  importMessageKey,
} from './envelope.js';
import { E2eInputError } from './errors.js';
import { serializeDeviceKeys } from './keys.js';

/** Small Argon2id cost so the tests stay fast; production uses DEFAULT_ARGON2ID_COST. */
const FAST = { m: 64, t: 1, p: 1 };
const SECRET_TEXT = 'the informant is in the third car';

describe('recovery keys', () => {
  it('are 32 random bytes shown as 13 groups of 4 Crockford base32 characters', () => {
    const { key, display } = createRecoveryKey();
    expect(key).toHaveLength(32);
    expect(display).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){12}$/);
    expect(parseRecoveryKey(display)).toEqual(key);
    expect(createRecoveryKey().display).not.toBe(display);
  });

  it('are read as typed: lower case, spaces, O for 0, I and L for 1', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const display = formatRecoveryKey(key);
    const typed = display.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(typed)).toEqual(key);
    expect(formatRecoveryKey(new Uint8Array(32))).toBe(Array(13).fill('0000').join('-'));
  });

  it('refuse a wrong length, a U, or non-zero padding bits', () => {
    const display = createRecoveryKey().display;
    expect(parseRecoveryKey(display.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${display}0`)).toBeNull();
    expect(parseRecoveryKey(`U${display.slice(1)}`)).toBeNull();
    expect(parseRecoveryKey(`${display.slice(0, -1)}1`)).toBeNull(); // last char carries 1 bit + 4 zero bits
  });
});

describe('sealBackup / openBackup', () => {
  const data = { v: 1, note: SECRET_TEXT };

  it('round trip under a recovery key; the blob does not contain the plaintext', () => {
    const { key } = createRecoveryKey();
    const blob = sealBackup(key, data);
    expect(openBackup(key, blob)).toEqual({ ok: true, data });
    expect(blob).not.toContain('informant');
    expect(Buffer.from(fromBase64Url(blob)!).includes(Buffer.from('informant'))).toBe(false);
    expect(readBackupKdf(blob)).toEqual({ ok: true, kdf: null });
  });

  it('round trip under a passphrase; the parameters travel in the blob', async () => {
    const blob = await sealBackupWithPassphrase('correct horse battery staple', data, FAST);
    const header = readBackupKdf(blob);
    expect(header.ok && header.kdf && { m: header.kdf.m, t: header.kdf.t, p: header.kdf.p }).toEqual(FAST);
    expect(await openBackupWithPassphrase('correct horse battery staple', blob)).toEqual({ ok: true, data });
  });

  it('a wrong passphrase or recovery key → wrong-passphrase', async () => {
    const blob = await sealBackupWithPassphrase('correct horse battery staple', data, FAST);
    expect(await openBackupWithPassphrase('correct horse battery stapler', blob)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    expect(await openBackupWithPassphrase('', blob)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    const sealed = sealBackup(createRecoveryKey().key, data);
    expect(openBackup(createRecoveryKey().key, sealed)).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it('normalises the passphrase (NFC): é typed precomposed or combined gives the same key', async () => {
    const params = newArgon2idParams(FAST);
    const a = await deriveBackupKey('caf\u00e9', params);
    const b = await deriveBackupKey('cafe\u0301', params);
    expect(a).toEqual(b);
  });

  it('a tampered header (salt or cost) or body → does not open', async () => {
    const blob = await sealBackupWithPassphrase('pw', data, FAST);
    const bytes = fromBase64Url(blob)!;
    for (const index of [3, 2 + 16 + 3, bytes.length - 1]) {
      const altered = Uint8Array.from(bytes);
      altered[index] ^= 1;
      const result = await openBackupWithPassphrase('pw', toBase64Url(altered));
      expect(result.ok).toBe(false);
    }
  });

  it.each([
    ['not base64url', '***'],
    ['empty', ''],
    ['an unknown version', toBase64Url(Uint8Array.of(9, 0, ...new Uint8Array(40)))],
    ['an unknown KDF', toBase64Url(Uint8Array.of(1, 7, ...new Uint8Array(40)))],
    ['a truncated body', toBase64Url(Uint8Array.of(1, 0, ...new Uint8Array(30)))],
  ])('%s → malformed', (_name, blob) => {
    expect(openBackup(new Uint8Array(32), blob)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a blob asking for an unreasonable Argon2id cost (a DoS by the server)', () => {
    const header = Uint8Array.of(1, 1, ...new Uint8Array(16), 0, 0x40, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1); // m = 4 GiB
    const blob = toBase64Url(Uint8Array.of(...header, ...new Uint8Array(40)));
    expect(readBackupKdf(blob)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses bad keys and parameters when sealing', async () => {
    expect(() => sealBackup(new Uint8Array(16), data)).toThrow(E2eInputError);
    expect(() => newArgon2idParams({ m: 4 })).toThrow(E2eInputError);
    expect(() => newArgon2idParams({ t: 0 })).toThrow(E2eInputError);
    await expect(deriveBackupKey('', newArgon2idParams(FAST))).rejects.toThrow(E2eInputError);
  });
});

describe('a new device restores the backup and reads old messages', () => {
  it('via the backed-up message keys (the signature is still verified)', async () => {
    const alice = makeUser('alice');
    const bob = makeUser('bob');
    const [bobOld] = bob.devices;
    const context = { conversationId: 'c1', clientId: 'm1', senderUserId: 'alice' };
    const envelope = await encryptMessage({
      ...context,
      senderDevice: { deviceId: alice.devices[0]!.deviceId, secrets: alice.devices[0]!.secrets },
      recipients: [alice.devices[0]!.published, bobOld!.published],
      content: { text: SECRET_TEXT },
    });
    const read = await decryptMessage({
      envelope,
      ...context,
      senderSigningKey: alice.devices[0]!.published.signingKey,
      myDevice: { deviceId: bobOld!.deviceId, secrets: bobOld!.secrets },
    });
    if (!read.ok) throw new Error(`old device could not read: ${read.reason}`);

    // Bob's old device backs up its keys and the message key.
    const content: KeyBackupContent = {
      v: 1,
      devices: { [bobOld!.deviceId]: serializeDeviceKeys(bobOld!.keys) },
      messageKeys: { 'message-1': exportMessageKey(read.messageKey) },
    };
    const blob = await sealBackupWithPassphrase('long passphrase of bob', content, FAST);
    expect(blob).not.toContain(content.messageKeys['message-1']);

    // A new device, which was not a recipient, restores it.
    const opened = await openBackupWithPassphrase('long passphrase of bob', blob);
    if (!opened.ok) throw new Error(opened.reason);
    const restored = opened.data as KeyBackupContent;
    const key = importMessageKey(restored.messageKeys['message-1'])!;
    const result = await decryptWithMessageKey(envelope, key, {
      ...context,
      senderSigningKey: alice.devices[0]!.published.signingKey,
    });
    expect(result.ok && result.content.text).toBe(SECRET_TEXT);
  });
});
