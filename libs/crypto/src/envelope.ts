/**
 * Sealing and opening `e2e-v1` message envelopes (see index.ts for the scheme in one page and
 * docs/security.md ("End-to-end encryption") for the reasoning).
 *
 * Sealing: a fresh random 32-byte message key encrypts the content (JSON of `E2eContent`) with
 * XChaCha20-Poly1305; the associated data binds it to (version, conversationId, clientId,
 * senderUserId, sending device). `ctx` is a digest of that context (conversation, clientId, sender),
 * so an envelope says where it was sealed for. One ephemeral X25519 key per message; for every
 * recipient device the message key is wrapped under HKDF-SHA-256(X25519(ephemeral, device key)).
 * The sending device signs, with Ed25519, a length-prefixed encoding of every field (`ctx`
 * included).
 *
 * Opening never throws and never returns part of a plaintext: either the whole content, or a reason.
 */
import {
  E2E_LIMITS,
  type B64,
  type DeviceKeys,
  type E2eContent,
  type E2eEnvelope,
  type E2eFileRef,
  type WrappedKey,
} from '@cop/contracts';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import {
  compareBytes,
  concat,
  encodeFields,
  equalBytes,
  fromBase64Url,
  fromUtf8,
  toBase64Url,
  u32be,
  utf8,
  wipe,
  type Field,
} from './bytes.js';
import { ephemeralX25519, verifyEd25519 } from './curves.js';
import type { DeviceSecrets } from './device.js';
import { E2eInputError } from './errors.js';
import { KEY_BYTES } from './keys.js';

export const ENVELOPE_VERSION = 1 as const;
export const MESSAGE_KEY_BYTES = 32;
export const NONCE_BYTES = 24;
/** Bytes of `ctx`, the digest of the context an envelope was sealed for. */
export const CONTEXT_BYTES = 16;
const TAG_BYTES = 16;
const SIGNATURE_BYTES = 64;
/** Longest accepted id (conversation, client, user, device): ids are UUIDs or similar. */
const ID_MAX = 200;

const LABEL = {
  signature: 'cop-e2e-v1 sig',
  content: 'cop-e2e-v1 content',
  wrap: 'cop-e2e-v1 wrap',
  context: 'cop-e2e-v1 context',
} as const;

/** A device of this user: its id and its secrets (`deviceFromKeyPairs`, `deviceFromCryptoKeys`). */
export interface OwnDevice {
  deviceId: string;
  secrets: DeviceSecrets;
}

/** The sending device. */
export type SenderDevice = OwnDevice;

/** A device a message is encrypted to, as the api lists it. */
export type RecipientDevice = Pick<DeviceKeys, 'deviceId' | 'userId' | 'encryptionKey'>;

export interface EncryptMessageInput {
  conversationId: string;
  clientId: string;
  senderUserId: string;
  senderDevice: SenderDevice;
  /**
   * Every current device of every member, the sender's own devices included (the sending device
   * too, if it should be able to read its own history again).
   */
  recipients: readonly RecipientDevice[];
  content: E2eContent;
}

/** Where an envelope is presented, as the reader knows it from the api. */
export interface MessageContext {
  conversationId: string;
  clientId: string;
  senderUserId: string;
  /** The Ed25519 key of the envelope's sending device (`sd`) as published for `senderUserId`. */
  senderSigningKey: B64;
}

export interface DecryptMessageInput extends MessageContext {
  envelope: unknown;
  myDevice: OwnDevice;
}

/**
 * Why an envelope was not opened. Each is a hint for the UI; all of them mean "show nothing".
 * - `not-for-this-device`: authentic, but carries no key for this device (it was encrypted before
 *   this device was added, or this device had been removed).
 * - `bad-signature`: cannot be verified — unknown or wrong sender key, or the envelope was altered
 *   (a wrapped key of another device, the key list, the signature itself).
 * - `tampered`: the ciphertext or this device's wrapped key does not decrypt (AEAD failure).
 * - `replayed`: an authentic envelope (its signature verifies) sealed for another conversation,
 *   clientId or sender than the one it is presented in: copied or moved.
 * - `malformed`: not an `e2e-v1` envelope, or decrypted content that is not `E2eContent`.
 */
export type DecryptFailure = 'not-for-this-device' | 'bad-signature' | 'tampered' | 'replayed' | 'malformed';

export type DecryptResult =
  | {
      ok: true;
      content: E2eContent;
      /** The message key (32 bytes), for the key backup: `exportMessageKey` turns it into text. */
      messageKey: Uint8Array;
    }
  | { ok: false; reason: DecryptFailure };

// ---------------------------------------------------------------------------------------------
// Sealing

/**
 * Seals `content` for every recipient device. Rejects with `E2eInputError` for invalid input (ids,
 * recipients, a recipient key that is not a valid X25519 key, content that is not E2eContent).
 */
export async function encryptMessage(input: EncryptMessageInput): Promise<E2eEnvelope> {
  const { conversationId, clientId, senderUserId, senderDevice } = input;
  for (const [name, id] of [
    ['conversationId', conversationId],
    ['clientId', clientId],
    ['senderUserId', senderUserId],
    ['senderDevice.deviceId', senderDevice.deviceId],
  ] as const) {
    if (!isId(id)) throw new E2eInputError(`${name} must be a non-empty string of at most ${ID_MAX} chars`);
  }
  const recipients = checkRecipients(input.recipients);
  const plaintext = utf8(JSON.stringify(cleanContent(input.content)));
  const sd = senderDevice.deviceId;

  const messageKey = randomBytes(MESSAGE_KEY_BYTES);
  const n = randomBytes(NONCE_BYTES);
  const ctx = contextDigest(conversationId, clientId, senderUserId);
  const ct = xchacha20poly1305(messageKey, n, contentAad(conversationId, clientId, senderUserId, sd)).encrypt(
    plaintext,
  );
  wipe(plaintext);

  const ephemeral = await ephemeralX25519();
  let wrapKeys: (Uint8Array | null)[] = [];
  const keys: RawKey[] = [];
  try {
    // All agreements at once (WebCrypto may run them in parallel); refused keys give null.
    wrapKeys = await Promise.all(
      recipients.map((r) =>
        deriveWrapKey(() => ephemeral.agree(r.publicKey), ephemeral.publicKey, r.publicKey, r.deviceId),
      ),
    );
    const invalid = recipients.find((_, i) => !wrapKeys[i]);
    if (invalid) throw new E2eInputError(`device ${invalid.deviceId} has an invalid encryption key`);
    for (const [i, r] of recipients.entries()) {
      const wn = randomBytes(NONCE_BYTES);
      const k = xchacha20poly1305(wrapKeys[i]!, wn, wrapAad(r.deviceId, ephemeral.publicKey)).encrypt(
        messageKey,
      );
      keys.push({ d: r.deviceId, n: wn, k });
    }
  } finally {
    ephemeral.dispose();
    wipe(messageKey, ...wrapKeys.filter((k): k is Uint8Array => k !== null));
  }

  const body: RawEnvelope = {
    v: ENVELOPE_VERSION,
    sd,
    ctx,
    epk: ephemeral.publicKey,
    n,
    ct,
    keys: sortKeys(keys),
  };
  const sig = await senderDevice.secrets.sign(signedBytes(body));
  return {
    v: ENVELOPE_VERSION,
    sd,
    ctx: toBase64Url(ctx),
    epk: toBase64Url(body.epk),
    n: toBase64Url(n),
    ct: toBase64Url(ct),
    keys: body.keys.map((key) => ({ d: key.d, n: toBase64Url(key.n), k: toBase64Url(key.k) })),
    sig: toBase64Url(sig),
  };
}

// ---------------------------------------------------------------------------------------------
// Opening

/** Opens an envelope with this device's X25519 key. Never throws. */
export async function decryptMessage(input: DecryptMessageInput): Promise<DecryptResult> {
  try {
    const { myDevice } = input;
    return await open(input.envelope, input, async (env) => {
      const mine = env.keys.find((key) => key.d === myDevice.deviceId);
      if (!mine) return 'absent';
      const { secrets } = myDevice;
      const wrapKey = await deriveWrapKey(
        () => secrets.agree(env.epk),
        env.epk,
        secrets.encryptionKey,
        myDevice.deviceId,
      );
      if (!wrapKey) return 'failed';
      const messageKey = tryDecrypt(wrapKey, mine.n, mine.k, wrapAad(myDevice.deviceId, env.epk));
      wipe(wrapKey);
      return messageKey && messageKey.length === MESSAGE_KEY_BYTES ? messageKey : 'failed';
    });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/**
 * Opens an envelope with a message key restored from a key backup (a new device reading history
 * encrypted before it existed). The signature is verified exactly as in `decryptMessage`. Never throws.
 */
export async function decryptWithMessageKey(
  envelope: unknown,
  messageKey: Uint8Array,
  context: MessageContext,
): Promise<DecryptResult> {
  try {
    if (!(messageKey instanceof Uint8Array) || messageKey.length !== MESSAGE_KEY_BYTES) {
      return { ok: false, reason: 'malformed' };
    }
    const copy = Uint8Array.from(messageKey);
    return await open(envelope, context, async () => copy);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** A message key as text for the key backup's messageId → key map. */
export function exportMessageKey(messageKey: Uint8Array): B64 {
  if (messageKey.length !== MESSAGE_KEY_BYTES) throw new E2eInputError('a message key is 32 bytes');
  return toBase64Url(messageKey);
}

/** The inverse of `exportMessageKey`; null when the text is not a 32-byte base64url key. */
export function importMessageKey(text: unknown): Uint8Array | null {
  return fromBase64Url(text, MESSAGE_KEY_BYTES);
}

// ---------------------------------------------------------------------------------------------
// Internals

interface Context {
  conversationId: string;
  clientId: string;
  senderUserId: string;
}

interface RawKey {
  d: string;
  n: Uint8Array;
  k: Uint8Array;
}

interface RawEnvelope {
  v: typeof ENVELOPE_VERSION;
  sd: string;
  ctx: Uint8Array;
  epk: Uint8Array;
  n: Uint8Array;
  ct: Uint8Array;
  keys: RawKey[];
}

/** The message key, or why there is none: no entry for this device / the unwrap failed. */
type KeySource = (env: RawEnvelope) => Promise<Uint8Array | 'absent' | 'failed'>;

/**
 * The decision order (documented in docs/security.md ("End-to-end encryption")):
 * 1. shape → `malformed`;
 * 2. signature over the envelope verifies but its `ctx` names another context → `replayed` (the
 *    sender sealed it for another conversation, clientId or sender: it was copied or moved);
 * 3. signature verifies, same context → open with this device's key:
 *    no key for it → `not-for-this-device`; AEAD failure → `tampered`; content not E2eContent → `malformed`;
 * 4. signature does not verify → diagnose, returning no plaintext whatever happens:
 *    the wrapped key or the ciphertext does not decrypt → `tampered`;
 *    otherwise (both decrypt: the signer or the key list is wrong) → `bad-signature`.
 */
async function open(envelope: unknown, context: MessageContext, getKey: KeySource): Promise<DecryptResult> {
  const env = parseEnvelope(envelope);
  const signature = parseSignature(envelope);
  if (
    !env ||
    !signature ||
    !isId(context.conversationId) ||
    !isId(context.clientId) ||
    !isId(context.senderUserId)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const ctx: Context = {
    conversationId: context.conversationId,
    clientId: context.clientId,
    senderUserId: context.senderUserId,
  };
  const senderKey = fromBase64Url(context.senderSigningKey, KEY_BYTES);
  const verified = senderKey !== null && (await verifyEd25519(signature, signedBytes(env), senderKey));
  const sameContext = equalBytes(env.ctx, contextDigest(ctx.conversationId, ctx.clientId, ctx.senderUserId));
  if (verified && !sameContext) return { ok: false, reason: 'replayed' };

  const messageKey = await getKey(env);
  if (messageKey === 'absent')
    return { ok: false, reason: verified ? 'not-for-this-device' : 'bad-signature' };
  if (messageKey === 'failed') return { ok: false, reason: 'tampered' };

  const plaintext = tryDecrypt(
    messageKey,
    env.n,
    env.ct,
    contentAad(ctx.conversationId, ctx.clientId, ctx.senderUserId, env.sd),
  );
  if (!plaintext) {
    wipe(messageKey);
    return { ok: false, reason: 'tampered' };
  }
  if (!verified) {
    wipe(messageKey, plaintext);
    return { ok: false, reason: 'bad-signature' };
  }
  const content = parseContent(plaintext);
  wipe(plaintext);
  if (!content) {
    wipe(messageKey);
    return { ok: false, reason: 'malformed' };
  }
  return { ok: true, content, messageKey };
}

function tryDecrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Uint8Array | null {
  try {
    return xchacha20poly1305(key, nonce, aad).decrypt(sealed);
  } catch {
    return null;
  }
}

/**
 * HKDF-SHA-256(ikm = X25519(secret, peer), salt = epk || device key, info = label || deviceId).
 * The sender computes X25519(ephemeral secret, device key), the recipient X25519(device secret, epk);
 * null when the agreement fails (a low-order point gives an all-zero secret, which is refused).
 */
async function deriveWrapKey(
  agree: () => Promise<Uint8Array>,
  epk: Uint8Array,
  devicePublic: Uint8Array,
  deviceId: string,
): Promise<Uint8Array | null> {
  let shared: Uint8Array;
  try {
    shared = await agree();
  } catch {
    return null;
  }
  const key = hkdf(sha256, shared, concat(epk, devicePublic), concat(utf8(LABEL.wrap), utf8(deviceId)), 32);
  wipe(shared);
  return key;
}

/** `ctx`: SHA-256 of the context, truncated; public (the server knows the context anyway). */
export function contextDigest(conversationId: string, clientId: string, senderUserId: string): Uint8Array {
  return sha256(encodeFields([LABEL.context, conversationId, clientId, senderUserId])).slice(
    0,
    CONTEXT_BYTES,
  );
}

function contentAad(conversationId: string, clientId: string, senderUserId: string, sd: string): Uint8Array {
  return encodeFields([
    LABEL.content,
    new Uint8Array([ENVELOPE_VERSION]),
    conversationId,
    clientId,
    senderUserId,
    sd,
  ]);
}

function wrapAad(deviceId: string, epk: Uint8Array): Uint8Array {
  return encodeFields([LABEL.wrap, new Uint8Array([ENVELOPE_VERSION]), deviceId, epk]);
}

/** What the sending device signs: every field (the context through `ctx`), the keys sorted by device id. */
function signedBytes(env: RawEnvelope): Uint8Array {
  const fields: Field[] = [
    LABEL.signature,
    new Uint8Array([env.v]),
    env.sd,
    env.ctx,
    env.epk,
    env.n,
    env.ct,
    u32be(env.keys.length),
  ];
  for (const key of sortKeys(env.keys)) fields.push(key.d, key.n, key.k);
  return encodeFields(fields);
}

function sortKeys<K extends { d: string }>(keys: readonly K[]): K[] {
  return [...keys].sort((a, b) => compareBytes(utf8(a.d), utf8(b.d)));
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= ID_MAX;
}

function checkRecipients(
  recipients: readonly RecipientDevice[],
): { deviceId: string; publicKey: Uint8Array }[] {
  if (!Array.isArray(recipients) || recipients.length === 0) {
    throw new E2eInputError('a message needs at least one recipient device');
  }
  if (recipients.length > E2E_LIMITS.recipientsMax) {
    throw new E2eInputError(`at most ${E2E_LIMITS.recipientsMax} recipient devices`);
  }
  const seen = new Set<string>();
  return recipients.map((r) => {
    if (!isId(r.deviceId)) throw new E2eInputError('a recipient has no valid deviceId');
    if (seen.has(r.deviceId)) throw new E2eInputError(`device ${r.deviceId} is listed twice`);
    seen.add(r.deviceId);
    const publicKey = fromBase64Url(r.encryptionKey, KEY_BYTES);
    if (!publicKey) throw new E2eInputError(`device ${r.deviceId} has an invalid encryption key`);
    return { deviceId: r.deviceId, publicKey };
  });
}

function parseEnvelope(value: unknown): RawEnvelope | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Partial<Record<keyof E2eEnvelope, unknown>>;
  if (e.v !== ENVELOPE_VERSION || !isId(e.sd)) return null;
  const ctx = fromBase64Url(e.ctx, CONTEXT_BYTES);
  const epk = fromBase64Url(e.epk, KEY_BYTES);
  const n = fromBase64Url(e.n, NONCE_BYTES);
  const ct = fromBase64Url(e.ct);
  if (!ctx || !epk || !n || !ct || ct.length < TAG_BYTES) return null;
  if (!Array.isArray(e.keys) || e.keys.length === 0 || e.keys.length > E2E_LIMITS.recipientsMax) return null;
  const keys: RawKey[] = [];
  const seen = new Set<string>();
  for (const item of e.keys as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const w = item as Partial<Record<keyof WrappedKey, unknown>>;
    if (!isId(w.d) || seen.has(w.d)) return null;
    seen.add(w.d);
    const wn = fromBase64Url(w.n, NONCE_BYTES);
    const k = fromBase64Url(w.k, MESSAGE_KEY_BYTES + TAG_BYTES);
    if (!wn || !k) return null;
    keys.push({ d: w.d, n: wn, k });
  }
  return { v: ENVELOPE_VERSION, sd: e.sd, ctx, epk, n, ct, keys };
}

function parseSignature(value: unknown): Uint8Array | null {
  if (typeof value !== 'object' || value === null) return null;
  return fromBase64Url((value as { sig?: unknown }).sig, SIGNATURE_BYTES);
}

/** Copies only the fields of the contract, so nothing else a caller attached is encrypted along. */
function cleanContent(content: E2eContent): E2eContent {
  const clean = checkContent(content);
  if (!clean) throw new E2eInputError('content is not an E2eContent');
  return clean;
}

function parseContent(plaintext: Uint8Array): E2eContent | null {
  const text = fromUtf8(plaintext);
  if (text === null) return null;
  try {
    return checkContent(JSON.parse(text));
  } catch {
    return null;
  }
}

function checkContent(value: unknown): E2eContent | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Partial<Record<keyof E2eContent, unknown>>;
  if (typeof c.text !== 'string') return null;
  if (c.files === undefined) return { text: c.text };
  if (!Array.isArray(c.files)) return null;
  const files: E2eFileRef[] = [];
  for (const f of c.files as unknown[]) {
    if (typeof f !== 'object' || f === null) return null;
    const r = f as Partial<Record<keyof E2eFileRef, unknown>>;
    const strings = [r.id, r.name, r.type, r.key, r.n, r.sha256];
    if (!strings.every((s) => typeof s === 'string')) return null;
    if (typeof r.size !== 'number' || !Number.isSafeInteger(r.size) || r.size < 0) return null;
    files.push({
      id: r.id as string,
      name: r.name as string,
      type: r.type as string,
      size: r.size,
      key: r.key as B64,
      n: r.n as B64,
      sha256: r.sha256 as B64,
    });
  }
  return { text: c.text, files };
}
