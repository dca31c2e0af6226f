import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  cryptoBackend,
  decryptMessage,
  deviceFromKeyPairs,
  encryptMessage,
  generateDeviceKeys,
  publicDeviceKeys,
  setCryptoBackend,
  type DeviceKeyPairs,
  type OwnDevice,
  type RecipientDevice,
} from '@cop/crypto';

/**
 * End-to-end encryption in `bench:messaging` (scheme `e2e-v1`), shared by the orchestrator
 * (messaging.bench.ts) and the load generators (messaging-load.ts), with no side effects of its own.
 * Every bench member gets one device: its key pairs are made here (libs/crypto, as a browser makes
 * them), the public halves go into `user_device`, the secret halves to the load generator, which
 * plays the members' browsers: it seals each message for the 4 devices of the conversation and
 * signs it with the sender's, exactly as the web does.
 */

/** The text of every bench message, plain or encrypted (as the content's `text`). */
export const PAYLOAD =
  'Bench message: the shipment left the port on Tuesday, same container as before. '.repeat(2);

/** A bench member's one device. */
export interface BenchDevice {
  /** Its id in `user_device`. */
  deviceId: string;
  /** Both key pairs, secret halves included: the generator signs and opens with them. */
  keys: DeviceKeyPairs;
}

export interface BenchMember {
  userId: string;
  device: BenchDevice;
}

export function newBenchDevice(): BenchDevice {
  return { deviceId: randomUUID(), keys: generateDeviceKeys() };
}

/** X25519 and Ed25519 on WebCrypto (native; what a browser and `auto` use), or an error. */
export async function useWebCrypto(): Promise<void> {
  setCryptoBackend('webcrypto');
  const resolved = await cryptoBackend();
  if (resolved.X25519 !== 'webcrypto' || resolved.Ed25519 !== 'webcrypto') {
    throw new Error(`WebCrypto lacks X25519 or Ed25519 here: ${JSON.stringify(resolved)}`);
  }
}

export function ownDevice(device: BenchDevice): OwnDevice {
  return { deviceId: device.deviceId, secrets: deviceFromKeyPairs(device.keys) };
}

/** Every device of the conversation's members, the sender's own included (as the web seals). */
export function recipientsOf(members: readonly BenchMember[]): RecipientDevice[] {
  return members.map((m) => ({
    deviceId: m.device.deviceId,
    userId: m.userId,
    encryptionKey: publicDeviceKeys(m.device.keys).encryptionKey,
  }));
}

export interface SealInput {
  conversationId: string;
  clientId: string;
  senderUserId: string;
  sender: OwnDevice;
  recipients: readonly RecipientDevice[];
}

/** The `payload` of an `e2e-v1` send: the envelope of PAYLOAD as JSON. */
export async function seal(input: SealInput): Promise<string> {
  const envelope = await encryptMessage({
    conversationId: input.conversationId,
    clientId: input.clientId,
    senderUserId: input.senderUserId,
    senderDevice: input.sender,
    recipients: input.recipients,
    content: { text: PAYLOAD },
  });
  return JSON.stringify(envelope);
}

export interface OpenInput {
  payload: string;
  conversationId: string;
  clientId: string;
  senderUserId: string;
  senderDevice: BenchDevice;
  reader: OwnDevice;
}

/** Whether a delivered payload opens on the reader's device and holds PAYLOAD. */
export async function opens(input: OpenInput): Promise<boolean> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(input.payload);
  } catch {
    return false;
  }
  const result = await decryptMessage({
    envelope,
    conversationId: input.conversationId,
    clientId: input.clientId,
    senderUserId: input.senderUserId,
    senderSigningKey: publicDeviceKeys(input.senderDevice.keys).signingKey,
    myDevice: input.reader,
  });
  return result.ok && result.content.text === PAYLOAD;
}

export interface ClientCosts {
  runs: number;
  /** `encryptMessage` for the 4 devices of a conversation, ms. */
  encrypt: { p50: number; p99: number };
  /** `decryptMessage` on one recipient device, ms. */
  decrypt: { p50: number; p99: number };
  envelopeBytes: number;
}

/**
 * What a member's device spends on one bench message, in this process (WebCrypto backend): the
 * sender seals it for the 4 devices, a recipient opens it. `runs` timed calls of each, one at a
 * time, after a warm-up (50 calls and 300 ms at least).
 */
export async function clientCosts(runs: number): Promise<ClientCosts> {
  await useWebCrypto();
  const conversationId = randomUUID();
  const members: BenchMember[] = Array.from({ length: 4 }, () => ({
    userId: randomUUID(),
    device: newBenchDevice(),
  }));
  const sender = ownDevice(members[0]!.device);
  const reader = ownDevice(members[1]!.device);
  const recipients = recipientsOf(members);
  const sealOne = (clientId: string) =>
    seal({ conversationId, clientId, senderUserId: members[0]!.userId, sender, recipients });
  const time = async (work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> => {
    const warm = performance.now() + 300;
    for (let i = 0; i < 50 || performance.now() < warm; i++) await work();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await work();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    return { p50: at(0.5), p99: at(0.99) };
  };
  const encrypt = await time(() => sealOne(randomUUID()));
  const clientId = randomUUID();
  const payload = await sealOne(clientId);
  const open = () =>
    opens({
      payload,
      conversationId,
      clientId,
      senderUserId: members[0]!.userId,
      senderDevice: members[0]!.device,
      reader,
    });
  if (!(await open())) throw new Error('a bench envelope did not open');
  const decrypt = await time(open);
  return { runs, encrypt, decrypt, envelopeBytes: Buffer.byteLength(payload, 'utf8') };
}
