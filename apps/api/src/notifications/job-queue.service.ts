import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { DATABASE_URL } from '../database/database.module.js';
import { JobQueueUnavailableError } from './notifications.errors.js';
import { JOB_QUEUE_SCHEMA, NOTIFICATIONS_TUNING, type NotificationsTuning } from './notifications.tuning.js';

/** Runs one job; throwing fails the attempt, and pg-boss retries it within the job's retry limit. */
export type JobHandler = (job: PgBoss.JobWithMetadata<unknown>) => Promise<void>;

interface WorkerRegistration {
  queue: string;
  concurrency: number;
  handler: JobHandler;
}

interface ScheduleRegistration {
  queue: string;
  cron: string;
}

/** Options of a job; with `manager`, the job is inserted in that TypeORM transaction. */
export type JobOptions = PgBoss.SendOptions & { manager?: EntityManager };

/**
 * The pg-boss instance of this api process: durable jobs in PostgreSQL (schema `pgboss`).
 *
 * - Never changes the schema: pg-boss runs with `migrate: false` (it only checks the version).
 *   Queues are created by migrations; start-up checks that every queue worked here exists. Its
 *   cron keeper runs only when a schedule is registered; the queue it needs (`__pgboss__send-it`)
 *   is created by a migration too, so its own attempt to create it at start fails harmlessly
 *   (pg-boss ignores that error; PostgreSQL logs a duplicate key).
 * - Its own small pool (`application_name` cop-portal-jobs), closed after pg-boss stops.
 * - Starts when the application has started. If it cannot (migrations not applied yet, database
 *   down), the api still starts and this retries every `restartDelayMs`; `send` then fails.
 * - Stops gracefully: workers finish the job in hand (up to `stopTimeoutMs`) before the pool
 *   closes; a job cut short is failed and retried later, by this or another instance.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('JobQueue');
  private readonly db: TrackedPool;
  private readonly registrations: WorkerRegistration[] = [];
  private readonly schedules: ScheduleRegistration[] = [];
  private boss?: PgBoss;
  private workerIds = new Map<string, string[]>();
  private starting?: Promise<void>;
  private retryTimer?: NodeJS.Timeout;
  private failedStarts = 0;
  private destroyed = false;

  constructor(
    @Inject(DATABASE_URL) databaseUrl: string,
    @Inject(NOTIFICATIONS_TUNING) private readonly tuning: NotificationsTuning,
  ) {
    this.db = new TrackedPool(databaseUrl, (err) =>
      this.log.warn({ msg: 'job queue database connection error', reason: err.message }),
    );
  }

  /** Works `queue` with `concurrency` workers once the queue runs. Call before the app starts. */
  work(queue: string, concurrency: number, handler: JobHandler): void {
    this.registrations.push({ queue, concurrency, handler });
  }

  /**
   * Sends an empty job to `queue` on a cron schedule (UTC), from whichever instance's cron keeper
   * comes first (pg-boss makes sure one job per tick). Call before the app starts.
   */
  schedule(queue: string, cron: string): void {
    this.schedules.push({ queue, cron });
  }

  /** Queues a job durably and wakes this instance's workers; returns the job id. */
  async send(queue: string, data: object, options: JobOptions): Promise<string> {
    const id = await this.enqueue(queue, data, options);
    if (!id) throw new Error(`pg-boss did not queue the job on ${queue}`);
    return id;
  }

  /**
   * Like `send`, but answers null when the job was not queued because an identical singleton job
   * (same `singletonKey` on a queue of policy `short`) is already waiting.
   *
   * With `manager`, the job row is written in that TypeORM transaction: it exists only if the
   * transaction commits, and workers see it from then on.
   */
  async enqueue(queue: string, data: object, options: JobOptions): Promise<string | null> {
    const boss = await this.running();
    const { manager, ...sendOptions } = options;
    const id = await boss.send(
      queue,
      data,
      manager ? { ...sendOptions, db: inTransaction(manager) } : sendOptions,
    );
    if (id) for (const worker of this.workerIds.get(queue) ?? []) boss.notifyWorker(worker);
    return id;
  }

  /** True once pg-boss has started and its workers run. */
  get isRunning(): boolean {
    return this.boss !== undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.attemptStart();
  }

  async onModuleDestroy(): Promise<void> {
    this.destroyed = true;
    clearTimeout(this.retryTimer);
    await this.starting;
    const boss = this.boss;
    this.boss = undefined;
    if (boss) {
      await boss
        .stop({ graceful: true, wait: true, timeout: this.tuning.stopTimeoutMs })
        .catch((err: unknown) =>
          this.log.warn({ msg: 'job queue did not stop cleanly', reason: reason(err) }),
        );
      this.log.log({ msg: 'job queue stopped' });
    }
    if (!(await this.db.close())) {
      this.log.warn({ msg: 'job queue connections did not close in time; leaving them behind' });
    }
  }

  private async running(): Promise<PgBoss> {
    if (!this.boss && this.starting) await this.starting;
    if (!this.boss || this.destroyed) throw new JobQueueUnavailableError();
    return this.boss;
  }

  private attemptStart(): Promise<void> {
    this.retryTimer = undefined;
    this.starting = this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async start(): Promise<void> {
    if (this.destroyed) return;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => this.db.executeSql(text, values) },
      schema: JOB_QUEUE_SCHEMA,
      migrate: false,
      schedule: this.schedules.length > 0,
      supervise: true,
      // Mail jobs hold single-use links: completed and failed jobs leave the job table after an
      // hour and the archive after a day.
      archiveCompletedAfterSeconds: 3600,
      archiveFailedAfterSeconds: 3600,
      deleteAfterDays: 1,
    });
    boss.on('error', (err) => this.log.warn({ msg: 'job queue error', reason: reason(err) }));
    try {
      await boss.start();
      const workerIds = new Map<string, string[]>();
      for (const { queue, concurrency, handler } of this.registrations) {
        if (!(await boss.getQueue(queue))) throw new Error(`queue ${queue} does not exist`);
        const ids = workerIds.get(queue) ?? [];
        for (let i = 0; i < concurrency; i++) {
          ids.push(
            await boss.work<unknown>(
              queue,
              {
                batchSize: 1,
                includeMetadata: true,
                pollingIntervalSeconds: this.tuning.pollingIntervalSeconds,
              },
              (jobs) => this.run(handler, jobs),
            ),
          );
        }
        workerIds.set(queue, ids);
      }
      for (const { queue, cron } of this.schedules) {
        if (!(await boss.getQueue(queue))) throw new Error(`queue ${queue} does not exist`);
        await boss.schedule(queue, cron, {}, { tz: 'UTC', singletonKey: queue });
      }
      this.boss = boss;
      this.workerIds = workerIds;
      this.failedStarts = 0;
      this.log.log({ msg: 'job queue started', queues: [...workerIds.keys()] });
    } catch (err) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      this.failedStarts += 1;
      const entry = {
        msg: 'job queue not started; retrying',
        reason: reason(err),
        retryInMs: this.tuning.restartDelayMs,
      };
      if (this.failedStarts === 1) this.log.warn(entry);
      else this.log.debug(entry);
      if (!this.destroyed) {
        this.retryTimer = setTimeout(() => void this.attemptStart(), this.tuning.restartDelayMs);
      }
    }
  }

  private async run(handler: JobHandler, jobs: PgBoss.JobWithMetadata<unknown>[]): Promise<void> {
    for (const job of jobs) {
      // Fetched while shutting down: give it back (failed, so retried) rather than half-send it.
      if (this.destroyed) throw new Error('the job queue is stopping');
      await handler(job);
    }
  }
}

/** pg-boss's database interface over a TypeORM transaction (its query runner). */
function inTransaction(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('a job can join a transaction only inside one');
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const result = await runner.query(text, values, true);
      return { rows: result.records };
    },
  };
}

function reason(err: unknown): string {
  if (err instanceof Error) {
    if (err.message === 'pg-boss is not installed') return 'schema pgboss missing: apply the migrations';
    if (err.message === 'pg-boss database requires migrations') {
      return 'schema pgboss has another version than pg-boss expects: add a migration';
    }
    return err.message;
  }
  return String(err);
}

/**
 * The pool pg-boss queries through. It keeps track of the queries in flight so that closing waits
 * for the last ones (pg-boss completes a job without awaiting the query).
 */
class TrackedPool {
  private readonly pool: pg.Pool;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(url: string, onError: (err: Error) => void) {
    this.pool = new pg.Pool({
      connectionString: url,
      application_name: 'cop-portal-jobs',
      max: 5,
      connectionTimeoutMillis: 5000,
    });
    this.pool.on('error', onError);
  }

  executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    const query = this.pool.query(text, values);
    this.inFlight.add(query);
    const settle = () => void this.inFlight.delete(query);
    query.then(settle, settle);
    return query;
  }

  /**
   * Waits for the queries in flight, then closes the pool — each for at most `limitMs`: a query
   * stuck on a connection the database dropped must not keep the process from shutting down.
   * Returns false when something was left behind.
   */
  async close(limitMs = 5000): Promise<boolean> {
    const settled = await within(Promise.allSettled([...this.inFlight]), limitMs);
    const ended = await within(this.pool.end(), limitMs);
    return settled && ended;
  }
}

/** Resolves true when `promise` settles within `ms`, false otherwise (it keeps running). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
