import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  type OnModuleInit,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@cop/contracts';
import type { Request } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import type { SignInInput } from './dto/inputs.js';
import { signInFailed } from './identity.errors.js';

function requestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
    : context.switchToHttp().getRequest<Request>();
}

/** Runs passport-local on the signIn mutation: its `input` becomes the request body passport reads. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext): Request {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: Request }>().req;
    const input = gql.getArgs<{ input: SignInInput }>().input;
    req.body = { ...(req.body as object), email: input.email, password: input.password };
    return req;
  }

  override handleRequest<T>(err: unknown, user: T | false): T {
    if (err) throw err;
    if (!user) throw signInFailed();
    return user;
  }
}

/**
 * Per-IP rate limit on the public identity calls (sign-in, second factor, apply, password links),
 * on top of the per-account lockout: LOGIN_RATE_LIMIT calls a minute. Counters live in
 * PostgreSQL (rate-limiter-flexible), so every api instance shares them. Answers RATE_LIMITED.
 */
@Injectable()
export class IdentityRateLimitGuard implements CanActivate, OnModuleInit {
  private limiter!: RateLimiterPostgres;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
    this.limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: 'identity',
      points: this.config.LOGIN_RATE_LIMIT,
      duration: 60,
      // Deletes counters that expired over an hour ago, every five minutes (timer unref'd).
      clearExpiredByTimeout: true,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ip = requestOf(context).ip ?? 'unknown';
    try {
      await this.limiter.consume(ip);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          'Too many attempts from your network. Wait a minute and try again.',
          {
            retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
          },
        );
      }
      throw e;
    }
  }
}
