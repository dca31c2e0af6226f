import { E2E_LIMITS } from '@cop/contracts';
import { generateDeviceKeys, publicDeviceKeys } from '@cop/crypto';
import type { MyDeviceFieldsFragment } from '../graphql/generated/graphql';
import { errorAnswer } from './graphql';
import { nextId } from './identity.factory';

/**
 * The api's end-to-end encryption devices, played in memory: `answers` plug into `graphqlNetwork`
 * (MyDevices, RegisterDevice, RemoveDevice, DeviceKeys), `devices` is the server's list of the
 * member's current devices, `others` the published devices of other members (by user id).
 */
export function fakeDeviceServer(options: { userId: string; devices?: MyDeviceFieldsFragment[] }) {
  const state = {
    devices: [...(options.devices ?? [])],
    others: new Map<string, Array<{ deviceId: string; signingKey: string; encryptionKey: string }>>(),
    registered: 0,
  };
  const answers = {
    MyDevices: () => ({ data: { myDevices: state.devices } }),
    RegisterDevice: (variables: Record<string, unknown>) => {
      const input = variables.input as { label: string; encryptionKey: string; signingKey: string };
      if (state.devices.length >= E2E_LIMITS.devicesPerUserMax) {
        return errorAnswer('BAD_USER_INPUT', 'You have 5 devices: remove one first.', {
          fields: [{ field: 'input', code: 'tooManyDevices', message: 'Too many', params: { max: 5 } }],
        });
      }
      const now = new Date().toISOString();
      const device = deviceFactory({ ...input, createdAt: now, lastSeenAt: now, current: true });
      state.devices.push(device);
      state.registered += 1;
      return { data: { registerDevice: device } };
    },
    RemoveDevice: (variables: Record<string, unknown>) => {
      const before = state.devices.length;
      state.devices = state.devices.filter((device) => device.id !== variables.id);
      return state.devices.length < before
        ? { data: { removeDevice: true } }
        : errorAnswer('NOT_FOUND', 'Not found');
    },
    DeviceKeys: (variables: Record<string, unknown>) => {
      const userIds = variables.userIds as string[];
      const keys = userIds.flatMap((userId) =>
        userId === options.userId
          ? state.devices.map((device) => ({ deviceId: device.id, userId, ...device }))
          : (state.others.get(userId) ?? []).map((device) => ({ ...device, userId })),
      );
      return {
        data: {
          deviceKeys: keys.map(({ deviceId, userId, encryptionKey, signingKey }) => ({
            deviceId,
            userId,
            encryptionKey,
            signingKey,
            label: 'Firefox on Linux',
            createdAt: '2026-11-20T10:00:00.000Z',
          })),
        },
      };
    },
  };
  return { state, answers };
}

/** Public keys of a device that exists nowhere but in the test (real 32-byte keys, base64url). */
export function publicKeysFactory(): { encryptionKey: string; signingKey: string } {
  const keys = publicDeviceKeys(generateDeviceKeys());
  return { encryptionKey: keys.encryptionKey, signingKey: keys.signingKey };
}

export function deviceFactory(overrides: Partial<MyDeviceFieldsFragment> = {}): MyDeviceFieldsFragment {
  return {
    id: nextId(),
    label: 'Safari on iOS',
    createdAt: '2026-11-20T10:00:00.000Z',
    lastSeenAt: '2026-12-01T08:00:00.000Z',
    current: false,
    ...publicKeysFactory(),
    ...overrides,
  };
}
