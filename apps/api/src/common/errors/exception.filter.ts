import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ErrorCode } from '@cop/contracts';
import type { Response } from 'express';
import { isAppError } from './app-error.js';
import { currentRequestId } from '../http/request-context.js';

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Errors of plain HTTP routes and socket events in the same shape as GraphQL's: `{ code, message,
 * fields? }`, never a stack or SQL. GraphQL errors pass through to Apollo's formatError.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly log = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const type = host.getType<'http' | 'graphql' | 'ws'>();
    if (type === 'graphql') return exception;
    const body = this.bodyOf(exception);
    if (type === 'ws') {
      host
        .switchToWs()
        .getClient<{ emit(event: string, payload: unknown): void }>()
        .emit('exception', body.payload);
      return undefined;
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    res.status(body.status).json(body.payload);
    return undefined;
  }

  private bodyOf(exception: unknown): { status: number; payload: Record<string, unknown> } {
    if (isAppError(exception)) {
      const { http: _http, code, ...rest } = exception.extensions as Record<string, unknown>;
      return {
        status: STATUS_OF[exception.code] ?? 400,
        payload: { code: code ?? exception.code, message: exception.message, ...rest },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const message =
        status === HttpStatus.PAYLOAD_TOO_LARGE
          ? 'The file is too large.'
          : status >= 500
            ? 'Something went wrong on our side.'
            : exception.message;
      return {
        status,
        payload: {
          code: CODE_OF_STATUS[status] ?? (status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST),
          message,
        },
      };
    }
    const requestId = currentRequestId();
    this.log.error({ msg: 'unexpected error', err: exception, requestId });
    return {
      status: 500,
      payload: {
        code: ErrorCode.INTERNAL,
        message: `Something went wrong on our side. If it persists, report reference ${requestId ?? 'unknown'}.`,
        requestId,
      },
    };
  }
}
