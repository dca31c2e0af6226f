/**
 * A device's secrets as the envelope code uses them: the two public keys, and the two operations
 * that need the private halves (X25519 agreement, Ed25519 signature). Where the private keys live
 * is the constructor's business:
 * - `deviceFromKeyPairs`: raw bytes (noble's form; tests, the key backup, the benchmark), used on
 *   the current backend (`setCryptoBackend`);
 * - `generateWebCryptoDevice` / `deviceFromCryptoKeys`: WebCrypto keys whose private halves may be
 *   non-extractable (the browser keeps them in IndexedDB, where a script can use but never read
 *   them); always used through WebCrypto.
 */
import { x25519, ed25519 } from '@noble/curves/ed25519.js';
import {
  backendFor,
  exportRaw,
  importSecretKey,
  subtle,
  webCryptoAgree,
  webCryptoSign,
  type WebCryptoKey,
  type WebCryptoKeyPair,
} from './curves.js';
import { E2eInputError } from './errors.js';
import { KEY_BYTES, type DeviceKeyPairs } from './keys.js';

export interface DeviceSecrets {
  /** X25519 public key (32 bytes). */
  readonly encryptionKey: Uint8Array;
  /** Ed25519 public key (32 bytes). */
  readonly signingKey: Uint8Array;
  /** X25519(device secret, peer), 32 bytes; rejects for a low-order peer. */
  agree(peerPublic: Uint8Array): Promise<Uint8Array>;
  /** Ed25519 signature (64 bytes) of `message`. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** A device's WebCrypto key pairs (X25519 for `encryption`, Ed25519 for `signing`). */
export interface WebCryptoDeviceKeys {
  encryption: WebCryptoKeyPair;
  signing: WebCryptoKeyPair;
}

/** A device made of WebCrypto keys; `cryptoKeys` is what the browser stores (IndexedDB). */
export interface WebCryptoDevice extends DeviceSecrets {
  readonly cryptoKeys: WebCryptoDeviceKeys;
}

/** A device whose secret keys are bytes (noble's form). */
export function deviceFromKeyPairs(keys: DeviceKeyPairs): DeviceSecrets {
  const { encryption, signing } = keys;
  for (const k of [encryption.secretKey, encryption.publicKey, signing.secretKey, signing.publicKey]) {
    if (!(k instanceof Uint8Array) || k.length !== KEY_BYTES) throw new E2eInputError('a key is 32 bytes');
  }
  // Imported once, when the WebCrypto backend is first used with this device.
  let agreeKey: Promise<WebCryptoKey> | undefined;
  let signKey: Promise<WebCryptoKey> | undefined;
  return {
    encryptionKey: encryption.publicKey,
    signingKey: signing.publicKey,
    async agree(peer) {
      if ((await backendFor('X25519')) === 'noble') return x25519.getSharedSecret(encryption.secretKey, peer);
      agreeKey ??= importSecretKey('X25519', encryption.secretKey);
      return webCryptoAgree(await agreeKey, peer);
    },
    async sign(message) {
      if ((await backendFor('Ed25519')) === 'noble') return ed25519.sign(message, signing.secretKey);
      signKey ??= importSecretKey('Ed25519', signing.secretKey);
      return webCryptoSign(await signKey, message);
    },
  };
}

/**
 * A device from WebCrypto key pairs (an X25519 pair with `deriveBits`, an Ed25519 pair with `sign`);
 * the private keys may be non-extractable, the public ones are exported raw.
 */
export async function deviceFromCryptoKeys(keys: WebCryptoDeviceKeys): Promise<WebCryptoDevice> {
  const check = (pair: WebCryptoKeyPair | undefined, name: string) => {
    if (
      !pair ||
      pair.privateKey?.algorithm?.name !== name ||
      pair.publicKey?.algorithm?.name !== name ||
      pair.privateKey.type !== 'private' ||
      pair.publicKey.type !== 'public'
    ) {
      throw new E2eInputError(`expected an ${name} CryptoKeyPair`);
    }
  };
  check(keys?.encryption, 'X25519');
  check(keys?.signing, 'Ed25519');
  const encryptionKey = await exportRaw(keys.encryption.publicKey);
  const signingKey = await exportRaw(keys.signing.publicKey);
  const cryptoKeys = { encryption: keys.encryption, signing: keys.signing };
  return {
    encryptionKey,
    signingKey,
    cryptoKeys,
    agree: (peer) => webCryptoAgree(cryptoKeys.encryption.privateKey, peer),
    sign: (message) => webCryptoSign(cryptoKeys.signing.privateKey, message),
  };
}

/**
 * A new device with WebCrypto keys; the private keys are non-extractable unless `extractable` is
 * set. Fails where the platform's WebCrypto has no X25519 or Ed25519 (use `generateDeviceKeys`).
 */
export async function generateWebCryptoDevice(extractable = false): Promise<WebCryptoDevice> {
  const s = subtle();
  const encryption = (await s.generateKey({ name: 'X25519' }, extractable, [
    'deriveBits',
  ])) as WebCryptoKeyPair;
  const signing = (await s.generateKey({ name: 'Ed25519' }, extractable, [
    'sign',
    'verify',
  ])) as WebCryptoKeyPair;
  return deviceFromCryptoKeys({ encryption, signing });
}
