import { randomBytes, randomUUID } from 'node:crypto';
import { type E2eEnvelope, FILES_ENCRYPTED_PATH, type UploadedFile } from '@cop/contracts';
import { e2eContextDigest } from '../../src/messaging/e2e-context.js';
import type { TestAgent } from '../test-app.js';

/**
 * Devices and envelopes for end-to-end encryption tests. The server does no cryptography beyond
 * `ctx` (a digest of where an envelope was sealed for, which it checks), so keys, nonces,
 * ciphertexts and signatures are random bytes of the right lengths.
 */

/** `n` random bytes as unpadded base64url. */
export const b64 = (n: number): string => randomBytes(n).toString('base64url');

export const REGISTER_DEVICE = `mutation R($input: RegisterDeviceInput!) {
  registerDevice(input: $input) { id label encryptionKey signingKey current createdAt lastSeenAt } }`;

export interface TestDevice {
  id: string;
  label: string;
  encryptionKey: string;
  signingKey: string;
  current: boolean;
}

/** Registers a device with fresh random public keys for the agent's member. */
export async function registerDevice(
  agent: TestAgent,
  label = 'Firefox on the office laptop',
): Promise<TestDevice> {
  const res = await agent.gql(REGISTER_DEVICE, {
    input: { label, encryptionKey: b64(32), signingKey: b64(32) },
  });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data.registerDevice as TestDevice;
}

/**
 * Uploads bytes as an end-to-end encrypted attachment (POST /api/files/encrypted), as the web app
 * does with the ciphertext of `encryptFile`; random bytes stand in for it.
 */
export async function uploadEncryptedFile(
  agent: TestAgent,
  ciphertext: Buffer | Uint8Array = randomBytes(2048),
): Promise<UploadedFile> {
  const res = await agent.agent
    .post(FILES_ENCRYPTED_PATH)
    .set('x-csrf', '1')
    .attach('file', Buffer.from(ciphertext), { filename: 'blob', contentType: 'application/octet-stream' });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as UploadedFile;
}

/** Where an envelope is sealed for: the send (or the edited message) it must come with. */
export interface SealedFor {
  conversationId: string;
  clientId: string;
  senderUserId: string;
}

/** A context for a new message of `senderUserId` in `conversationId`, with a fresh clientId. */
export const sealedFor = (
  conversationId: string,
  senderUserId: string,
  clientId: string = randomUUID(),
): SealedFor => ({ conversationId, clientId, senderUserId });

/**
 * A well-formed `e2e-v1` envelope from `sendingDevice`, a key wrapped for each recipient device,
 * its `ctx` the digest of `context` (send it with `context.clientId`).
 */
export function envelope(
  sendingDevice: string,
  recipientDevices: string[],
  context: SealedFor,
  ciphertextBytes = 120,
): E2eEnvelope {
  return {
    v: 1,
    sd: sendingDevice,
    ctx: e2eContextDigest(context.conversationId, context.clientId, context.senderUserId).toString(
      'base64url',
    ),
    epk: b64(32),
    n: b64(24),
    ct: b64(ciphertextBytes),
    keys: recipientDevices.map((d) => ({ d, n: b64(24), k: b64(48) })),
    sig: b64(64),
  };
}
