import { ErrorCode, JIT_LIMITS as L } from '@cop/contracts';
import { AppError, notFound } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';

export {
  jitMfaRequired,
  notLeader,
  observerCannotWrite,
  workspaceClosed,
  workspaceNotFound,
} from '../access/jit.access.js';

/**
 * Errors of the JIT domain. Anything in a workspace one is not a current member of answers
 * exactly like a missing one (`NOT_FOUND`); rules only members can break answer `FORBIDDEN`,
 * `CONFLICT` or `BAD_USER_INPUT` with the field to fix.
 */
export const requestNotFound = () => notFound('request');
export const taskNotFound = () => notFound('task');
export const noteNotFound = () => notFound('note');

export const noteConflict = () =>
  new AppError(ErrorCode.CONFLICT, 'Someone else changed this note. Reload it to see their version.');
export const staffOnlyLeader = () =>
  new AppError(ErrorCode.FORBIDDEN, 'Only moderators and admins can name someone else as first leader.');

export const notParticipating = (field: string) =>
  badInput([
    {
      field,
      code: 'notParticipating',
      message: 'Choose one of the workspace’s participating countries.',
    },
  ]);
export const endBeforeStart = (field = 'agreementEndsOn') =>
  badInput([{ field, code: 'endBeforeStart', message: 'The agreement cannot end before it was signed.' }]);
export const extensionNotLater = () =>
  badInput([
    {
      field: 'newEndsOn',
      code: 'notLater',
      message: 'The new end date must be later than the current one.',
    },
  ]);
export const invalidDay = (field: string) =>
  badInput([{ field, code: 'isDay', message: 'Give a date as YYYY-MM-DD.' }]);
export const tooLong = (field: string, max: number) =>
  badInput([{ field, code: 'maxLength', message: `At most ${max} characters.`, params: { max } }]);
export const emptyText = (field: string, message = 'Write something.') =>
  badInput([{ field, code: 'isNotEmpty', message }]);
export const memberUnavailable = (field = 'memberId') =>
  badInput([
    {
      field,
      code: 'MEMBER_UNAVAILABLE',
      message: 'Only active members can be added to a workspace.',
    },
  ]);
export const alreadyMember = () =>
  badInput([{ field: 'memberId', code: 'alreadyMember', message: 'This person is already a member.' }]);
export const notAMember = () =>
  badInput([
    { field: 'memberId', code: 'notAMember', message: 'This person is not a member of the workspace.' },
  ]);
export const lastLeader = () =>
  badInput([
    {
      field: 'memberId',
      code: 'lastLeader',
      message: 'The workspace needs a leader: name another leader first.',
    },
  ]);
export const membersOutsideCountries = (countries: string[]) =>
  badInput([
    {
      field: 'countries',
      code: 'memberCountry',
      message: 'Members still represent a country you removed: change their country first.',
      params: { countries },
    },
  ]);
/** The member chosen (responsible, assignee) is not a current member who may write. */
export const notAWriter = (field: string) =>
  badInput([
    {
      field,
      code: 'notAWriter',
      message: 'Choose a member of the workspace who is not an observer.',
    },
  ]);
export const tracingOnly = () =>
  badInput([
    {
      field: 'tracing',
      code: 'onlyTracing',
      message: 'Firearm details belong to tracing requests only.',
    },
  ]);
export const sameStatus = () =>
  badInput([{ field: 'status', code: 'unchanged', message: 'The status is already this one.' }]);
export const closedIsFinal = () =>
  new AppError(ErrorCode.CONFLICT, 'This workspace is closed and read-only.');

export const checkReason = (reason: string | null | undefined): string | null => {
  const clean = reason?.trim() || null;
  if (clean && clean.length > L.reasonMax) throw tooLong('reason', L.reasonMax);
  return clean;
};
