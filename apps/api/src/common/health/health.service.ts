import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type Readiness = { ready: true } | { ready: false; reason: 'database-unreachable' | 'migrations-pending' };

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
