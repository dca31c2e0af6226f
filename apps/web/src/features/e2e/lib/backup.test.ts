import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createRecoveryKey, exportMessageKey, openBackupWithPassphrase, readBackupKdf } from '@cop/crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '../../../graphql/client';
import { fakeViewer, graphqlNetwork, requestsOf } from '../../../test/graphql';
import {
  backupStatus,
  backupToRestore,
  checkBackupPassphrase,
  deleteBackup,
  flushBackup,
  keepsBackupKey,
  noteNewMessageKeys,
  onMessageKeysRestored,
  restoreBackup,
  setUpBackup,
} from './backup';
import { fakeBackupServer } from './backup.factory';
import { clearKeystore, loadMessageKeys, saveMessageKeys } from './keystore';

const ME = fakeViewer().id;
const PASSPHRASE = 'violet tractor under seven lanterns';
/** Argon2id at its lowest cost: the same code as production, in milliseconds. */
const CHEAP = { argon2Cost: { m: 64, t: 1 } } as const;

const key = (n: number) => new Uint8Array(32).fill(n);
const messageId = (n: number) => `5b1c0f8e-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** One browser: its own IndexedDB. Switch between them with `use`. */
function browser() {
  const factory = new IDBFactory();
  return { use: () => vi.stubGlobal('indexedDB', factory) };
}

function setup() {
  const server = fakeBackupServer();
  const network = graphqlNetwork(server.answers);
  const client = createGraphqlClient({ fetch: network });
  return { server, network, client };
}

async function keysOf(passphrase: string, blob: string): Promise<string[]> {
  const opened = await openBackupWithPassphrase(passphrase, blob);
  if (!opened.ok) throw new Error(opened.reason);
  const data = opened.data as { messageKeys: Record<string, string> };
  return Object.keys(data.messageKeys).sort();
}

beforeEach(() => {
  browser().use();
});

afterEach(async () => {
  await flushBackup();
});

describe('passphrases', () => {
  it.each([
    ['short one', 'tooShort'],
    ['199703141234', 'onlyDigits'],
    ['1997-03-14 12:34', 'onlyDigits'],
    ['aaaaaaaaaaaaaaaa', 'repetitive'],
    ['abababababababab', 'repetitive'],
    ['abcdefghijklmnop', 'sequence'],
    ['qwertyuiop123456', 'sequence'],
    ['Password2024!', 'common'],
    ['passwordpassword', 'common'],
    ['Welcome123456', 'common'],
    ['x'.repeat(1025), 'tooLong'],
  ])('refuses %j (%s)', (passphrase, problem) => {
    expect(checkBackupPassphrase(passphrase)).toBe(problem);
  });

  it.each([
    PASSPHRASE,
    'Tr0ub4dor&3 zebra',
    'cinq pommes vertes sur la table',
    'красная лиса прыгает',
    '我的猫喜欢在窗边晒太阳和睡觉',
  ])('accepts %j', (passphrase) => {
    expect(checkBackupPassphrase(passphrase)).toBeNull();
  });

  it('refuses a weak passphrase with its reason, before deriving or saving anything', async () => {
    const { client, network } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);

    expect(await setUpBackup(client, ME, { passphrase: 'Password2024!' }, CHEAP)).toEqual({
      ok: false,
      reason: 'weak-passphrase',
      problem: 'common',
    });
    expect(await setUpBackup(client, ME, { passphrase: 'too short' }, CHEAP)).toMatchObject({
      problem: 'tooShort',
    });
    expect(network).not.toHaveBeenCalled();
    expect(await keepsBackupKey(ME)).toBe(false);
  });
});

describe('key backup', () => {
  it('backs up every message key under a passphrase; a new device restores them all', async () => {
    const { client, server } = setup();
    await saveMessageKeys(ME, [
      [messageId(1), key(1)],
      [messageId(2), key(2)],
    ]);

    expect(await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP)).toEqual({
      ok: true,
      version: 1,
      keys: 2,
    });
    const blob = server.state.backup!.blob;
    // Opaque to the server: no key in the clear, the Argon2id cost in the header.
    expect(blob).not.toContain(exportMessageKey(key(1)));
    expect(readBackupKdf(blob)).toMatchObject({ ok: true, kdf: { m: 64, t: 1, p: 1 } });
    // The library's content shape, without device keys (non-extractable, never exported).
    const opened = await openBackupWithPassphrase(PASSPHRASE, blob);
    expect(opened).toEqual({
      ok: true,
      data: {
        v: 1,
        devices: {},
        messageKeys: { [messageId(1)]: exportMessageKey(key(1)), [messageId(2)]: exportMessageKey(key(2)) },
      },
    });
    expect(await keepsBackupKey(ME)).toBe(true);
    expect(await backupStatus(client, ME)).toMatchObject({ state: 'set-up-here', kind: 'passphrase' });

    // A new device: an empty keystore.
    browser().use();
    const restored = vi.fn();
    const unsubscribe = onMessageKeysRestored(restored);
    expect(await backupStatus(client, ME)).toMatchObject({ state: 'exists-elsewhere', kind: 'passphrase' });
    expect(await backupToRestore(client, ME)).toBe(true);

    expect(await restoreBackup(client, ME, { passphrase: PASSPHRASE })).toEqual({ ok: true, restored: 2 });
    unsubscribe();

    expect(await loadMessageKeys(ME)).toEqual(
      new Map([
        [messageId(1), key(1)],
        [messageId(2), key(2)],
      ]),
    );
    expect(restored).toHaveBeenCalledWith({ userId: ME, count: 2 });
    expect(await backupStatus(client, ME)).toMatchObject({ state: 'set-up-here' });
    expect(await backupToRestore(client, ME)).toBe(false);
  });

  it('refuses a wrong passphrase and writes nothing', async () => {
    const { client, network } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP);

    browser().use();
    const restored = vi.fn();
    const unsubscribe = onMessageKeysRestored(restored);
    expect(await restoreBackup(client, ME, { passphrase: 'violet tractor under six lanterns' })).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    expect(await restoreBackup(client, ME, { passphrase: '' })).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    unsubscribe();

    expect((await loadMessageKeys(ME)).size).toBe(0);
    expect(await keepsBackupKey(ME)).toBe(false);
    expect(restored).not.toHaveBeenCalled();
    expect(requestsOf(network, 'SaveKeyBackup')).toHaveLength(1);
  });

  it('backs up under a recovery key, restored from the key as typed', async () => {
    const { client, server } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    const recovery = createRecoveryKey();

    expect(await setUpBackup(client, ME, { recoveryKey: recovery.key })).toMatchObject({ ok: true, keys: 1 });
    expect(readBackupKdf(server.state.backup!.blob)).toEqual({ ok: true, kdf: null });

    browser().use();
    expect(await backupStatus(client, ME)).toMatchObject({ state: 'exists-elsewhere', kind: 'recovery-key' });
    expect(await restoreBackup(client, ME, { recoveryText: 'not a key' })).toEqual({
      ok: false,
      reason: 'not-a-recovery-key',
    });
    expect(await restoreBackup(client, ME, { recoveryText: createRecoveryKey().display })).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    expect((await loadMessageKeys(ME)).size).toBe(0);

    // Lower case, spaces instead of dashes: still the key.
    const typed = recovery.display.toLowerCase().replace(/-/g, ' ');
    expect(await restoreBackup(client, ME, { recoveryText: typed })).toEqual({ ok: true, restored: 1 });
    expect(await loadMessageKeys(ME)).toEqual(new Map([[messageId(1), key(1)]]));
    expect(await backupStatus(client, ME)).toMatchObject({ state: 'set-up-here', kind: 'recovery-key' });
  });

  it('adds new message keys some seconds later; nothing happens on a device without the backup key', async () => {
    const { client, network, server } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    noteNewMessageKeys(client, ME);
    await flushBackup();
    expect(network).not.toHaveBeenCalled();

    await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP);
    await saveMessageKeys(ME, [[messageId(2), key(2)]]);
    noteNewMessageKeys(client, ME);
    await saveMessageKeys(ME, [[messageId(3), key(3)]]);
    noteNewMessageKeys(client, ME);
    // Debounced: nothing is sent at once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestsOf(network, 'SaveKeyBackup')).toHaveLength(1);

    await flushBackup();
    expect(requestsOf(network, 'SaveKeyBackup')).toHaveLength(2);
    expect(server.state.backup?.version).toBe(2);
    expect(await keysOf(PASSPHRASE, server.state.backup!.blob)).toEqual(
      [messageId(1), messageId(2), messageId(3)].sort(),
    );
  });

  it('merges when another device saved first: the backup keeps the keys of both', async () => {
    const { client, server } = setup();
    const laptop = browser();
    const phone = browser();

    laptop.use();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP);

    phone.use();
    await restoreBackup(client, ME, { passphrase: PASSPHRASE });
    await saveMessageKeys(ME, [[messageId(2), key(2)]]);
    noteNewMessageKeys(client, ME);
    await flushBackup();
    expect(server.state.backup?.version).toBe(2);

    // The laptop still thinks the backup is at version 1.
    laptop.use();
    const restored = vi.fn();
    const unsubscribe = onMessageKeysRestored(restored);
    await saveMessageKeys(ME, [[messageId(3), key(3)]]);
    noteNewMessageKeys(client, ME);
    await flushBackup();
    unsubscribe();

    expect(server.state.conflicts).toBe(1);
    expect(server.state.backup?.version).toBe(3);
    expect(await keysOf(PASSPHRASE, server.state.backup!.blob)).toEqual(
      [messageId(1), messageId(2), messageId(3)].sort(),
    );
    // The laptop now also reads what the phone opened.
    expect((await loadMessageKeys(ME)).get(messageId(2))).toEqual(key(2));
    expect(restored).toHaveBeenCalledWith({ userId: ME, count: 1 });
  });

  it('asks before replacing a backup made elsewhere; a change of passphrase keeps every key', async () => {
    const { client, server } = setup();
    const laptop = browser();
    const phone = browser();

    laptop.use();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP);

    phone.use();
    await saveMessageKeys(ME, [[messageId(2), key(2)]]);
    expect(await setUpBackup(client, ME, { passphrase: 'another long passphrase here' }, CHEAP)).toEqual({
      ok: false,
      reason: 'exists',
    });
    expect(await keepsBackupKey(ME)).toBe(false);
    expect(server.state.backup?.version).toBe(1);

    // The laptop changes its passphrase: the backup's keys and its own all come along.
    laptop.use();
    const NEW = 'seven quiet owls over the harbour';
    expect(await setUpBackup(client, ME, { passphrase: NEW }, { ...CHEAP, replace: true })).toMatchObject({
      ok: true,
      version: 2,
    });
    expect(await keysOf(NEW, server.state.backup!.blob)).toEqual([messageId(1)]);

    // The phone replaces it after confirming: only its own keys remain.
    phone.use();
    expect(
      await setUpBackup(
        client,
        ME,
        { passphrase: 'another long passphrase here' },
        { ...CHEAP, replace: true },
      ),
    ).toMatchObject({ ok: true, version: 3, keys: 1 });
    expect(await keysOf('another long passphrase here', server.state.backup!.blob)).toEqual([messageId(2)]);

    // The laptop's key no longer opens it: it forgets the key and is asked to restore.
    laptop.use();
    expect(await backupStatus(client, ME)).toMatchObject({ state: 'exists-elsewhere' });
    expect(await keepsBackupKey(ME)).toBe(false);
  });

  it('turning off deletes the backup and forgets the key; so does removing this browser', async () => {
    const { client, server, network } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    await setUpBackup(client, ME, { recoveryKey: createRecoveryKey().key });

    expect(await deleteBackup(client, ME)).toBe(true);
    expect(server.state.backup).toBeNull();
    expect(await keepsBackupKey(ME)).toBe(false);
    expect(await backupStatus(client, ME)).toEqual({ state: 'none' });
    // A new key afterwards sends nothing.
    noteNewMessageKeys(client, ME);
    await flushBackup();
    expect(requestsOf(network, 'SaveKeyBackup')).toHaveLength(1);

    await setUpBackup(client, ME, { recoveryKey: createRecoveryKey().key });
    expect(await keepsBackupKey(ME)).toBe(true);
    await clearKeystore(ME);
    expect(await keepsBackupKey(ME)).toBe(false);
  });

  it('a device whose backup was turned off elsewhere stops updating it', async () => {
    const { client, server } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP);
    server.state.backup = null;

    await saveMessageKeys(ME, [[messageId(2), key(2)]]);
    noteNewMessageKeys(client, ME);
    await flushBackup();

    expect(server.state.backup).toBeNull();
    expect(await keepsBackupKey(ME)).toBe(false);
  });

  it('restoring adds this browser’s own keys that the backup lacked', async () => {
    const { client, server } = setup();
    await saveMessageKeys(ME, [[messageId(1), key(1)]]);
    await setUpBackup(client, ME, { passphrase: PASSPHRASE }, CHEAP);

    browser().use();
    await saveMessageKeys(ME, [[messageId(9), key(9)]]);
    expect(await restoreBackup(client, ME, { passphrase: PASSPHRASE })).toEqual({ ok: true, restored: 1 });
    await flushBackup();

    expect(await keysOf(PASSPHRASE, server.state.backup!.blob)).toEqual([messageId(1), messageId(9)]);
  });
});
