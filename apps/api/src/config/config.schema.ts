import {
  DEFAULT_FILE_MAX_BYTES,
  DEFAULT_JIT_EVIDENCE_MAX_BYTES,
  GRAPHQL_DEFAULT_MAX_COST,
  GRAPHQL_DEFAULT_MAX_DEPTH,
} from '@cop/contracts';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), 'must be a postgres:// or postgresql:// URL');

/**
 * Every environment variable the api reads. `docs/operations.md` and the README document each one;
 * `secret: true` entries are never logged.
 */
export const CONFIG_VARIABLES = {
  NODE_ENV: {
    schema: z
      .enum(['development', 'test', 'production'], { error: 'must be development, test or production' })
      .default('development'),
    secret: false,
    doc: 'development, test or production. Production turns off GraphQL introspection and the landing page.',
  },
  PORT: { schema: port.default(3000), secret: false, doc: 'HTTP port of the portal.' },
  HOST: { schema: z.string().min(1).default('0.0.0.0'), secret: false, doc: 'Interface to listen on.' },
  DATABASE_URL: {
    schema: postgresUrl.optional(),
    secret: true,
    doc: 'PostgreSQL connection URL. Unset: an embedded PostgreSQL is started with its data in DATA_DIR/pg.',
  },
  DATA_DIR: {
    schema: z.string().min(1).default('.data'),
    secret: false,
    doc: 'Folder for local state: embedded PostgreSQL, files, mail.',
  },
  EMBEDDED_PG_PORT: {
    schema: port.default(54329),
    secret: false,
    doc: 'Port of the embedded PostgreSQL (loopback only).',
  },
  DB_MIGRATE_ON_START: {
    schema: bool.default(true),
    secret: false,
    doc: 'Apply pending migrations when the api starts.',
  },
  DEMO_DATA: {
    schema: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).default('auto'),
    secret: false,
    doc: 'auto: load the demo community on the first start of the embedded database only; true: also on an external database; false: never.',
  },
  LOG_LEVEL: {
    schema: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be fatal, error, warn, info, debug, trace or silent',
      })
      .default('info'),
    secret: false,
    doc: 'pino log level.',
  },
  GRAPHQL_MAX_DEPTH: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(2)
      .max(50)
      .default(GRAPHQL_DEFAULT_MAX_DEPTH),
    secret: false,
    doc: 'Deepest GraphQL selection accepted.',
  },
  GRAPHQL_MAX_COST: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(10)
      .max(1_000_000)
      .default(GRAPHQL_DEFAULT_MAX_COST),
    secret: false,
    doc: 'Highest estimated query cost accepted (one per field, list fields multiplied by their page size).',
  },
  WEB_DIST_DIR: {
    schema: z.string().min(1).default('dist/apps/web'),
    secret: false,
    doc: 'Built web app served by the api (production).',
  },
  PUBLIC_URL: {
    schema: z
      .url({ error: 'must be a URL such as https://portal.example.org' })
      .default('http://localhost:3000'),
    secret: false,
    doc: 'Address of the portal as users reach it; used in links sent by e-mail.',
  },
  SECRET_KEY: {
    schema: z
      .string()
      .refine(
        (v) => Buffer.from(v, 'base64').length === 32,
        'must be 32 random bytes, base64-encoded (openssl rand -base64 32)',
      )
      .optional(),
    secret: true,
    doc: 'Key for secrets at rest (TOTP secrets, AES-256-GCM). Required with DATABASE_URL; with the embedded database it is generated once into DATA_DIR/secret-key.',
  },
  SESSION_IDLE_MINUTES: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(1).max(1440).default(30),
    secret: false,
    doc: 'A session unused for this long ends.',
  },
  SESSION_CACHE_MS: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(0).max(60_000).default(1000),
    secret: false,
    doc: 'How long an api instance remembers a session it has read (0: read it on every request). Ending or rotating a session forgets it at once on every instance.',
  },
  SESSION_ABSOLUTE_HOURS: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(1).max(720).default(12),
    secret: false,
    doc: 'A session ends this long after sign-in, however active.',
  },
  COOKIE_SECURE: {
    schema: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).default('auto'),
    secret: false,
    doc: 'Secure flag of the session cookie. auto: on outside development and test.',
  },
  LOGIN_MAX_FAILURES: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100).default(5),
    secret: false,
    doc: 'Failed sign-ins in a row that lock an account.',
  },
  LOGIN_LOCK_MINUTES: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(1).max(1440).default(15),
    secret: false,
    doc: 'How long a locked account stays locked.',
  },
  LOGIN_RATE_LIMIT: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(1).max(10000).default(20),
    secret: false,
    doc: 'Sign-in attempts (and other public identity calls) accepted per minute from one IP address.',
  },
  SMTP_URL: {
    schema: z
      .string()
      .refine((v) => /^smtps?:\/\/.+/.test(v), 'must be an smtp:// or smtps:// URL')
      .optional(),
    secret: true,
    doc: 'Mail server. Unset: messages are written as .eml files to DATA_DIR/mail and shown on the admin Outbox page.',
  },
  MAIL_FROM: {
    schema: z.string().min(3).default('CoP Portal <no-reply@cop-portal.local>'),
    secret: false,
    doc: 'Sender of e-mails.',
  },
  TRUST_PROXY: {
    schema: bool.default(false),
    secret: false,
    doc: 'Trust X-Forwarded-* headers (set behind a load balancer).',
  },
  FILE_MAX_BYTES: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1024, 'must be at least 1024')
      .max(256 * 1024 * 1024, 'must be at most 268435456 (uploads are held in memory while checked)')
      .default(DEFAULT_FILE_MAX_BYTES),
    secret: false,
    doc: 'Largest attachment accepted, in bytes (25 MiB).',
  },
  JIT_EVIDENCE_MAX_BYTES: {
    schema: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1024, 'must be at least 1024')
      .max(5 * 1024 ** 3, 'must be at most 5368709120 (5 GiB, the largest single S3 object upload)')
      .default(DEFAULT_JIT_EVIDENCE_MAX_BYTES),
    secret: false,
    doc: 'Largest JIT evidence file accepted, in bytes (2 GiB). Streamed to disk, never held in memory.',
  },
  FILE_UPLOADS_PER_MINUTE: {
    schema: z.coerce.number({ error: 'must be a number' }).int().min(1).max(10000).default(30),
    secret: false,
    doc: 'Attachment uploads accepted per minute from one member.',
  },
  STORAGE_DRIVER: {
    schema: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
    secret: false,
    doc: 'Where uploaded files live: local (DATA_DIR/files) or s3 (an S3-compatible bucket).',
  },
  S3_ENDPOINT: {
    schema: z.url({ error: 'must be a URL such as https://minio.example.org:9000' }).optional(),
    secret: false,
    doc: 'S3 endpoint for MinIO, Ceph or another S3-compatible service. Unset: AWS S3 of S3_REGION.',
  },
  S3_REGION: {
    schema: z.string().min(1).default('us-east-1'),
    secret: false,
    doc: 'S3 region (MinIO accepts any; us-east-1 by convention).',
  },
  S3_BUCKET: {
    schema: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3–63 of a-z 0-9 . -)')
      .optional(),
    secret: false,
    doc: 'Bucket holding the files. Required with STORAGE_DRIVER=s3; create it beforehand, private.',
  },
  S3_ACCESS_KEY_ID: {
    schema: z.string().min(1).optional(),
    secret: true,
    doc: 'Access key of the S3 account. Required with STORAGE_DRIVER=s3.',
  },
  S3_SECRET_ACCESS_KEY: {
    schema: z.string().min(1).optional(),
    secret: true,
    doc: 'Secret key of the S3 account. Required with STORAGE_DRIVER=s3.',
  },
  S3_FORCE_PATH_STYLE: {
    schema: bool.default(true),
    secret: false,
    doc: 'Address the bucket as endpoint/bucket (MinIO) rather than bucket.endpoint (AWS virtual hosts).',
  },
} as const;

/**
 * Rules between variables, checked after each variable is valid on its own. Each problem names the
 * variable to set, like a wrong value does.
 */
export function configProblems(config: AppConfig): Array<{ variable: string; message: string }> {
  const problems: Array<{ variable: string; message: string }> = [];
  if (config.STORAGE_DRIVER === 's3') {
    for (const variable of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!config[variable]) problems.push({ variable, message: 'required when STORAGE_DRIVER=s3' });
    }
  }
  return problems;
}

type Vars = typeof CONFIG_VARIABLES;
export type AppConfig = { readonly [K in keyof Vars]: z.output<Vars[K]['schema']> };
