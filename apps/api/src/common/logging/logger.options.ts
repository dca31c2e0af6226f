import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/config.schema.js';
import { requestIdOf } from '../http/request-context.js';

/**
 * Paths pino replaces with [Redacted]. Cookies, authorization headers and anything named like a
 * password, token, secret or code are never written, whichever object they travel in.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.secret',
  '*.totp',
  '*.code',
  '*.recoveryCode',
  '*.sessionId',
  '*.databaseUrl',
  '*.DATABASE_URL',
  'variables.*.password',
  'variables.*.token',
  'variables.*.code',
];

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (req) => requestIdOf(req),
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, unknown> }) => ({
          id: req.id,
          method: req.method,
          url: req.url?.split('?')[0],
          headers: req.headers,
        }),
      },
    },
  };
}
