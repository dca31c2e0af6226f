/**
 * End-to-end encryption of one signed-in member's messages in this browser: what the messaging
 * engine calls to seal a message before it leaves and to open one that arrived.
 *
 * - Sending: the content (`{ text, files }`) is sealed (`encryptMessage`) for every current device
 *   of every current member of the conversation, as the api lists them (`conversationDevices`: the
 *   member's own other devices and, in a JIT channel, READER members too), signed by this browser's
 *   device. The list is read once per conversation and again whenever a device list changes
 *   (`devices.changed`) or the membership does.
 * - Writing while offline: the outbox keeps a message sealed to this device only (`sealLocal`),
 *   never its text, so a reload or a stolen laptop's storage shows no plaintext; it is opened again
 *   and sealed for everyone when the link is back.
 * - Reading: the sending device's signing key comes from the api (`signingKeys`, removed devices
 *   included, so old messages still verify), fetched in batches. A message key this browser kept
 *   (or restored from the key backup) opens the envelope; otherwise this device's wrapped key does.
 *   Every opened message key is kept in the keystore (for the backup), and every opened text goes
 *   to the encrypted local search index.
 *
 * Nothing here ever shows partial plaintext: a message opens whole, or gives a reason.
 */
import type { Client } from 'urql';
import type { E2eContent, E2eFileRef } from '@cop/contracts';
import {
  decryptMessage,
  decryptWithMessageKey,
  encryptMessage,
  toBase64Url,
  type DecryptFailure,
  type RecipientDevice,
} from '@cop/crypto';
import { ConversationDevicesQuery, SigningKeysQuery } from '../graphql/devices';
import { ensureDevice, type EnsuredDevice } from './device';
import { loadMessageKeys, saveMessageKeys } from './keystore';

/** Why a message did not open: the library's reasons, or this browser has no device to open it. */
export type OpenFailure = DecryptFailure | 'no-device';

/** What a message shows. */
export type Opened =
  /** Sent before encryption (scheme `plain`): readable, labelled as not end-to-end encrypted. */
  | { kind: 'plain'; text: string }
  | { kind: 'encrypted'; text: string; files: E2eFileRef[] }
  /** Being opened (a moment). */
  | { kind: 'pending' }
  | { kind: 'failed'; reason: OpenFailure };

/** A stored message as far as opening it goes. */
export interface SealedMessage {
  id: string;
  conversationId: string;
  clientId: string;
  senderId: string;
  seq: number;
  /** Bumped by every edit or deletion (the search index keeps the newest). */
  changeSeq?: number;
  createdAt: string;
  payload: string;
}

/** What the engine needs of the encryption (a fake in engine tests). */
export interface EngineCrypto {
  /** Seals for every current device of the conversation's members: the `e2e-v1` payload to send. */
  seal(conversationId: string, clientId: string, content: E2eContent): Promise<string>;
  /** Seals for this device only (the outbox at rest). */
  sealLocal(conversationId: string, clientId: string, content: E2eContent): Promise<string>;
  /** Opens what `sealLocal` sealed; null when it cannot (this device's keys are gone). */
  openLocal(conversationId: string, clientId: string, sealed: string): Promise<E2eContent | null>;
  open(message: SealedMessage): Promise<Opened>;
  /** Device lists changed (a member's, or the membership): recipients are read again. */
  devicesChanged(conversationId?: string): void;
  /** The api no longer knows this device (removed elsewhere): make or find it again. */
  deviceLost(): void;
  /** Message keys were restored from the key backup: messages not opened may open now. */
  messageKeysRestored(): void;
  /**
   * Makes sure this browser has a registered device as the session starts, so that others encrypt
   * to it from their next message on (not only once this browser first sends or reads one).
   */
  prepare(): void;
  /** A plain (older) message was read: its text may go into the local search index. */
  plainSeen(message: SealedMessage): void;
  /** A message was deleted for everyone: out of the local search index. */
  deleted(message: SealedMessage): void;
}

/** A failure to seal, with a code the outbox keeps (NETWORK ones are retried on reconnect). */
export class SealError extends Error {
  constructor(
    readonly code: 'NETWORK' | 'TOO_MANY_DEVICES' | 'E2E_UNSUPPORTED' | 'E2E_NO_RECIPIENTS',
    message: string = code,
  ) {
    super(message);
    this.name = 'SealError';
  }
}

/** Hooks the rest of the e2e feature attaches (backup, search index); all optional. */
export interface MessageCryptoHooks {
  /** New message keys were kept in the keystore. */
  onNewMessageKeys?: (userId: string) => void;
  /** A message opened: its text may go into the local search index. */
  onOpened?: (userId: string, message: SealedMessage, content: E2eContent) => void;
  onDeleted?: (userId: string, message: SealedMessage) => void;
}

const SIGNING_BATCH_MAX = 100;

export class MessageCrypto implements EngineCrypto {
  private device: Promise<EnsuredDevice> | null = null;
  private recipients = new Map<string, Promise<RecipientDevice[]>>();
  private signing = new Map<string, Promise<string | null>>();
  private signingWanted = new Map<string, (key: string | null) => void>();
  private signingTimer: ReturnType<typeof setTimeout> | null = null;
  private messageKeys: Promise<Map<string, Uint8Array>> | null = null;
  private unsaved: Array<[string, Uint8Array]> = [];
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly client: Client,
    readonly userId: string,
    private readonly hooks: MessageCryptoHooks = {},
  ) {}

  /** This browser's device, registering it when needed; a failed try is tried again next time. */
  ownDevice(): Promise<EnsuredDevice> {
    if (!this.device) {
      this.device = ensureDevice(this.client, { id: this.userId });
      this.device.catch(() => {
        this.device = null;
      });
    }
    return this.device;
  }

  deviceLost(): void {
    this.device = null;
  }

  prepare(): void {
    // A failure (offline, too many devices) is met again, and explained, on the first send.
    this.ownDevice().catch(() => undefined);
  }

  devicesChanged(conversationId?: string): void {
    if (conversationId) this.recipients.delete(conversationId);
    else this.recipients.clear();
  }

  /** Message keys restored from a backup: read them again on the next open. */
  messageKeysRestored(): void {
    this.messageKeys = null;
  }

  plainSeen(message: SealedMessage): void {
    if (message.payload) this.hooks.onOpened?.(this.userId, message, { text: message.payload });
  }

  deleted(message: SealedMessage): void {
    this.hooks.onDeleted?.(this.userId, message);
  }

  async seal(conversationId: string, clientId: string, content: E2eContent): Promise<string> {
    const device = await this.deviceOrSealError();
    const recipients = await this.recipientsOf(conversationId);
    // The sending device must be able to read its own message again (its list may be stale).
    const all = recipients.some((r) => r.deviceId === device.deviceId)
      ? recipients
      : [...recipients, { deviceId: device.deviceId, userId: this.userId, encryptionKey: ownKey(device) }];
    const envelope = await encryptMessage({
      conversationId,
      clientId,
      senderUserId: this.userId,
      senderDevice: device,
      recipients: all,
      content,
    });
    return JSON.stringify(envelope);
  }

  async sealLocal(conversationId: string, clientId: string, content: E2eContent): Promise<string> {
    const device = await this.deviceOrSealError();
    const envelope = await encryptMessage({
      conversationId,
      clientId,
      senderUserId: this.userId,
      senderDevice: device,
      recipients: [{ deviceId: device.deviceId, userId: this.userId, encryptionKey: ownKey(device) }],
      content,
    });
    return JSON.stringify(envelope);
  }

  async openLocal(conversationId: string, clientId: string, sealed: string): Promise<E2eContent | null> {
    let device: EnsuredDevice;
    try {
      device = await this.ownDevice();
    } catch {
      return null;
    }
    const result = await decryptMessage({
      envelope: parse(sealed),
      myDevice: device,
      conversationId,
      clientId,
      senderUserId: this.userId,
      senderSigningKey: ownSigningKey(device),
    });
    return result.ok ? result.content : null;
  }

  async open(message: SealedMessage): Promise<Opened> {
    const envelope = parse(message.payload);
    const sd = senderDeviceOf(envelope);
    if (!sd) return { kind: 'failed', reason: 'malformed' };
    const signingKey = await this.signingKeyOf(sd);
    const context = {
      conversationId: message.conversationId,
      clientId: message.clientId,
      senderUserId: message.senderId,
      // An unknown sending device cannot be verified: the library answers bad-signature.
      senderSigningKey: signingKey ?? '',
    };
    const kept = (await this.keptKeys()).get(message.id);
    if (kept) {
      const result = await decryptWithMessageKey(envelope, kept, context);
      if (result.ok) return this.opened(message, result.content);
      // Edited since the key was kept (a new key), or not what it was: try the wrapped key.
    }
    let device: EnsuredDevice;
    try {
      device = await this.ownDevice();
    } catch {
      return { kind: 'failed', reason: 'no-device' };
    }
    const result = await decryptMessage({ envelope, myDevice: device, ...context });
    if (!result.ok) return { kind: 'failed', reason: result.reason };
    (await this.keptKeys()).set(message.id, result.messageKey);
    this.keep(message.id, result.messageKey);
    return this.opened(message, result.content);
  }

  /** New message keys go to the keystore together: one IndexedDB transaction per burst, not per message. */
  private keep(messageId: string, key: Uint8Array): void {
    this.unsaved.push([messageId, key]);
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = null;
      const keys = this.unsaved.splice(0);
      saveMessageKeys(this.userId, keys).then(
        () => this.hooks.onNewMessageKeys?.(this.userId),
        // The keystore refused (storage full): the messages still show; the backup misses them.
        () => undefined,
      );
    }, 0);
  }

  private opened(message: SealedMessage, content: E2eContent): Opened {
    this.hooks.onOpened?.(this.userId, message, content);
    return { kind: 'encrypted', text: content.text, files: content.files ?? [] };
  }

  private async deviceOrSealError(): Promise<EnsuredDevice> {
    try {
      return await this.ownDevice();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'TOO_MANY_DEVICES') throw new SealError('TOO_MANY_DEVICES');
      if (code === 'E2E_UNSUPPORTED') throw new SealError('E2E_UNSUPPORTED');
      throw new SealError('NETWORK', error instanceof Error ? error.message : undefined);
    }
  }

  private recipientsOf(conversationId: string): Promise<RecipientDevice[]> {
    let list = this.recipients.get(conversationId);
    if (!list) {
      list = this.client
        .query(ConversationDevicesQuery, { conversationId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (!result.data) throw new SealError('NETWORK', result.error?.message);
          return result.data.conversationDevices.map(({ deviceId, userId, encryptionKey }) => ({
            deviceId,
            userId,
            encryptionKey,
          }));
        });
      list.catch(() => this.recipients.delete(conversationId));
      this.recipients.set(conversationId, list);
    }
    return list;
  }

  private keptKeys(): Promise<Map<string, Uint8Array>> {
    if (!this.messageKeys) {
      this.messageKeys = loadMessageKeys(this.userId).catch(() => new Map<string, Uint8Array>());
    }
    return this.messageKeys;
  }

  /** The signing key of a device, asked for together with the others wanted in the same moment. */
  private signingKeyOf(deviceId: string): Promise<string | null> {
    let key = this.signing.get(deviceId);
    if (!key) {
      key = new Promise<string | null>((resolve) => this.signingWanted.set(deviceId, resolve));
      this.signing.set(deviceId, key);
      this.signingTimer ??= setTimeout(() => void this.fetchSigningKeys(), 0);
    }
    return key;
  }

  private async fetchSigningKeys(): Promise<void> {
    this.signingTimer = null;
    const wanted = [...this.signingWanted];
    this.signingWanted.clear();
    for (let start = 0; start < wanted.length; start += SIGNING_BATCH_MAX) {
      const batch = wanted.slice(start, start + SIGNING_BATCH_MAX);
      const result = await this.client
        .query(SigningKeysQuery, { deviceIds: batch.map(([id]) => id) }, { requestPolicy: 'network-only' })
        .toPromise()
        .catch(() => null);
      const found = new Map(
        (result?.data?.signingKeys ?? []).map((device) => [device.deviceId, device.signingKey]),
      );
      for (const [deviceId, resolve] of batch) {
        const key = found.get(deviceId) ?? null;
        // Not answered (network): asked again next time rather than remembered as unknown.
        if (!result?.data) this.signing.delete(deviceId);
        resolve(key);
      }
    }
  }
}

function ownKey(device: EnsuredDevice): string {
  return toBase64Url(device.secrets.encryptionKey);
}

function ownSigningKey(device: EnsuredDevice): string {
  return toBase64Url(device.secrets.signingKey);
}

function parse(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return null;
  }
}

function senderDeviceOf(envelope: unknown): string | null {
  if (envelope === null || typeof envelope !== 'object') return null;
  const sd = (envelope as { sd?: unknown }).sd;
  return typeof sd === 'string' && sd.length > 0 && sd.length <= 64 ? sd : null;
}
