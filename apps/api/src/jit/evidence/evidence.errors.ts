import { ErrorCode, JIT_LIMITS as L } from '@cop/contracts';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { badInput } from '../../common/validation/validation.pipe.js';

/**
 * Errors of the evidence register. An item in a workspace one is not a current member of answers
 * exactly like a missing one (and so does a malformed id); a deleted item is missing too.
 */
export const evidenceNotFound = () => notFound('evidence');
/** The download route answers like files.controller for anything it will not serve. */
export const evidenceFileNotFound = () => notFound('file');

export const evidenceSealed = () =>
  new AppError(ErrorCode.CONFLICT, 'This item is sealed and cannot be changed.');

export const custodianUnavailable = () =>
  badInput([
    {
      field: 'toMemberId',
      code: 'custodianUnavailable',
      message: 'The new custodian must be a current member of the workspace who is not an observer.',
    },
  ]);

export const alreadyCustodian = () =>
  badInput([
    { field: 'toMemberId', code: 'alreadyCustodian', message: 'This member already holds the item.' },
  ]);

export const deleteReasonRequired = () =>
  badInput([
    {
      field: 'reason',
      code: 'length',
      message: `Say why the item is deleted (at most ${L.reasonMax} characters).`,
      params: { max: L.reasonMax },
    },
  ]);
