import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isErrorCode } from '@cop/contracts';
import type { GraphQLFormattedError } from 'graphql';
import { isAppError } from '../errors/app-error.js';
import { currentRequestId } from '../http/request-context.js';

/** Apollo's own codes that describe the query itself: their messages are safe to show. */
const QUERY_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorSink {
  error(entry: { msg: string } & Record<string, unknown>): void;
}

/**
 * Turns every error into `{ message, code }` a user can read. Domain errors and query errors keep
 * their message; anything unexpected (a bug, SQL, a library) is logged with the request id and the
 * client gets a generic message carrying that id. Never a stack trace, never SQL.
 */
export function createFormatError(log: ErrorSink) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const base = { locations: formatted.locations, path: formatted.path };

    if (isAppError(original)) {
      const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
      return { ...base, message: original.message, extensions: { ...extensions, code: original.code } };
    }
    if (typeof code === 'string' && QUERY_CODES.has(code) && !isInternal(original)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    if (isVariableCoercionError(formatted, original)) {
      return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const requestId = currentRequestId();
    log.error({
      msg: 'unexpected error in a GraphQL request',
      err: original,
      requestId,
      path: formatted.path,
    });
    return {
      ...base,
      message: `Something went wrong on our side. If it persists, report reference ${requestId ?? 'unknown'}.`,
      extensions: { code: ErrorCode.INTERNAL, requestId },
    };
  };
}

/**
 * A variable the client sent that does not fit its type (e.g. an unknown enum value). graphql-js
 * reports it with the parser's GraphQLError as `originalError`; that error comes from graphql's
 * CommonJS build while Apollo checks against the ESM one, so Apollo calls it an internal error.
 * It is raised before any resolver runs (no path) and its message only describes the request.
 */
function isVariableCoercionError(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (formatted.path || !(original instanceof Error) || original.name !== 'GraphQLError') return false;
  const cause = (original as Error & { originalError?: unknown }).originalError;
  return (
    /^Variable "\$[A-Za-z_][A-Za-z0-9_]*" got invalid value /.test(original.message) &&
    (cause === undefined || (cause instanceof Error && cause.name === 'GraphQLError'))
  );
}

/** An error thrown by our code or a library (not Apollo's own query errors). */
function isInternal(error: unknown): boolean {
  return error instanceof Error && !('extensions' in error);
}

export { isErrorCode };
