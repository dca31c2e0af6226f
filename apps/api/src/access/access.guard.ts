import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ErrorCode } from '@cop/contracts';
import type { Request } from 'express';
import type { Socket } from 'socket.io';
import { IS_PUBLIC } from '../common/decorators/public.decorator.js';
import { AppError, forbidden, unauthenticated } from '../common/errors/app-error.js';
import { AccessService } from './access.service.js';
import { POLICY_KEY } from './policy.decorator.js';
import { isPolicyName } from './policies.js';
import { Authenticator, type Principal } from './principal.js';

export type RequestWithPrincipal = Request & { principal?: Principal | null };
type SocketWithPrincipal = Socket & { data: { principal?: Principal | null } };

/**
 * Deny by default, for GraphQL, HTTP and socket events alike: the caller is established from the
 * session cookie (never from arguments), then the endpoint's @Policy decides. @Public() endpoints
 * still get the caller attached when there is one. An endpoint with neither is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly log = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const policy = this.reflector.getAllAndOverride<unknown>(POLICY_KEY, targets);
    const principal = await this.principalOf(context);

    if (isPublic) return true;
    if (!isPolicyName(policy)) {
      this.log.error(
        `endpoint ${context.getClass().name}.${context.getHandler().name} declares no policy: refused`,
      );
      throw forbidden();
    }
    if (!principal) throw unauthenticated();
    const decision = this.access.decide(principal, policy);
    if (decision.allowed) return true;
    if (decision.reason === 'session') {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Finish signing in (second factor) to continue.', {
        sessionState: principal.sessionState,
      });
    }
    throw forbidden();
  }

  private async principalOf(context: ExecutionContext): Promise<Principal | null> {
    const type = context.getType<'http' | 'graphql' | 'ws'>();
    if (type === 'ws') {
      const client = context.switchToWs().getClient<SocketWithPrincipal>();
      return client.data.principal ?? null;
    }
    const req: RequestWithPrincipal =
      type === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req
        : context.switchToHttp().getRequest();
    if (req.principal === undefined) {
      req.principal = await this.authenticator.authenticate(req.headers.cookie, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
    }
    return req.principal;
  }
}
