import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestWithPrincipal } from './access.guard.js';
import type { Principal } from './principal.js';
import { unauthenticated } from '../common/errors/app-error.js';

function principalFrom(context: ExecutionContext): Principal | null {
  const type = context.getType<'http' | 'graphql' | 'ws'>();
  if (type === 'ws')
    return context.switchToWs().getClient<{ data: { principal?: Principal } }>().data.principal ?? null;
  const req: RequestWithPrincipal =
    type === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req
      : context.switchToHttp().getRequest();
  return req.principal ?? null;
}

/** The signed-in caller, established by the AccessGuard from the session. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = principalFrom(context);
  if (!principal) throw unauthenticated();
  return principal;
});

/** The caller when there is one (public endpoints such as `viewer`). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | null => principalFrom(context),
);
