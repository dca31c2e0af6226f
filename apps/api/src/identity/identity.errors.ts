import { ErrorCode } from '@cop/contracts';
import { AppError } from '../common/errors/app-error.js';

/** One message for every failed sign-in: it never tells whether the e-mail exists or is locked. */
export const signInFailed = () =>
  new AppError(
    ErrorCode.UNAUTHENTICATED,
    'E-mail or password is incorrect, or the account is temporarily locked.',
    { reason: 'signInFailed' },
  );
export const codeRejected = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'That code is not valid. Try the current code from your app.', {
    fields: [{ field: 'code', code: 'codeRejected', message: 'That code is not valid.' }],
  });
export const linkInvalid = () =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    'This link is not valid any more: it was used already or it has expired.',
    {
      fields: [{ field: 'token', code: 'linkInvalid', message: 'This link is not valid any more.' }],
    },
  );
export const wrongPassword = (field = 'currentPassword') =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'The current password is not correct.', {
    fields: [{ field, code: 'wrongPassword', message: 'The current password is not correct.' }],
  });
export const notOwnRole = () =>
  new AppError(ErrorCode.FORBIDDEN, 'You cannot change your own role or status.');
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
