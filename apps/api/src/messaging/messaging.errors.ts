import { ErrorCode, MESSAGING_LIMITS as L, MessageScheme } from '@cop/contracts';
import { AppError, notFound } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';

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

/** Checks a payload as the server may: its scheme, its size, and for `plain` that it has text. */
export function payloadProblem(scheme: unknown, payload: unknown, hasAttachments = false): AppError | null {
  if (scheme !== MessageScheme.PLAIN) {
    return badInput([{ field: 'scheme', code: 'unknownScheme', message: 'Unknown payload scheme.' }]);
  }
  if (typeof payload !== 'string') {
    return badInput([{ field: 'payload', code: 'isString', message: 'The payload must be a string.' }]);
  }
  if (Buffer.byteLength(payload, 'utf8') > L.payloadMaxBytes) {
    return badInput(
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
  return null;
}
