import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { RequestMeta } from './auth.service.js';

function requestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
    : context.switchToHttp().getRequest<Request>();
}

/** Caller's IP (respecting TRUST_PROXY) and user agent, for sessions and the audit trail. */
export const Meta = createParamDecorator((_: unknown, context: ExecutionContext): RequestMeta => {
  const req = requestOf(context);
  return { ip: req.ip, userAgent: req.headers['user-agent'] };
});

/** The HTTP response, to set or clear the session cookie. */
export const HttpResponse = createParamDecorator((_: unknown, context: ExecutionContext): Response => {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ res: Response }>().res
    : context.switchToHttp().getResponse<Response>();
});

/** The HTTP request (passport puts the checked user on it). */
export const HttpRequest = createParamDecorator((_: unknown, context: ExecutionContext): Request =>
  requestOf(context),
);
