import { ErrorCode } from '@cop/contracts';
import { GraphQLError } from 'graphql';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.QUERY_TOO_DEEP]: 400,
  [ErrorCode.QUERY_TOO_COSTLY]: 400,
};

/**
 * An error whose message is written for the user and safe to show. Domains throw these (through
 * their own `<domain>.errors.ts` helpers); anything else reaching the client is masked.
 */
export class AppError extends GraphQLError {
  readonly isAppError = true;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    const status = HTTP_STATUS[code];
    super(message, { extensions: { code, ...(details ?? {}), ...(status ? { http: { status } } : {}) } });
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (typeof error === 'object' && error !== null && 'isAppError' in error);
}

/** A resource that does not exist and one the caller may not see answer the same. */
export const notFound = (what = 'resource') => new AppError(ErrorCode.NOT_FOUND, `No such ${what}.`);
export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this.');
