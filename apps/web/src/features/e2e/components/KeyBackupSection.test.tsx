import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, screen, waitFor, within } from '@testing-library/react';
import { createRecoveryKey, readBackupKdf, sealBackup } from '@cop/crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LanguageCode } from '@cop/contracts';
import { createGraphqlClient } from '../../../graphql/client';
import { deviceFactory, fakeDeviceServer } from '../../../test/e2e.factory';
import { fakeViewer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { flushBackup, keepsBackupKey, setUpBackup } from '../lib/backup';
import { fakeBackupServer } from '../lib/backup.factory';
import { ensureDevice } from '../lib/device';
import { loadMessageKeys, saveMessageKeys } from '../lib/keystore';
import { EncryptionPage } from '../routes/EncryptionPage';

// Argon2id at its lowest cost: the page's real code path, in milliseconds instead of a second.
vi.mock('@cop/crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@cop/crypto')>();
  return {
    ...actual,
    newArgon2idParams: (cost: Parameters<typeof actual.newArgon2idParams>[0] = {}) =>
      actual.newArgon2idParams({ ...cost, m: 64, t: 1 }),
  };
});

const ME = fakeViewer();
const PASSPHRASE = 'violet tractor under seven lanterns';
const key = (n: number) => new Uint8Array(32).fill(n);
const messageId = (n: number) => `5b1c0f8e-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** One browser: its own IndexedDB. */
function browser() {
  const factory = new IDBFactory();
  return { use: () => vi.stubGlobal('indexedDB', factory) };
}

beforeEach(() => {
  browser().use();
  window.sessionStorage.clear();
});

afterEach(async () => {
  await flushBackup();
});

/**
 * The encryption page of a registered browser, on a fake api with a key backup; `before` runs
 * first with a client of the same api (a backup made on another device, or on this one).
 */
async function setup(
  options: {
    before?: (client: ReturnType<typeof createGraphqlClient>) => Promise<void>;
    language?: LanguageCode;
  } = {},
) {
  const devices = fakeDeviceServer({ userId: ME.id, devices: [deviceFactory()] });
  const backup = fakeBackupServer();
  const answers: Parameters<typeof graphqlNetwork>[0] = {
    Viewer: viewerAnswer(),
    ...devices.answers,
    ...backup.answers,
  };
  const network = graphqlNetwork(answers);
  const client = createGraphqlClient({ fetch: network });
  await options.before?.(client);
  await ensureDevice(client, ME, { label: 'Firefox on Linux' });
  const view = renderRoutes(
    [{ path: 'security/encryption', element: <EncryptionPage /> }],
    '/security/encryption',
    { fetch: network, language: options.language },
  );
  return { ...view, backup, network, answers, client };
}

/** A backup of two message keys made on another browser, under PASSPHRASE. */
async function backupElsewhere(client: ReturnType<typeof createGraphqlClient>) {
  const other = browser();
  other.use();
  await saveMessageKeys(ME.id, [
    [messageId(1), key(1)],
    [messageId(2), key(2)],
  ]);
  await setUpBackup(client, ME.id, { passphrase: PASSPHRASE });
  browser().use();
}

describe('key backup section', () => {
  it('sets up a backup under a passphrase with the keyboard, refusing a weak one with its reason', async () => {
    const { user, backup } = await setup({
      before: () => saveMessageKeys(ME.id, [[messageId(1), key(1)]]),
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Key backup' })).toBeInTheDocument();
    expect(await screen.findByText(/You have no key backup\./)).toBeInTheDocument();
    (await screen.findByRole('button', { name: 'Set up backup' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Set up key backup' });
    within(dialog)
      .getByRole('radio', { name: /^With a passphrase/ })
      .focus();
    await user.keyboard(' ');

    const passphrase = within(dialog).getByLabelText('Passphrase');
    await user.click(passphrase);
    await user.keyboard('Password2024!');
    await user.tab();
    await user.keyboard('Password2024!{Enter}');
    expect(
      await within(dialog).findByText('This is too close to a well-known password. Add words of your own.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(passphrase).toHaveFocus());
    expect(passphrase).toHaveAttribute('aria-invalid', 'true');

    await user.clear(passphrase);
    await user.keyboard(PASSPHRASE);
    await user.tab();
    await user.keyboard('violet tractor{Enter}');
    expect(await within(dialog).findByText('The two passphrases are different.')).toBeInTheDocument();

    const confirmation = within(dialog).getByLabelText('Type the passphrase again');
    await user.clear(confirmation);
    await user.keyboard(`${PASSPHRASE}{Enter}`);

    expect(
      await screen.findByText(
        'Your message keys are backed up. This browser will keep the backup up to date.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/protected by your passphrase\./)).toBeInTheDocument();
    await waitFor(() => expect(dialog).not.toBeVisible());
    expect(backup.state.backup?.version).toBe(1);
    expect(readBackupKdf(backup.state.backup!.blob)).toMatchObject({ ok: true, kdf: { m: 64, t: 1 } });
    expect(await keepsBackupKey(ME.id)).toBe(true);
    expect(screen.getByRole('button', { name: 'Change passphrase or recovery key' })).toBeInTheDocument();
  });

  it('shows a recovery key once, in groups, to copy and write down before finishing', async () => {
    const { user, backup } = await setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();

    await user.click(await screen.findByRole('button', { name: 'Set up backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up key backup' });
    within(dialog)
      .getByRole('radio', { name: /^With a recovery key/ })
      .focus();
    await user.keyboard(' ');

    const shown = within(dialog).getByTestId('recovery-key');
    expect(shown).toHaveAttribute('dir', 'ltr');
    expect(shown.querySelectorAll('code')).toHaveLength(13);
    const display = [...shown.querySelectorAll('code')].map((group) => group.textContent).join('-');
    expect(display).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);

    within(dialog).getByRole('button', { name: 'Copy' }).focus();
    await user.keyboard('{Enter}');
    expect(writeText).toHaveBeenCalledWith(display);
    expect(await screen.findByText('The recovery key is copied.')).toBeInTheDocument();

    const finish = within(dialog).getByRole('button', { name: 'Turn on backup' });
    expect(finish).toBeDisabled();
    within(dialog)
      .getByRole('checkbox', { name: 'I have written down my recovery key and keep it safe' })
      .focus();
    await user.keyboard(' ');
    expect(finish).toBeEnabled();
    finish.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/protected by your recovery key\./)).toBeInTheDocument();
    expect(readBackupKdf(backup.state.backup!.blob)).toEqual({ ok: true, kdf: null });
  });

  it('restores on a new browser: a wrong passphrase is refused, the right one says how many messages open', async () => {
    const { user, answers, backup } = await setup({ before: backupElsewhere });

    expect(
      await screen.findByText(/You have a key backup, made or changed on another device\./),
    ).toBeInTheDocument();
    (await screen.findByRole('button', { name: 'Restore from backup' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    const field = within(dialog).getByLabelText('Passphrase');
    await user.click(field);
    await user.keyboard('violet tractor under six lanterns{Enter}');

    expect(
      await within(dialog).findByText('This passphrase does not open your backup. Check it, then try again.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus());
    expect((await loadMessageKeys(ME.id)).size).toBe(0);
    expect(await keepsBackupKey(ME.id)).toBe(false);

    // While the backup is fetched and Argon2id runs, the dialog says so.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const answer = backup.answers.KeyBackup;
    answers.KeyBackup = async () => {
      await held;
      return answer();
    };
    await user.clear(field);
    await user.keyboard(`${PASSPHRASE}{Enter}`);
    expect(
      await within(dialog).findByText('Unlocking your backup… This can take a few seconds.'),
    ).toBeInTheDocument();
    act(() => release());

    expect(
      await screen.findByText('Backup restored. Encrypted messages you can now read in this browser: 2.'),
    ).toBeInTheDocument();
    expect(await screen.findByText(/protected by your passphrase\./)).toBeInTheDocument();
    expect((await loadMessageKeys(ME.id)).size).toBe(2);
    expect(await keepsBackupKey(ME.id)).toBe(true);
  });

  it('turns off the backup with the keyboard, after confirming', async () => {
    const { user, backup, network } = await setup({
      before: async (client) => {
        await saveMessageKeys(ME.id, [[messageId(1), key(1)]]);
        await setUpBackup(client, ME.id, { passphrase: PASSPHRASE });
      },
    });

    (await screen.findByRole('button', { name: 'Turn off backup' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Turn off key backup?' });
    expect(dialog).toHaveTextContent('A new device will not be able to read your earlier messages.');
    within(dialog).getByRole('button', { name: 'Turn off backup' }).focus();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByText('Key backup is turned off: the backup is deleted from the server.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Set up backup' })).toBeInTheDocument();
    expect(requestsOf(network, 'DeleteKeyBackup')).toHaveLength(1);
    expect(backup.state.backup).toBeNull();
    expect(await keepsBackupKey(ME.id)).toBe(false);
  });

  it('asks before replacing a backup that another device made meanwhile', async () => {
    const { user, backup } = await setup();
    await screen.findByText(/You have no key backup\./);
    // Another device sets one up while this page is open.
    backup.state.backup = {
      blob: sealBackup(createRecoveryKey().key, { v: 1, devices: {}, messageKeys: {} }),
      version: 1,
      updatedAt: '2026-12-07T10:00:00.000Z',
    };

    await user.click(screen.getByRole('button', { name: 'Set up backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up key backup' });
    await user.click(within(dialog).getByRole('radio', { name: /^With a recovery key/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /I have written down/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Turn on backup' }));

    expect(
      await within(dialog).findByText(/A key backup made on another device already exists\./),
    ).toBeInTheDocument();
    const replace = within(dialog).getByRole('button', { name: 'Replace backup' });
    await waitFor(() => expect(replace).toHaveFocus());
    expect(backup.state.backup.version).toBe(1);
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/protected by your recovery key\./)).toBeInTheDocument();
    expect(backup.state.backup?.version).toBe(2);
  });

  it('keeps recovery keys left to right on an Arabic page', async () => {
    const { user } = await setup({ language: 'ar' });

    await user.click(await screen.findByRole('button', { name: 'إعداد النسخة الاحتياطية' }));
    const dialog = await screen.findByRole('dialog', { name: 'إعداد النسخة الاحتياطية للمفاتيح' });
    await user.click(within(dialog).getByRole('radio', { name: /^بمفتاح استرداد/ }));

    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(within(dialog).getByTestId('recovery-key')).toHaveAttribute('dir', 'ltr');
  });
});
