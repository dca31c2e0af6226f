/** Test data: users with devices, as the api would list them, plus each device's secret keys. */
import type { DeviceKeys } from '@cop/contracts';
import { deviceFromKeyPairs, generateWebCryptoDevice, type DeviceSecrets } from './device.js';
import { generateDeviceKeys, publicDeviceKeys, type DeviceKeyPairs } from './keys.js';

export interface TestDevice {
  deviceId: string;
  userId: string;
  keys: DeviceKeyPairs;
  /** The same keys as the envelope code uses them (on the current backend). */
  secrets: DeviceSecrets;
  /** What the api publishes for this device. */
  published: DeviceKeys;
}

export interface TestUser {
  userId: string;
  devices: TestDevice[];
}

let counter = 0;

export function makeDevice(userId: string, deviceId = `dev-${++counter}`): TestDevice {
  const keys = generateDeviceKeys();
  return {
    deviceId,
    userId,
    keys,
    secrets: deviceFromKeyPairs(keys),
    published: {
      deviceId,
      userId,
      ...publicDeviceKeys(keys),
      label: `Test device ${deviceId}`,
      createdAt: new Date(0).toISOString(),
    },
  };
}

export function makeUser(userId: string, deviceCount = 1): TestUser {
  return { userId, devices: Array.from({ length: deviceCount }, () => makeDevice(userId)) };
}

/** Every device of every user, as recipients of a message. */
export function recipientsOf(...users: TestUser[]): DeviceKeys[] {
  return users.flatMap((u) => u.devices.map((d) => d.published));
}

/** A device whose private keys are non-extractable WebCrypto keys, as the browser keeps them. */
export async function makeWebCryptoDevice(
  userId: string,
  deviceId = `dev-${++counter}`,
): Promise<TestDevice> {
  const secrets = await generateWebCryptoDevice();
  return {
    deviceId,
    userId,
    // No key pairs as bytes: the private halves cannot be read.
    keys: null as unknown as DeviceKeyPairs,
    secrets,
    published: {
      deviceId,
      userId,
      ...publicDeviceKeys(secrets),
      label: `Test device ${deviceId}`,
      createdAt: new Date(0).toISOString(),
    },
  };
}
