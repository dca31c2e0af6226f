import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor } from '@testing-library/react';
import { createRecoveryKey, sealBackup } from '@cop/crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '../../../graphql/client';
import { fakeViewer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { flushBackup, restoreBackup, setUpBackup } from '../lib/backup';
import { fakeBackupServer } from '../lib/backup.factory';
import { BackupPrompt } from './BackupPrompt';

const ME = fakeViewer();

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  window.sessionStorage.clear();
});

afterEach(async () => {
  await flushBackup();
});

function setup(withBackup: boolean) {
  const recovery = createRecoveryKey();
  const backup = fakeBackupServer(
    withBackup
      ? {
          blob: sealBackup(recovery.key, { v: 1, devices: {}, messageKeys: {} }),
          version: 1,
          updatedAt: '2026-12-07T10:00:00.000Z',
        }
      : null,
  );
  const network = graphqlNetwork({ Viewer: viewerAnswer(), ...backup.answers });
  const client = createGraphqlClient({ fetch: network });
  const render = () =>
    renderRoutes([{ path: 'messages', element: <BackupPrompt userId={ME.id} /> }], '/messages', {
      fetch: network,
    });
  return { recovery, backup, network, client, render };
}

describe('backup prompt', () => {
  it('links to the encryption page when a backup exists that this browser does not keep; dismissed for the session', async () => {
    const { network, render } = setup(true);
    const first = render();

    const link = await screen.findByRole('link', { name: 'Restore your message history on this device' });
    expect(link).toHaveAttribute('href', '/security/encryption');
    expect(screen.getByRole('region', { name: 'Message history' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await first.user.keyboard('{Enter}');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    first.unmount();

    // Later in the same session: not asked again, not even to the server.
    const asked = requestsOf(network, 'KeyBackupInfo').length;
    render();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(requestsOf(network, 'KeyBackupInfo')).toHaveLength(asked);
  });

  it('goes away once the backup is restored', async () => {
    const withBackup = setup(true);
    withBackup.render();
    await screen.findByRole('link', { name: 'Restore your message history on this device' });
    await restoreBackup(withBackup.client, ME.id, { recoveryText: withBackup.recovery.display });
    await waitFor(() => expect(screen.queryByRole('link')).not.toBeInTheDocument());
  });

  it('shows nothing without a backup, or when this browser keeps it up to date', async () => {
    const none = setup(false);
    const view = none.render();
    await waitFor(() => expect(requestsOf(none.network, 'KeyBackupInfo')).toHaveLength(1));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    view.unmount();

    const kept = setup(false);
    await setUpBackup(kept.client, ME.id, { recoveryKey: kept.recovery.key });
    kept.render();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(requestsOf(kept.network, 'KeyBackupInfo')).toHaveLength(0);
  });
});
