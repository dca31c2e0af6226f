import {
  E2E_LIMITS,
  type E2eEnvelope,
  ErrorCode,
  MESSAGING_LIMITS as L,
  MessageScheme,
} from '@cop/contracts';
import { isUUID } from 'class-validator';
import { AppError, isAppError, notFound } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';
import { E2E_CONTEXT_BYTES } from './e2e-context.js';

/**
 * Errors of the messaging domain. A conversation or message one cannot see answers exactly like
 * a missing one (`NOT_FOUND`); rules that only members can break answer `FORBIDDEN` or
 * `BAD_USER_INPUT`.
 */
export const conversationNotFound = () => notFound('conversation');
export const messageNotFound = () => notFound('message');

export const notGroupAdmin = () =>
  new AppError(ErrorCode.FORBIDDEN, 'Only an admin of the group can do this.');
export const readOnlyChannel = () =>
  new AppError(ErrorCode.FORBIDDEN, 'You can read this channel but not write in it.');
export const notSender = () => new AppError(ErrorCode.FORBIDDEN, 'Only the sender can change a message.');
export const messageDeleted = () =>
  new AppError(ErrorCode.CONFLICT, 'This message was deleted and cannot be changed.');
export const onlyGroups = (what: string) =>
  badInput([{ field: 'id', code: 'notAGroup', message: `Only a group can be ${what}.` }]);
export const yourself = () =>
  badInput([{ field: 'memberId', code: 'yourself', message: 'Choose someone other than yourself.' }]);
export const membersUnavailable = (ids: string[], field = 'memberIds') =>
  badInput([
    {
      field,
      code: 'MEMBER_UNAVAILABLE',
      message: 'Only active members can be added to a conversation.',
      params: { ids },
    },
  ]);
export const groupSize = (size: number) =>
  badInput([
    {
      field: 'memberIds',
      code: 'groupSize',
      message: `A group has ${L.groupMin} to ${L.groupMax} members, you included.`,
      params: { min: L.groupMin, max: L.groupMax, size },
    },
  ]);
export const replyNotInConversation = () =>
  badInput([
    {
      field: 'replyToId',
      code: 'unknownMessage',
      message: 'The message you answer is not in this conversation.',
    },
  ]);

export const encryptionRequired = (field = 'scheme') =>
  badInput(
    [
      {
        field,
        code: 'encryptionRequired',
        message: 'This conversation is end-to-end encrypted: send an encrypted message.',
      },
    ],
    'This conversation is end-to-end encrypted: send an encrypted message.',
  );
/** The envelope's sending device is not a current device of the sender (removed, or someone else's). */
export const unknownSendingDevice = () =>
  badInput(
    [
      {
        field: 'payload.sd',
        code: 'unknownDevice',
        message: 'The sending device is not one of your registered devices.',
      },
    ],
    'The sending device is not one of your registered devices.',
  );
/**
 * The envelope's `ctx` names another conversation, clientId or sender than the send (or the edited
 * message) it came with: an envelope copied or moved from elsewhere.
 */
export const wrongE2eContext = () =>
  badInput(
    [
      {
        field: 'payload.ctx',
        code: 'e2eContext',
        message: 'This encrypted message was sealed for another conversation or message.',
      },
    ],
    'This encrypted message was sealed for another conversation or message.',
  );

/**
 * Attachments are encrypted exactly when their message is: an `e2e-v1` message takes only files
 * uploaded encrypted (`POST /api/files/encrypted`), a `plain` message only plain uploads. Otherwise
 * a plain file would sit readable beside an encrypted message, or ciphertext nobody can open would
 * hang on a plain one.
 */
export const attachmentScheme = (ids: string[], messageEncrypted: boolean) => {
  const message = messageEncrypted
    ? 'An encrypted message can only carry files encrypted on your device.'
    : 'An encrypted file can only be attached to an encrypted message.';
  return badInput([{ field: 'attachmentIds', code: 'attachmentScheme', message, params: { ids } }], message);
};

const tooLarge = () =>
  badInput(
    [
      {
        field: 'payload',
        code: 'PAYLOAD_TOO_LARGE',
        message: `The message is larger than ${L.payloadMaxBytes / 1024} KB.`,
        params: { maxBytes: L.payloadMaxBytes },
      },
    ],
    `The message is larger than ${L.payloadMaxBytes / 1024} KB.`,
  );

/** A payload that passed `checkPayload`: for `e2e-v1`, the sending device the envelope names. */
export interface CheckedPayload {
  scheme: MessageScheme;
  /** Lower-cased; null for `plain`. */
  sendingDeviceId: string | null;
  /** The envelope's `ctx` (16 bytes, base64url) for `e2eContextMatches`; null for `plain`. */
  context: string | null;
}

/**
 * Checks a payload as the server may: its scheme, its size, for `plain` that it has text, for
 * `e2e-v1` the shape of the envelope (never its content: the server has no key for it). Answers
 * the problem, or the scheme and the envelope's sending device.
 */
export function checkPayload(
  scheme: unknown,
  payload: unknown,
  hasAttachments = false,
): AppError | CheckedPayload {
  if (scheme !== MessageScheme.PLAIN && scheme !== MessageScheme.E2E_V1) {
    return badInput([{ field: 'scheme', code: 'unknownScheme', message: 'Unknown payload scheme.' }]);
  }
  if (typeof payload !== 'string') {
    return badInput([{ field: 'payload', code: 'isString', message: 'The payload must be a string.' }]);
  }
  // Measured before anything parses it: never more than `payloadMaxBytes` is read.
  if (Buffer.byteLength(payload, 'utf8') > L.payloadMaxBytes) return tooLarge();
  if (scheme === MessageScheme.E2E_V1) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return malformedEnvelope('The encrypted message is not JSON.');
    }
    const problem = envelopeProblem(parsed);
    if (problem) return malformedEnvelope(problem);
    const envelope = parsed as E2eEnvelope;
    return { scheme, sendingDeviceId: envelope.sd.toLowerCase(), context: envelope.ctx };
  }
  if (payload.length > L.bodyMax) {
    return badInput(
      [
        {
          field: 'payload',
          code: 'maxLength',
          message: `A message has at most ${L.bodyMax} characters.`,
          params: { max: L.bodyMax },
        },
      ],
      `A message has at most ${L.bodyMax} characters.`,
    );
  }
  if (payload.trim() === '' && !hasAttachments) {
    return badInput(
      [{ field: 'payload', code: 'isNotEmpty', message: 'Write a message.' }],
      'Write a message.',
    );
  }
  return { scheme, sendingDeviceId: null, context: null };
}

/** `checkPayload` for callers that only need the problem. */
export function payloadProblem(scheme: unknown, payload: unknown, hasAttachments = false): AppError | null {
  const checked = checkPayload(scheme, payload, hasAttachments);
  return isAppError(checked) ? checked : null;
}

function malformedEnvelope(problem: string): AppError {
  // The message says which rule failed, never what the payload held (nothing of it is logged).
  const message = `The encrypted message is malformed: ${problem}`;
  return badInput([{ field: 'payload', code: 'e2eMalformed', message }], message);
}

const ENVELOPE_FIELDS = ['v', 'sd', 'ctx', 'epk', 'n', 'ct', 'keys', 'sig'] as const;
const WRAPPED_KEY_FIELDS = ['d', 'n', 'k'] as const;
const B64URL = /^[A-Za-z0-9_-]*$/;
/** A content ciphertext holds at least its 16-byte tag and one byte. */
const CT_MIN_BYTES = 17;

/** Bytes of canonical unpadded base64url text, or -1 (wrong alphabet, padding, stray bits). */
export function base64urlBytes(value: unknown): number {
  if (typeof value !== 'string' || !B64URL.test(value) || value.length % 4 === 1) return -1;
  const bytes = Buffer.from(value, 'base64url');
  return bytes.toString('base64url') === value ? bytes.length : -1;
}

function exactFields(value: unknown, fields: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === fields.length && fields.every((f) => Object.prototype.hasOwnProperty.call(value, f));
}

/**
 * What is wrong with a parsed `E2eEnvelope` (libs/contracts/src/e2e.ts), or null: exactly its
 * fields, `v` 1, `sd` a UUID, ctx 16 bytes, epk 32, n 24, sig 64, ct at least 17, and 1 to
 * E2E_LIMITS.recipientsMax wrapped keys of exactly { d: UUID, n: 24 bytes, k: 48 bytes }, one per
 * device. Binary fields are canonical unpadded base64url. Whether `ctx` names the right
 * conversation, clientId and sender is checked where those are known (`e2eContextMatches`).
 */
export function envelopeProblem(value: unknown): string | null {
  if (!exactFields(value, ENVELOPE_FIELDS))
    return `it must have exactly the fields ${ENVELOPE_FIELDS.join(', ')}.`;
  if (value.v !== 1) return 'v must be 1.';
  if (typeof value.sd !== 'string' || !isUUID(value.sd)) return 'sd must be a device id.';
  if (base64urlBytes(value.ctx) !== E2E_CONTEXT_BYTES)
    return `ctx must be ${E2E_CONTEXT_BYTES} bytes in base64url.`;
  if (base64urlBytes(value.epk) !== 32) return 'epk must be 32 bytes in base64url.';
  if (base64urlBytes(value.n) !== 24) return 'n must be 24 bytes in base64url.';
  if (base64urlBytes(value.sig) !== 64) return 'sig must be 64 bytes in base64url.';
  if (base64urlBytes(value.ct) < CT_MIN_BYTES)
    return `ct must be at least ${CT_MIN_BYTES} bytes in base64url.`;
  const keys = value.keys;
  if (!Array.isArray(keys) || keys.length < 1 || keys.length > E2E_LIMITS.recipientsMax) {
    return `keys must hold 1 to ${E2E_LIMITS.recipientsMax} wrapped keys.`;
  }
  const devices = new Set<string>();
  for (const key of keys) {
    if (!exactFields(key, WRAPPED_KEY_FIELDS))
      return 'each wrapped key must have exactly the fields d, n, k.';
    if (typeof key.d !== 'string' || !isUUID(key.d)) return 'each wrapped key must name a device id (d).';
    if (base64urlBytes(key.n) !== 24) return 'each wrapped key’s n must be 24 bytes in base64url.';
    if (base64urlBytes(key.k) !== 48) return 'each wrapped key’s k must be 48 bytes in base64url.';
    const device = key.d.toLowerCase();
    if (devices.has(device)) return 'a device has more than one wrapped key.';
    devices.add(device);
  }
  return null;
}
