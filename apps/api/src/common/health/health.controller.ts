import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../decorators/public.decorator.js';
import { HealthService } from './health.service.js';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process is up and serving HTTP. */
  @Public()
  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database is reachable and migrations are applied; 503 otherwise. */
  @Public()
  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; reason?: string }> {
    const readiness = await this.health.readiness();
    if (readiness.ready) return { status: 'ready' };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'not-ready', reason: readiness.reason };
  }
}
