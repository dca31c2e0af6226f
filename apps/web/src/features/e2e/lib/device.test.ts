import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { toBase64Url } from '@cop/crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '../../../graphql/client';
import { deviceFactory, fakeDeviceServer } from '../../../test/e2e.factory';
import { graphqlNetwork, requestsOf } from '../../../test/graphql';
import { deviceLabel, ensureDevice, removeDevice, TooManyDevicesError } from './device';
import { loadDevice, loadMessageKeys, saveMessageKeys } from './keystore';

const USER = { id: '7d0f6a52-8d1c-4c57-9c2a-2f1e8b0a1c01' };

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

function setup(devices = [deviceFactory()]) {
  const server = fakeDeviceServer({ userId: USER.id, devices });
  const network = graphqlNetwork(server.answers);
  const client = createGraphqlClient({ fetch: network });
  return { server, network, client };
}

describe('ensureDevice', () => {
  it('registers this browser once, keeps its keys, and reuses them', async () => {
    const { server, network, client } = setup();

    const first = await ensureDevice(client, USER, { label: 'Chrome on Linux' });
    expect(server.state.registered).toBe(1);
    const [registration] = requestsOf(network, 'RegisterDevice') as Array<{
      input: { label: string; signingKey: string; encryptionKey: string };
    }>;
    expect(registration?.input).toEqual({
      label: 'Chrome on Linux',
      signingKey: toBase64Url(first.secrets.signingKey),
      encryptionKey: toBase64Url(first.secrets.encryptionKey),
    });
    expect(await loadDevice(USER.id)).toMatchObject({ deviceId: first.deviceId, label: 'Chrome on Linux' });

    const second = await ensureDevice(client, USER);
    expect(second.deviceId).toBe(first.deviceId);
    expect(second.secrets.signingKey).toEqual(first.secrets.signingKey);
    expect(server.state.registered).toBe(1);
    expect(requestsOf(network, 'MyDevices')).toHaveLength(2);
  });

  it('shares one registration between concurrent calls', async () => {
    const { server, client } = setup();
    const [a, b] = await Promise.all([ensureDevice(client, USER), ensureDevice(client, USER)]);
    expect(a.deviceId).toBe(b.deviceId);
    expect(server.state.registered).toBe(1);
  });

  it('registers new keys when the server no longer lists this browser’s device', async () => {
    const { server, client } = setup();
    const first = await ensureDevice(client, USER);
    server.state.devices = server.state.devices.filter((device) => device.id !== first.deviceId);

    const second = await ensureDevice(client, USER);
    expect(second.deviceId).not.toBe(first.deviceId);
    expect(second.secrets.signingKey).not.toEqual(first.secrets.signingKey);
    expect(server.state.registered).toBe(2);
    expect((await loadDevice(USER.id))?.deviceId).toBe(second.deviceId);
  });

  it('adopts a registration whose answer was lost (same signing key on the server)', async () => {
    const { server, client, network } = setup();
    const first = await ensureDevice(client, USER);
    // As if the answer to RegisterDevice never arrived: the keystore has no id yet.
    const stored = await loadDevice(USER.id);
    const { saveDevice } = await import('./keystore');
    await saveDevice({ ...stored!, deviceId: null });

    const again = await ensureDevice(client, USER);
    expect(again.deviceId).toBe(first.deviceId);
    expect(server.state.registered).toBe(1);
    expect(requestsOf(network, 'RegisterDevice')).toHaveLength(1);
  });

  it('refuses with TooManyDevicesError when the member has 5 devices, registering nothing', async () => {
    const { server, client, network } = setup(Array.from({ length: 5 }, () => deviceFactory()));
    const attempt = ensureDevice(client, USER);
    await expect(attempt).rejects.toBeInstanceOf(TooManyDevicesError);
    await expect(attempt).rejects.toMatchObject({ code: 'TOO_MANY_DEVICES', max: 5 });
    expect(requestsOf(network, 'RegisterDevice')).toHaveLength(0);
    expect(server.state.registered).toBe(0);
  });

  it('maps the server’s tooManyDevices answer to TooManyDevicesError', async () => {
    const { server, client } = setup();
    // Another browser registered in the meantime: the server refuses ours.
    const register = server.answers.RegisterDevice;
    server.answers.RegisterDevice = (variables) => {
      server.state.devices.push(...Array.from({ length: 4 }, () => deviceFactory()));
      return register(variables);
    };
    await expect(ensureDevice(client, USER)).rejects.toBeInstanceOf(TooManyDevicesError);
  });
});

describe('removeDevice', () => {
  it('removing this browser’s device clears its keys and message keys here', async () => {
    const { server, client } = setup();
    const { deviceId } = await ensureDevice(client, USER);
    await saveMessageKeys(USER.id, [['m1', new Uint8Array(32)]]);

    expect(await removeDevice(client, USER.id, deviceId)).toBe(true);
    expect(server.state.devices.map((device) => device.id)).not.toContain(deviceId);
    expect(await loadDevice(USER.id)).toBeUndefined();
    expect((await loadMessageKeys(USER.id)).size).toBe(0);
  });

  it('removing another device keeps this browser’s keys', async () => {
    const other = deviceFactory();
    const { client } = setup([other]);
    const { deviceId } = await ensureDevice(client, USER);

    expect(await removeDevice(client, USER.id, other.id)).toBe(true);
    expect((await loadDevice(USER.id))?.deviceId).toBe(deviceId);
  });
});

describe('deviceLabel', () => {
  it('names the browser and the system', () => {
    expect(
      deviceLabel({
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      }),
    ).toBe('Chrome on Linux');
    expect(
      deviceLabel({
        userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
      }),
    ).toBe('Firefox on Windows');
    expect(
      deviceLabel({
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      }),
    ).toBe('Safari on iOS');
    expect(
      deviceLabel({
        userAgent: 'whatever',
        userAgentData: {
          brands: [{ brand: 'Not(A:Brand' }, { brand: 'Chromium' }, { brand: 'Microsoft Edge' }],
          platform: 'macOS',
        },
      }),
    ).toBe('Edge on macOS');
    expect(deviceLabel({ userAgent: 'curl/8.0' })).toBe('Web browser');
  });

  it('stays within 80 characters', () => {
    const label = deviceLabel({
      userAgent: '',
      userAgentData: { brands: [{ brand: 'B'.repeat(100) }], platform: 'Linux' },
    });
    expect(Array.from(label)).toHaveLength(80);
  });
});
