/**
 * X25519 and Ed25519 through WebCrypto (`crypto.subtle`, native, about 100× faster than pure
 * JavaScript) where the platform has them, through @noble/curves otherwise. Both give the same bytes:
 * X25519 shared secrets and Ed25519 signatures are deterministic. What the platform supports is
 * detected once per algorithm (by generating a throw-away key) and remembered.
 *
 * Ed25519 verification keeps RFC 8032 strict semantics on both paths: a public key that is not a
 * canonical encoding or is of small order is refused before WebCrypto sees it (OpenSSL and
 * BoringSSL would accept a signature under the all-zero key), as noble refuses it with
 * `zip215: false`.
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { E2eInputError } from './errors.js';

/**
 * `auto` (the default): WebCrypto for each algorithm the platform supports, noble for the others.
 * `noble` / `webcrypto`: force one (tests, benchmarks); `webcrypto` on a platform without it fails.
 */
export type CryptoBackend = 'auto' | 'noble' | 'webcrypto';
export type ResolvedBackend = 'noble' | 'webcrypto';
export type Curve = 'X25519' | 'Ed25519';

/** The parts of WebCrypto's `CryptoKey` used here (typed locally: no DOM or Node types needed). */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { name: string };
}

export interface WebCryptoKeyPair {
  publicKey: WebCryptoKey;
  privateKey: WebCryptoKey;
}

interface Subtle {
  generateKey(algorithm: { name: Curve }, extractable: boolean, usages: string[]): Promise<unknown>;
  importKey(
    format: 'raw' | 'pkcs8',
    data: Uint8Array,
    algorithm: { name: Curve },
    extractable: boolean,
    usages: string[],
  ): Promise<WebCryptoKey>;
  exportKey(format: 'raw', key: WebCryptoKey): Promise<ArrayBuffer>;
  deriveBits(
    algorithm: { name: 'X25519'; public: WebCryptoKey },
    key: WebCryptoKey,
    bits: number,
  ): Promise<ArrayBuffer>;
  sign(algorithm: { name: 'Ed25519' }, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    algorithm: { name: 'Ed25519' },
    key: WebCryptoKey,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

let choice: CryptoBackend = 'auto';
const detected = new Map<Curve, Promise<boolean>>();

/** Chooses the backend for X25519 and Ed25519 (see `CryptoBackend`); for tests and benchmarks. */
export function setCryptoBackend(backend: CryptoBackend): void {
  if (backend !== 'auto' && backend !== 'noble' && backend !== 'webcrypto') {
    throw new E2eInputError(`unknown crypto backend ${String(backend)}`);
  }
  choice = backend;
}

/** What X25519 and Ed25519 currently run on. */
export async function cryptoBackend(): Promise<Record<Curve, ResolvedBackend>> {
  return { X25519: await backendFor('X25519'), Ed25519: await backendFor('Ed25519') };
}

/** Whether this platform's WebCrypto does `curve` (detected once, then remembered). */
export function webCryptoSupports(curve: Curve): Promise<boolean> {
  let answer = detected.get(curve);
  if (!answer) {
    answer = (async () => {
      const s = findSubtle();
      if (!s) return false;
      try {
        const usages = curve === 'X25519' ? ['deriveBits'] : ['sign', 'verify'];
        await s.generateKey({ name: curve }, false, usages);
        return true;
      } catch {
        return false;
      }
    })();
    detected.set(curve, answer);
  }
  return answer;
}

export async function backendFor(curve: Curve): Promise<ResolvedBackend> {
  if (choice !== 'auto') return choice;
  return (await webCryptoSupports(curve)) ? 'webcrypto' : 'noble';
}

function findSubtle(): Subtle | undefined {
  return (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
}

export function subtle(): Subtle {
  const s = findSubtle();
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available');
  return s;
}

// ---------------------------------------------------------------------------------------------
// X25519

/** A one-message X25519 key pair: its public key, and the agreement with its secret half. */
export interface EphemeralKey {
  publicKey: Uint8Array;
  /** X25519(secret, peer), 32 bytes; rejects for a low-order peer (all-zero result). */
  agree(peer: Uint8Array): Promise<Uint8Array>;
  /** Forgets the secret (wipes it when it is bytes). */
  dispose(): void;
}

export async function ephemeralX25519(): Promise<EphemeralKey> {
  if ((await backendFor('X25519')) === 'noble') {
    const { secretKey, publicKey } = x25519.keygen();
    return {
      publicKey,
      agree: async (peer) => x25519.getSharedSecret(secretKey, peer),
      dispose: () => secretKey.fill(0),
    };
  }
  const pair = (await subtle().generateKey({ name: 'X25519' }, false, ['deriveBits'])) as WebCryptoKeyPair;
  let privateKey: WebCryptoKey | null = pair.privateKey;
  return {
    publicKey: await exportRaw(pair.publicKey),
    agree: (peer) => {
      if (!privateKey) return Promise.reject(new Error('ephemeral key disposed'));
      return webCryptoAgree(privateKey, peer);
    },
    dispose: () => {
      privateKey = null;
    },
  };
}

/** X25519 with a WebCrypto private key; rejects for a low-order peer as noble does. */
export async function webCryptoAgree(privateKey: WebCryptoKey, peer: Uint8Array): Promise<Uint8Array> {
  const s = subtle();
  const peerKey = await s.importKey('raw', peer, { name: 'X25519' }, true, []);
  const shared = new Uint8Array(await s.deriveBits({ name: 'X25519', public: peerKey }, privateKey, 256));
  if (shared.every((b) => b === 0)) throw new Error('low-order X25519 public key');
  return shared;
}

// ---------------------------------------------------------------------------------------------
// Ed25519

export async function webCryptoSign(privateKey: WebCryptoKey, message: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign({ name: 'Ed25519' }, privateKey, message));
}

/**
 * RFC 8032 strict verification: false (never a throw) for a non-canonical or small-order public
 * key, a non-canonical signature, or a wrong one.
 */
export async function verifyEd25519(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> {
  try {
    if ((await backendFor('Ed25519')) === 'noble') {
      // zip215: false = RFC 8032 strict decoding (canonical encodings, no small-order keys).
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    }
    const key = await verifyingKey(publicKey);
    if (!key) return false;
    return await subtle().verify({ name: 'Ed25519' }, key, signature, message);
  } catch {
    return false;
  }
}

/** Imported verification keys of recently seen senders (the check and import cost ~0.1 ms). */
const verifyingKeys = new Map<string, Promise<WebCryptoKey | null>>();
const VERIFYING_KEYS_MAX = 256;

function verifyingKey(publicKey: Uint8Array): Promise<WebCryptoKey | null> {
  const id = Array.from(publicKey, (b) => b.toString(16).padStart(2, '0')).join('');
  let key = verifyingKeys.get(id);
  if (!key) {
    key = (async () => {
      try {
        const point = ed25519.Point.fromBytes(publicKey, false); // strict: canonical encoding only
        if (point.isSmallOrder()) return null;
        return await subtle().importKey('raw', Uint8Array.from(publicKey), { name: 'Ed25519' }, true, [
          'verify',
        ]);
      } catch {
        return null;
      }
    })();
    if (verifyingKeys.size >= VERIFYING_KEYS_MAX) verifyingKeys.delete(verifyingKeys.keys().next().value!);
    verifyingKeys.set(id, key);
  }
  return key;
}

// ---------------------------------------------------------------------------------------------

export async function exportRaw(publicKey: WebCryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle().exportKey('raw', publicKey));
}

/**
 * A raw 32-byte X25519 or Ed25519 secret key (noble's form) as a non-extractable WebCrypto key,
 * through its PKCS #8 encoding (RFC 8410); the encoding is wiped after the import.
 */
export async function importSecretKey(curve: Curve, secretKey: Uint8Array): Promise<WebCryptoKey> {
  if (secretKey.length !== 32) throw new E2eInputError('a secret key is 32 bytes');
  const oid = curve === 'X25519' ? 0x6e : 0x70;
  const der = new Uint8Array(48);
  der.set([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, oid, 0x04, 0x22, 0x04, 0x20]);
  der.set(secretKey, 16);
  try {
    const usages = curve === 'X25519' ? ['deriveBits'] : ['sign'];
    return await subtle().importKey('pkcs8', der, { name: curve }, false, usages);
  } finally {
    der.fill(0);
  }
}
