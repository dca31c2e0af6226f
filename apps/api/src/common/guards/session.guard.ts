import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../decorators/public.decorator.js';
import { unauthenticated } from '../errors/app-error.js';

/**
 * Deny by default: every GraphQL field, HTTP route and socket event needs an active, fully
 * authenticated session unless it is marked @Public(). Sessions arrive with the identity domain;
 * until then nothing but the public endpoints answers.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    throw unauthenticated();
  }
}
