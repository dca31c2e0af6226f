import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { type ParsedMail, simpleParser } from 'mailparser';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { loadConfig } from '../config/config.js';
import { ConfigModule } from '../config/config.module.js';
import { createDataSource } from '../database/data-source.js';
import { DatabaseModule } from '../database/database.module.js';
import { JobQueue1763900000000 } from '../database/migrations/1763900000000-job-queue.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { JobQueueService } from './job-queue.service.js';
import { MailService } from './mail.service.js';
import { JobQueueUnavailableError } from './notifications.errors.js';
import { MailModule } from './mail.module.js';
import { DEFAULT_NOTIFICATIONS_TUNING, NOTIFICATIONS_TUNING } from './notifications.tuning.js';
import { OutboxService } from './outbox.service.js';

/** Production behaviour, faster clocks: retries after ~1 s, 2 s, …; workers poll every 0.5 s. */
const FAST = {
  ...DEFAULT_NOTIFICATIONS_TUNING,
  pollingIntervalSeconds: 0.5,
  mailRetryDelaySeconds: 1,
  restartDelayMs: 200,
  stopTimeoutMs: 1000,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOKEN = 'tok_3b9f0c1e5d';
const LINK = `https://portal.example.org/confirm-email?token=${TOKEN}`;

describe('mail', () => {
  describe('with an SMTP server (SMTP_URL set)', () => {
    let n: Notifications;
    let smtp: SmtpSink;
    beforeAll(async () => {
      smtp = await startSmtpSink();
      n = await startNotifications({ SMTP_URL: smtp.url });
    });
    afterAll(async () => {
      await n?.close();
      await smtp?.close();
    });

    it('delivers a queued message to the server', async () => {
      const jobId = await n.mail.send({
        to: 'ana.garcia@example.org',
        subject: 'Confirm your e-mail — Confirmez',
        text: `Hello Ana,\n\nConfirm your address: ${LINK}\n`,
      });
      expect(jobId).toMatch(UUID);

      const mail = await waitFor(() =>
        smtp.received.find((m) => m.messageId === `<${jobId}@cop-portal.local>`),
      );
      expect(addressText(mail.to)).toBe('ana.garcia@example.org');
      expect(mail.from?.value).toEqual([{ name: 'CoP Portal', address: 'no-reply@cop-portal.local' }]);
      expect(mail.subject).toBe('Confirm your e-mail — Confirmez');
      expect(mail.text?.trim()).toBe(`Hello Ana,\n\nConfirm your address: ${LINK}`);
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(await waitFor(() => n.jobState(jobId, 'completed'))).toMatchObject({ retry_count: 0 });
    });

    it('retries a message the server refuses at first, and delivers it', async () => {
      smtp.refuseNext(2);
      const before = smtp.rcptAttempts;
      const jobId = await n.mail.send({
        to: 'busy@example.net',
        subject: 'Try again',
        text: 'Second time lucky.',
      });

      const mail = await waitFor(
        () => smtp.received.find((m) => m.messageId === `<${jobId}@cop-portal.local>`),
        20_000,
      );
      expect(mail.subject).toBe('Try again');
      expect(smtp.rcptAttempts - before).toBe(3);
      expect(await waitFor(() => n.jobState(jobId, 'completed'))).toMatchObject({ retry_count: 2 });
      expect(smtp.received.filter((m) => m.messageId === `<${jobId}@cop-portal.local>`)).toHaveLength(1);
    });

    it('refuses a malformed address with BAD_USER_INPUT and queues nothing', async () => {
      const queued = await n.queuedCount();
      for (const to of [
        'not-an-address',
        'ana@example',
        'Ana <ana@example.org>',
        'ana@example.org, bob@example.org',
        'ana@example.org\r\nBcc: eve@example.org',
        '',
      ]) {
        await expect(n.mail.send({ to, subject: 'Hello', text: 'Hello' })).rejects.toMatchObject({
          code: 'BAD_USER_INPUT',
          message: 'This is not a valid e-mail address.',
        });
      }
      expect(await n.queuedCount()).toBe(queued);
    });

    it('logs job ids, recipient domains and outcomes, never addresses, subjects or links', () => {
      const logs = n.logs.join('\n');
      expect(logs).toContain('example.org');
      expect(logs).toMatch(/mail sent/);
      expect(logs).toMatch(/mail not sent, will retry/);
      for (const secret of [TOKEN, 'ana.garcia', 'busy@', 'Confirm your e-mail', 'Second time lucky']) {
        expect(logs).not.toContain(secret);
      }
    });

    it('has no local outbox', async () => {
      await expect(n.outbox.list({ first: 20, offset: 0 })).resolves.toEqual({
        enabled: false,
        total: 0,
        items: [],
      });
    });
  });

  describe('without an SMTP server: the local outbox', () => {
    let n: Notifications;
    beforeAll(async () => {
      n = await startNotifications({});
    });
    afterAll(() => n?.close());

    it('writes each message as an .eml file that only the api can read', async () => {
      const jobId = await n.mail.send({
        to: 'ana.garcia@example.org',
        subject: 'Confirm your e-mail',
        text: `Hello Ana,\n\nConfirm your address: ${LINK}.\nOr read https://portal.example.org/help.\n`,
      });
      const [name] = await waitFor(async () => {
        const names = (await readdir(n.mailDir).catch(() => [])).filter((f) => f.endsWith('.eml'));
        return names.length === 1 ? names : undefined;
      });
      expect(name).toMatch(new RegExp(`^\\d{8}T\\d{9}Z-${jobId}\\.eml$`));
      expect((await stat(join(n.mailDir, name))).mode & 0o777).toBe(0o600);
      expect((await stat(n.mailDir)).mode & 0o777).toBe(0o700);
      await waitFor(() => n.jobState(jobId, 'completed'));
    });

    it('lists the messages newest first, by page, and reads one with its links', async () => {
      await n.mail.send({ to: 'bob@example.net', subject: 'Second', text: 'No link here.' });
      await waitFor(async () =>
        (await n.outbox.list({ first: 20, offset: 0 })).total === 2 ? true : undefined,
      );

      const page = await n.outbox.list({ first: 20, offset: 0 });
      expect(page.enabled).toBe(true);
      expect(page.items.map((m) => m.subject)).toEqual(['Second', 'Confirm your e-mail']);
      const [newer, older] = page.items;
      expect(newer.sentAt.getTime()).toBeGreaterThanOrEqual(older.sentAt.getTime());
      expect(older).toMatchObject({
        to: 'ana.garcia@example.org',
        subject: 'Confirm your e-mail',
        links: [LINK, 'https://portal.example.org/help'],
      });
      expect(older.text).toContain(LINK);
      expect(newer.links).toEqual([]);

      const second = await n.outbox.list({ first: 1, offset: 1 });
      expect(second).toMatchObject({ total: 2, items: [{ id: older.id }] });
      expect((await n.outbox.list({ first: 5, offset: 2 })).items).toEqual([]);

      const one = await n.outbox.get(older.id);
      expect(one).toEqual(older);
    });

    it('answers not-found for any id that is not a message of the outbox', async () => {
      const outside = join(n.dataDir, 'outside.eml');
      await writeFile(outside, 'Subject: secret\r\n\r\nsecret');
      for (const id of [
        '../outside.eml',
        '..%2Foutside.eml',
        'a/b.eml',
        '/etc/passwd',
        '..',
        '.',
        '',
        'missing.eml',
        outside,
        'x.eml\0',
        'x.EML.txt',
      ]) {
        await expect(n.outbox.get(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it('refuses pages outside 1 to 100 messages or before the start', async () => {
      for (const args of [
        { first: 0, offset: 0 },
        { first: 101, offset: 0 },
        { first: 20, offset: -1 },
      ]) {
        await expect(n.outbox.list(args)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      }
    });
  });

  describe('the job queue', () => {
    it('without its schema: the api still starts, pg-boss creates nothing, send fails; once migrated it starts by itself', async () => {
      const n = await startNotifications({}, { jobQueueSchema: 'absent' });
      try {
        const schemaExists = async () =>
          (await n.sql.query("SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'")).rowCount === 1;
        expect(n.jobs.isRunning).toBe(false);
        await expect(
          n.mail.send({ to: 'ana@example.org', subject: 'Hello', text: 'Hello' }),
        ).rejects.toBeInstanceOf(JobQueueUnavailableError);
        await new Promise((r) => setTimeout(r, 500)); // a few restart attempts
        expect(await schemaExists()).toBe(false);
        expect(n.logs.join('\n')).toContain('schema pgboss missing: apply the migrations');

        await runJobQueueMigration(n.db, 'up');
        await waitFor(() => (n.jobs.isRunning ? true : undefined));
        const jobId = await n.mail.send({ to: 'ana@example.org', subject: 'Hello', text: 'Hello' });
        await waitFor(() => n.jobState(jobId, 'completed'));
      } finally {
        await n.close();
      }
    });

    it('the migration, run by TypeORM, builds the schema pg-boss expects, with the mail queue, and reverts', async () => {
      const db = await createTestDatabase({ migrated: false });
      const ds = new DataSource({
        type: 'postgres',
        url: db.url,
        migrations: [JobQueue1763900000000],
        migrationsTableName: 'migrations',
        migrationsTransactionMode: 'each',
      });
      await ds.initialize();
      const schemaCount = async () =>
        (await ds.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'pgboss'"))[0].n;
      try {
        expect(await ds.runMigrations({ transaction: 'each' })).toHaveLength(1);
        // migrate: false makes pg-boss check the schema version and refuse to start on a mismatch.
        const boss = new PgBoss({
          connectionString: db.url,
          migrate: false,
          schedule: false,
          supervise: false,
        });
        await boss.start();
        try {
          expect(await boss.getQueue('mail.send')).toMatchObject({ name: 'mail.send', policy: 'standard' });
        } finally {
          await boss.stop({ graceful: false, wait: true });
        }
        await ds.undoLastMigration({ transaction: 'each' });
        expect(await schemaCount()).toBe(0);
        expect(await ds.runMigrations({ transaction: 'each' })).toHaveLength(1);
        expect(await schemaCount()).toBe(1);
      } finally {
        await ds.destroy();
        await db.drop();
      }
    });
  });
});

interface Notifications {
  mail: MailService;
  outbox: OutboxService;
  jobs: JobQueueService;
  dataDir: string;
  mailDir: string;
  logs: string[];
  sql: pg.Client;
  db: TestDatabase;
  jobState(id: string, state: string): Promise<{ retry_count: number } | undefined>;
  queuedCount(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The mail part of the notifications domain as the api wires it (config, database, MailModule), on
 * a database of its own: with the job-queue migration applied, or, with `jobQueueSchema:
 * 'absent'`, without it.
 */
async function startNotifications(
  env: Record<string, string>,
  { jobQueueSchema = 'present' }: { jobQueueSchema?: 'present' | 'absent' } = {},
): Promise<Notifications> {
  const db = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'cop-mail-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...env });
  const logs: string[] = [];
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  let moduleRef: TestingModule | undefined;
  try {
    if (jobQueueSchema === 'present') await ensureJobQueueSchema(db);
    else await sql.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(db.url), MailModule],
    })
      .overrideProvider(NOTIFICATIONS_TUNING)
      .useValue(FAST)
      .setLogger(capturingLogger(logs))
      .compile();
    await moduleRef.init();
  } catch (err) {
    await moduleRef?.close();
    await sql.end();
    await db.drop();
    throw err;
  }
  const ref = moduleRef;
  return {
    mail: ref.get(MailService),
    outbox: ref.get(OutboxService),
    jobs: ref.get(JobQueueService),
    dataDir,
    mailDir: join(dataDir, 'mail'),
    logs,
    sql,
    db,
    jobState: async (id, state) =>
      (
        await sql.query<{ retry_count: number }>(
          'SELECT retry_count FROM pgboss.job WHERE id = $1 AND state = $2',
          [id, state],
        )
      ).rows[0],
    queuedCount: async () =>
      (await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'"))
        .rows[0].n,
    close: async () => {
      await ref.close();
      await sql.end();
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test template is built from migrations/index.ts; until the job-queue migration is listed
 * there, apply it here.
 */
async function ensureJobQueueSchema(db: TestDatabase): Promise<void> {
  if (MIGRATIONS.some((m) => m.name === JobQueue1763900000000.name)) return;
  await runJobQueueMigration(db, 'up');
}

/** Runs the job-queue migration the way TypeORM does: in a transaction of its own. */
async function runJobQueueMigration(db: TestDatabase, direction: 'up' | 'down'): Promise<void> {
  const ds = createDataSource(db.url);
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.startTransaction();
    await new JobQueue1763900000000()[direction](runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
    await ds.destroy();
  }
}

function capturingLogger(lines: string[]): LoggerService {
  const keep = (...args: unknown[]) => void lines.push(JSON.stringify(args));
  return { log: keep, error: keep, warn: keep, debug: keep, verbose: keep, fatal: keep };
}

interface SmtpSink {
  url: string;
  received: ParsedMail[];
  rcptAttempts: number;
  refuseNext(count: number): void;
  close(): Promise<void>;
}

/** A real SMTP server on a free port that keeps what it receives; it can refuse recipients (451). */
async function startSmtpSink(): Promise<SmtpSink> {
  let refusals = 0;
  const sink = {
    received: [] as ParsedMail[],
    rcptAttempts: 0,
  };
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      sink.rcptAttempts += 1;
      if (refusals > 0) {
        refusals -= 1;
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          sink.received.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return sink.received;
    },
    get rcptAttempts() {
      return sink.rcptAttempts;
    },
    refuseNext: (count) => {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addressText(address: ParsedMail['to']): string {
  return (Array.isArray(address) ? address : address ? [address] : []).map((a) => a.text).join(', ');
}

/** Polls until `probe` gives a value (not undefined), or fails after `timeoutMs`. */
async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
