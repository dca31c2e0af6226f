import { ErrorCode, isErrorCode } from '@cop/contracts';
import type { i18n as I18n } from 'i18next';
import { getI18n } from 'react-i18next';
import type { CombinedError } from 'urql';

/**
 * Reading the api's errors. GraphQL errors carry `extensions.code` (an ErrorCode from
 * @cop/contracts) and, for BAD_USER_INPUT, `extensions.fields: [{ field, code, message, params }]`;
 * plain HTTP routes (the profile photo) answer `{ code, message, fields }` in the same shape, which
 * `ApiError` carries. Field messages are translated by their `code` (`auth:fieldError.<code>`), the
 * server's English message being the fallback for a code the web does not know.
 */

/** An error code, or NETWORK when the api could not be reached at all. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

export interface FieldProblem {
  /** Path of the field in the input: `email`, or `input.email` (the `input.` is dropped). */
  field: string;
  /** Rule that failed: isEmail, passwordTooShort, … */
  code: string;
  /** English text from the server. */
  message: string;
  params?: Record<string, unknown>;
}

/** An error answered by a plain HTTP route of the api (`{ code, message, fields }`). */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly extensions: Record<string, unknown>;

  constructor(code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.extensions = extensions;
  }

  /** Reads an HTTP answer's JSON body (or its absence) into an ApiError. */
  static fromBody(status: number, body: unknown): ApiError {
    const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const { code, message, ...extensions } = record;
    const known = isErrorCode(code)
      ? code
      : status === 413
        ? ErrorCode.BAD_USER_INPUT
        : status === 429
          ? ErrorCode.RATE_LIMITED
          : status === 401
            ? ErrorCode.UNAUTHENTICATED
            : ErrorCode.INTERNAL;
    return new ApiError(known, typeof message === 'string' ? message : '', extensions);
  }
}

export type ErrorLike = CombinedError | ApiError | null | undefined;

function isApiError(error: ErrorLike): error is ApiError {
  return error instanceof ApiError;
}

/** The extensions of the first error (GraphQL or HTTP); empty when there is none. */
export function errorExtensions(error: ErrorLike): Record<string, unknown> {
  if (!error) return {};
  if (isApiError(error)) return error.extensions;
  return (error.graphQLErrors[0]?.extensions as Record<string, unknown> | undefined) ?? {};
}

/** The code of an error: NETWORK when the api was not reached, INTERNAL for anything unknown. */
export function errorCode(error: ErrorLike): ApiErrorCode | null {
  if (!error) return null;
  if (isApiError(error)) return error.code;
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return isErrorCode(code) ? code : ErrorCode.INTERNAL;
}

/** The field problems of a BAD_USER_INPUT error, their field paths without the `input.` prefix. */
export function fieldProblems(error: ErrorLike): FieldProblem[] {
  const fields = errorExtensions(error).fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((entry: unknown): FieldProblem[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const { field, code, message, params } = entry as Record<string, unknown>;
    if (typeof field !== 'string' || typeof code !== 'string') return [];
    return [
      {
        field: field.replace(/^input\./, ''),
        code,
        message: typeof message === 'string' ? message : '',
        params:
          params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : undefined,
      },
    ];
  });
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One field problem in the reader's language; the server's message for an unknown code. */
export function translateFieldProblem(problem: FieldProblem, i18n: I18n | undefined = getI18n()): string {
  const key = `auth:fieldError.${problem.code}`;
  if (i18n?.exists(key)) return (i18n.t as unknown as Translate)(key, problem.params);
  return problem.message || problem.code;
}

/**
 * Field errors keyed by field, translated: `{ email: 'Enter a valid e-mail address.' }`. The first
 * problem of a field wins. Uses the app's i18next unless one is given; the `auth` namespace must be
 * loaded (call `useTranslation([..., 'auth'])` in the page, or use the `useFieldErrors` hook).
 */
export function fieldErrors(error: ErrorLike, i18n?: I18n): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of fieldProblems(error)) {
    result[problem.field] ??= translateFieldProblem(problem, i18n);
  }
  return result;
}

export { FormError, useFieldErrors } from '../components/FormError';
