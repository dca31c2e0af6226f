import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '../../../graphql/client';
import { deviceFactory, fakeDeviceServer } from '../../../test/e2e.factory';
import { fakeViewer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { ensureDevice } from '../lib/device';
import { loadDevice } from '../lib/keystore';
import { EncryptionPage } from './EncryptionPage';

const ME = fakeViewer();
const PHONE = deviceFactory({ label: 'Safari on iOS' });

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

/** The member's devices on a fake api; with `registered`, this browser is one of them. */
async function setup({ registered = true, devices = [PHONE] } = {}) {
  const server = fakeDeviceServer({ userId: ME.id, devices });
  const network = graphqlNetwork({ Viewer: viewerAnswer(), ...server.answers });
  let deviceId: string | null = null;
  if (registered) {
    ({ deviceId } = await ensureDevice(createGraphqlClient({ fetch: network }), ME, {
      label: 'Firefox on Linux',
    }));
  }
  const view = renderRoutes(
    [{ path: 'security/encryption', element: <EncryptionPage /> }],
    '/security/encryption',
    { fetch: network },
  );
  return { ...view, server, network, deviceId };
}

describe('encryption page', () => {
  it('lists my devices, marking this browser, and says this browser is set up', async () => {
    await setup();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'End-to-end encryption' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('This browser is set up for encrypted messages as “Firefox on Linux”.'),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Your devices for encrypted messages' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Safari on iOS');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Firefox on LinuxThis browser');
    expect(screen.queryByRole('button', { name: 'Set up this browser' })).not.toBeInTheDocument();
  });

  it('removes another device with the keyboard, after confirming, keeping this browser’s keys', async () => {
    const { user, network, deviceId } = await setup();

    const remove = await screen.findByRole('button', { name: 'Remove Safari on iOS' });
    remove.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Remove this device?' });
    expect(dialog).toHaveTextContent(
      'New encrypted messages will no longer be encrypted for “Safari on iOS”.',
    );
    within(dialog).getByRole('button', { name: 'Remove device' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('The device is removed.')).toBeInTheDocument();
    expect(requestsOf(network, 'RemoveDevice')).toEqual([{ id: PHONE.id }]);
    await waitFor(() => expect(screen.queryByText('Safari on iOS')).not.toBeInTheDocument());
    expect((await loadDevice(ME.id))?.deviceId).toBe(deviceId);
  });

  it('cancelling the confirmation removes nothing', async () => {
    const { user, network } = await setup();

    await user.click(await screen.findByRole('button', { name: 'Remove Safari on iOS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this device?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(dialog).not.toBeVisible());
    expect(requestsOf(network, 'RemoveDevice')).toEqual([]);
  });

  it('removing this browser warns first, then deletes its keys here and offers to set it up again', async () => {
    const { user, deviceId } = await setup();

    await user.click(await screen.findByRole('button', { name: 'Remove Firefox on Linux' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this device?' });
    expect(dialog).toHaveTextContent('This is the browser you are using.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove device' }));

    expect(await screen.findByRole('button', { name: 'Set up this browser' })).toBeInTheDocument();
    expect(
      await screen.findByText('This browser is not set up for encrypted messages yet.'),
    ).toBeInTheDocument();
    expect(await loadDevice(ME.id)).toBeUndefined();
    expect(deviceId).toBeTruthy();
  });

  it('sets up this browser from the page', async () => {
    const { user, server } = await setup({ registered: false });

    await user.click(await screen.findByRole('button', { name: 'Set up this browser' }));

    expect(await screen.findByText(/This browser is set up for encrypted messages as/)).toBeInTheDocument();
    expect(server.state.registered).toBe(1);
    expect(screen.getAllByText('This browser')).not.toHaveLength(0);
  });

  it('says to remove a device first when the member already has five', async () => {
    const { user, server } = await setup({
      registered: false,
      devices: Array.from({ length: 5 }, () => deviceFactory()),
    });

    await user.click(await screen.findByRole('button', { name: 'Set up this browser' }));

    const message = await screen.findByText(
      'You already have 5 devices. Remove one you no longer use, then set up this browser.',
    );
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(server.state.registered).toBe(0);
  });
});
