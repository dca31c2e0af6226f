import { E2E_LIMITS } from '@cop/contracts';
import { generateDeviceKeys, publicDeviceKeys } from '@cop/crypto';
import type { MyDeviceFieldsFragment } from '../graphql/generated/graphql';
import { errorAnswer, type Answer } from './graphql';
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

type WorldDevice = MyDeviceFieldsFragment & { userId: string; removed: boolean };

/**
 * The api's device tables for several members at once, in memory, for tests that encrypt for real:
 * `answersFor(userId)` plugs into `graphqlNetwork` as that member (MyDevices, RegisterDevice,
 * ConversationDevices: everyone's current devices, SigningKeys: removed ones too); `remove` removes
 * a device as another browser would.
 */
export function fakeDeviceWorld() {
  const devices: WorldDevice[] = [];
  const strip = ({ userId: _userId, removed: _removed, ...device }: WorldDevice): MyDeviceFieldsFragment =>
    device;
  function answersFor(userId: string): Record<string, Answer> {
    return {
      MyDevices: () => ({
        data: { myDevices: devices.filter((d) => d.userId === userId && !d.removed).map(strip) },
      }),
      RegisterDevice: (variables) => {
        const input = variables.input as { label: string; encryptionKey: string; signingKey: string };
        const now = new Date().toISOString();
        const device: WorldDevice = {
          id: nextId(),
          ...input,
          createdAt: now,
          lastSeenAt: now,
          current: true,
          userId,
          removed: false,
        };
        devices.push(device);
        return { data: { registerDevice: strip(device) } };
      },
      ConversationDevices: () => ({
        data: {
          conversationDevices: devices
            .filter((d) => !d.removed)
            .map((d) => ({ deviceId: d.id, userId: d.userId, encryptionKey: d.encryptionKey })),
        },
      }),
      SigningKeys: (variables) => ({
        data: {
          signingKeys: devices
            .filter((d) => (variables.deviceIds as string[]).includes(d.id))
            .map((d) => ({ deviceId: d.id, userId: d.userId, signingKey: d.signingKey })),
        },
      }),
    };
  }
  return {
    devices,
    answersFor,
    remove(deviceId: string): void {
      const device = devices.find((d) => d.id === deviceId);
      if (device) device.removed = true;
    },
  };
}
