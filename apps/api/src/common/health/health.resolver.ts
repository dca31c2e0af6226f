import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../decorators/public.decorator.js';
import { Health, HealthStatus } from './health.type.js';
import { HealthService } from './health.service.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly service: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'Liveness of the api and its database; public' })
  async health(): Promise<Health> {
    const readiness = await this.service.recentReadiness();
    return { status: readiness.ready ? HealthStatus.OK : HealthStatus.DEGRADED, serverTime: new Date() };
  }
}
