import { ErrorCode } from '@cop/contracts';
import { AppError } from '../common/errors/app-error.js';

/** A recipient that is not one plain e-mail address (no display name, no list, no line break). */
export const invalidRecipient = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'This is not a valid e-mail address.', {
    fields: [{ field: 'to', code: 'invalidRecipient', message: 'This is not a valid e-mail address.' }],
  });

export const invalidPage = (field: 'first' | 'offset' | 'after', message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: [{ field, code: 'invalidPage', message }] });

/** More notification ids at once than one call takes. */
export const tooManyIds = (max: number) => {
  const message = `Mark at most ${max} notifications at once.`;
  return new AppError(ErrorCode.BAD_USER_INPUT, message, {
    fields: [{ field: 'ids', code: 'arrayMaxSize', message, params: { max } }],
  });
};

/**
 * The job queue is not running: its schema is missing (migrations not applied) or the database is
 * unreachable. Not a user error: the client sees a generic message and the cause is logged.
 */
export class JobQueueUnavailableError extends Error {
  constructor() {
    super('The job queue is not running: are the database migrations applied?');
    this.name = 'JobQueueUnavailableError';
  }
}
