/**
 * This browser as one of the member's end-to-end encryption devices: its keys stay in the keystore
 * (IndexedDB, non-extractable), the server gets the public halves (`registerDevice`).
 */
import type { Client, CombinedError } from 'urql';
import { E2E_LIMITS } from '@cop/contracts';
import {
  deviceFromCryptoKeys,
  generateWebCryptoDevice,
  toBase64Url,
  webCryptoSupports,
  type WebCryptoDevice,
} from '@cop/crypto';
import type { MyDeviceFieldsFragment } from '../../../graphql/generated/graphql';
import { fieldProblems } from '../../identity/graphql/errors';
import { clearSearchIndex } from '../search/searchIndex';
import { MyDevicesQuery, RegisterDeviceMutation, RemoveDeviceMutation } from '../graphql/devices';
import {
  clearKeystore,
  forgetDevice,
  keystoreAvailable,
  loadDevice,
  saveDevice,
  type StoredDevice,
} from './keystore';

export type MyDevice = MyDeviceFieldsFragment;

/** This browser's registered device: its id and what encrypts, decrypts and signs with its keys. */
export interface EnsuredDevice {
  deviceId: string;
  secrets: WebCryptoDevice;
}

/** The member already has the most devices the server allows; the UI asks them to remove one. */
export class TooManyDevicesError extends Error {
  readonly code = 'TOO_MANY_DEVICES' as const;
  readonly max = E2E_LIMITS.devicesPerUserMax;
  constructor() {
    super(`You have ${E2E_LIMITS.devicesPerUserMax} devices: remove one first.`);
    this.name = 'TooManyDevicesError';
  }
}

/** This browser cannot keep keys: no IndexedDB, or no X25519 / Ed25519 in its WebCrypto. */
export class E2eUnsupportedError extends Error {
  readonly code = 'E2E_UNSUPPORTED' as const;
  constructor(what: string) {
    super(`End-to-end encryption is not available in this browser (${what})`);
    this.name = 'E2eUnsupportedError';
  }
}

/** The api did not answer as expected (network, server error): try again later. */
export class DeviceRequestError extends Error {
  readonly code = 'DEVICE_REQUEST_FAILED' as const;
  constructor(
    readonly operation: string,
    readonly error: CombinedError | undefined,
  ) {
    super(`${operation} failed${error ? `: ${error.message}` : ''}`);
    this.name = 'DeviceRequestError';
  }
}

/** Whether this browser can hold a device (IndexedDB and WebCrypto X25519 + Ed25519). */
export async function e2eSupported(): Promise<boolean> {
  if (!keystoreAvailable()) return false;
  const [x25519, ed25519] = await Promise.all([webCryptoSupports('X25519'), webCryptoSupports('Ed25519')]);
  return x25519 && ed25519;
}

interface UserAgentData {
  brands?: ReadonlyArray<{ brand: string }>;
  platform?: string;
}

/** The parts of `navigator` a device label is made from. */
export interface NavigatorLike {
  userAgent: string;
  userAgentData?: UserAgentData;
}

const BROWSERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\b(?:Chrome|CriOS)\//, 'Chrome'],
  [/\bChromium\//, 'Chromium'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/i, 'Linux'],
];

/** The browser's and the system's names ("Chrome", "Linux"); undefined where unknown. */
export function describeBrowser(nav: NavigatorLike = navigator): { browser?: string; os?: string } {
  const ua = nav.userAgent ?? '';
  const brands = (nav.userAgentData?.brands ?? [])
    .map((entry) => entry.brand)
    .filter((brand) => !/not.?a.?brand/i.test(brand));
  // Chromium-based browsers list "Chromium" next to their own name: prefer theirs.
  const brand = brands.find((name) => name !== 'Chromium') ?? brands[0];
  const browser =
    brand?.replace(/^Google Chrome$/, 'Chrome').replace(/^Microsoft Edge$/, 'Edge') ??
    BROWSERS.find(([pattern]) => pattern.test(ua))?.[1];
  const platform = nav.userAgentData?.platform?.trim();
  const os = platform || SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  return { browser, os };
}

/** "Chrome on Linux": what the member sees in their list of devices (at most 80 characters). */
export function deviceLabel(nav: NavigatorLike = navigator): string {
  const { browser, os } = describeBrowser(nav);
  const label =
    browser && os ? `${browser} on ${os}` : (browser ?? (os ? `Browser on ${os}` : 'Web browser'));
  return limitLabel(label);
}

/** A label within the server's limit (1–80 characters, counted as code points). */
export function limitLabel(label: string): string {
  const trimmed = label.trim() || 'Web browser';
  return Array.from(trimmed).slice(0, E2E_LIMITS.deviceLabelMax).join('');
}

/** The member's current devices, from the server (never from the cache). */
export async function fetchMyDevices(client: Client): Promise<MyDevice[]> {
  const result = await client.query(MyDevicesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (!result.data) throw new DeviceRequestError('myDevices', result.error);
  return result.data.myDevices;
}

export interface EnsureDeviceOptions {
  /** The label to register a new device with (a translated one); `deviceLabel()` otherwise. */
  label?: string;
}

const pending = new Map<string, Promise<EnsuredDevice>>();

/**
 * This browser's device for `user`, registering one when there is none: when the keystore has no
 * device for this member, or the server no longer lists it (removed from another device), it makes
 * new keys (a signing key is never registered twice), registers them and keeps them. Concurrent
 * calls (two components, two tabs where Web Locks exist) share one registration.
 *
 * Rejects with `TooManyDevicesError` (the member must remove a device first),
 * `E2eUnsupportedError`, or `DeviceRequestError`.
 */
export function ensureDevice(
  client: Client,
  user: { id: string },
  options: EnsureDeviceOptions = {},
): Promise<EnsuredDevice> {
  const running = pending.get(user.id);
  if (running) return running;
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const work = () => ensureDeviceNow(client, user.id, options);
  const promise = (
    locks ? (locks.request(`cop-e2e-device:${user.id}`, work) as Promise<EnsuredDevice>) : work()
  ).finally(() => pending.delete(user.id));
  pending.set(user.id, promise);
  return promise;
}

async function ensureDeviceNow(
  client: Client,
  userId: string,
  options: EnsureDeviceOptions,
): Promise<EnsuredDevice> {
  if (!keystoreAvailable()) throw new E2eUnsupportedError('IndexedDB');
  const [stored, devices] = await Promise.all([loadDevice(userId), fetchMyDevices(client)]);

  if (stored) {
    const secrets = await deviceFromCryptoKeys(stored.keys);
    const signingKey = toBase64Url(secrets.signingKey);
    // Registered, or registered without the answer reaching us: the server has our signing key.
    const onServer = devices.find((device) =>
      stored.deviceId ? device.id === stored.deviceId : device.signingKey === signingKey,
    );
    if (onServer) {
      if (stored.deviceId !== onServer.id) await saveDevice({ ...stored, deviceId: onServer.id });
      return { deviceId: onServer.id, secrets };
    }
    // Never confirmed and not on the server: register the same keys.
    if (!stored.deviceId) return register(client, stored, secrets);
    // The server lost it (removed elsewhere): these keys are finished with; the message keys this
    // browser opened stay readable.
    await forgetDevice(userId);
  }

  if (devices.length >= E2E_LIMITS.devicesPerUserMax) throw new TooManyDevicesError();
  if (!(await e2eSupported())) throw new E2eUnsupportedError('WebCrypto X25519 / Ed25519');
  const secrets = await generateWebCryptoDevice();
  const record: StoredDevice = {
    userId,
    deviceId: null,
    keys: secrets.cryptoKeys,
    label: limitLabel(options.label ?? deviceLabel()),
    createdAt: new Date().toISOString(),
  };
  // Kept before registering, so a lost answer does not leave a registered key without its secret.
  await saveDevice(record);
  return register(client, record, secrets);
}

async function register(
  client: Client,
  record: StoredDevice,
  secrets: WebCryptoDevice,
): Promise<EnsuredDevice> {
  const result = await client
    .mutation(RegisterDeviceMutation, {
      input: {
        label: record.label,
        encryptionKey: toBase64Url(secrets.encryptionKey),
        signingKey: toBase64Url(secrets.signingKey),
      },
    })
    .toPromise();
  const device = result.data?.registerDevice;
  if (!device) {
    const problems = fieldProblems(result.error);
    if (problems.some((problem) => problem.code === 'tooManyDevices')) throw new TooManyDevicesError();
    if (problems.some((problem) => problem.code === 'duplicateKey')) {
      // The signing key was registered once and removed since: start again with new keys.
      await forgetDevice(record.userId);
    }
    throw new DeviceRequestError('registerDevice', result.error);
  }
  await saveDevice({ ...record, deviceId: device.id });
  return { deviceId: device.id, secrets };
}

/**
 * Removes one of the member's devices on the server; when it is this browser's, the keystore
 * forgets its keys (and the message keys it kept). Resolves false when the server did not remove it.
 */
export async function removeDevice(client: Client, userId: string, deviceId: string): Promise<boolean> {
  const result = await client.mutation(RemoveDeviceMutation, { id: deviceId }).toPromise();
  if (!result.data?.removeDevice) return false;
  const stored = await loadDevice(userId).catch(() => undefined);
  if (stored?.deviceId === deviceId) {
    await clearKeystore(userId);
    // What this browser decrypted goes with its keys.
    await clearSearchIndex(userId).catch(() => undefined);
  }
  return true;
}

/** This browser's registered device id for a member, if any (no request to the server). */
export async function localDeviceId(userId: string): Promise<string | null> {
  if (!keystoreAvailable()) return null;
  return (await loadDevice(userId))?.deviceId ?? null;
}
