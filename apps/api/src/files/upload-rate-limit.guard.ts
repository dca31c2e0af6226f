import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@cop/contracts';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { RequestWithPrincipal } from '../access/access.guard.js';
import { AppError } from '../common/errors/app-error.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';

/**
 * FILE_UPLOADS_PER_MINUTE uploads a minute per member, counted in PostgreSQL (the `rate_limit`
 * table the identity limiter uses, under its own key prefix) so every api instance shares them.
 * Runs after the access guard (the member is known) and before the body is read.
 */
@Injectable()
export class UploadRateLimitGuard implements CanActivate, OnModuleInit {
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
      keyPrefix: 'files-upload',
      points: this.config.FILE_UPLOADS_PER_MINUTE,
      duration: 60,
      // The identity limiter already clears expired counters of the whole table.
      clearExpiredByTimeout: false,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const userId = context.switchToHttp().getRequest<RequestWithPrincipal>().principal?.userId;
    if (!userId) return true; // the access guard has refused already
    try {
      await this.limiter.consume(userId);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        throw new AppError(ErrorCode.RATE_LIMITED, 'Too many uploads. Wait a minute and try again.', {
          retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
        });
      }
      throw e;
    }
  }
}
