import { GRAPHQL_DEFAULT_MAX_COST, GRAPHQL_DEFAULT_MAX_DEPTH } from '@cop/contracts';
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
  TRUST_PROXY: {
    schema: bool.default(false),
    secret: false,
    doc: 'Trust X-Forwarded-* headers (set behind a load balancer).',
  },
} as const;

type Vars = typeof CONFIG_VARIABLES;
export type AppConfig = { readonly [K in keyof Vars]: z.output<Vars[K]['schema']> };
