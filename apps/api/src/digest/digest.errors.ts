import { DIGEST_LIMITS as L, ErrorCode } from '@cop/contracts';
import { AppError } from '../common/errors/app-error.js';
import { badInput, type FieldProblem } from '../common/validation/validation.pipe.js';

export { digestCaseNotFound, digestRevisionNotFound, digestTermNotFound } from '../access/digest.access.js';

/**
 * Errors of the case-law digest. A record the caller may not open answers exactly like a missing
 * one (`NOT_FOUND`, DigestAccess); what someone who can see the record may not do answers
 * `FORBIDDEN`; a step the record's state does not allow answers `CONFLICT`; bad content answers
 * `BAD_USER_INPUT` with each field to fix.
 */
export const revisionConflict = () =>
  new AppError(
    ErrorCode.CONFLICT,
    'Someone else saved this record since you opened it. Reload it to see their version.',
  );
export const cannotEdit = () =>
  new AppError(
    ErrorCode.FORBIDDEN,
    'Only its author (while it is a draft) or a moderator can change this record.',
  );
export const moderatorsOnly = () => new AppError(ErrorCode.FORBIDDEN, 'Only moderators can do this.');
export const wrongStatus = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const archivedReadOnly = () => wrongStatus('This record is archived: restore it before changing it.');
export const notPublishedYet = () => wrongStatus('Only a published record can be discussed.');

export const contentProblems = (problems: FieldProblem[]) => badInput(problems);

export const checkComment = (field: string, value: string | null | undefined, required: boolean) => {
  const clean = value?.trim() ?? '';
  if (required && clean === '') {
    throw badInput([{ field, code: 'isNotEmpty', message: 'Write a comment for the author.' }]);
  }
  if (clean.length > L.commentMax) {
    throw badInput([
      {
        field,
        code: 'maxLength',
        message: `At most ${L.commentMax} characters.`,
        params: { max: L.commentMax },
      },
    ]);
  }
  return clean === '' ? null : clean;
};
export const checkNote = (value: string | null | undefined) => {
  const clean = value?.trim() ?? '';
  if (clean.length > 1000) {
    throw badInput([
      { field: 'note', code: 'maxLength', message: 'At most 1000 characters.', params: { max: 1000 } },
    ]);
  }
  return clean === '' ? null : clean;
};
export const badLanguage = (field = 'language') =>
  badInput([{ field, code: 'isIn', message: 'Choose one of the six languages.' }]);
export const sameAsOriginal = () =>
  badInput([
    {
      field: 'language',
      code: 'sameAsOriginal',
      message: 'The record is written in this language: choose another one to translate into.',
    },
  ]);
export const termCodeTaken = () =>
  badInput([{ field: 'code', code: 'taken', message: 'Another term of this kind already has this code.' }]);
export const termCodeFixed = () =>
  badInput([{ field: 'code', code: 'fixed', message: 'The code of an existing term cannot change.' }]);
export const englishNameRequired = () =>
  badInput([{ field: 'names', code: 'englishRequired', message: 'Give at least the English name.' }]);
