import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type Readiness =
  { ready: true } | { ready: false; reason: 'database-unreachable' | 'migrations-pending' };

@Injectable()
export class HealthService {
  private cached?: { at: number; value: Promise<Readiness> };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Readiness at most `maxAgeMs` old: the public GraphQL health query uses this, so anonymous
   * callers cannot turn it into database load.
   */
  recentReadiness(maxAgeMs = 1000): Promise<Readiness> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at > maxAgeMs) {
      this.cached = { at: now, value: this.readiness() };
    }
    return this.cached.value;
  }

  /** Ready when the database answers and every migration the code knows is applied. */
  async readiness(): Promise<Readiness> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      return { ready: false, reason: 'database-unreachable' };
    }
    try {
      const pending = await this.dataSource.showMigrations();
      return pending ? { ready: false, reason: 'migrations-pending' } : { ready: true };
    } catch {
      return { ready: false, reason: 'database-unreachable' };
    }
  }
}
