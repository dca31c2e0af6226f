import type { INestApplication } from '@nestjs/common';
import { GRAPHQL_MAX_BODY_BYTES } from '@cop/contracts';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/config.schema.js';
import { requestContextMiddleware } from './request-context.js';

/** The Content-Security-Policy of the portal: no inline scripts, nothing from other origins. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  frameSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/** Request ids, helmet headers, proxy trust and body limits, applied before any route. */
export function applyHttpSecurity(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as {
    set(k: string, v: unknown): void;
    disable(k: string): void;
  };
  express.disable('x-powered-by');
  if (config.TRUST_PROXY) express.set('trust proxy', 1);
  app.use(requestContextMiddleware);
  // GraphQL bodies may carry a case-law import file (GRAPHQL_MAX_BODY_BYTES); parsed here, before
  // Nest's own JSON parser (100 KB, every other route), which then leaves them alone.
  app.use('/graphql', json({ limit: GRAPHQL_MAX_BODY_BYTES }));
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity:
        config.NODE_ENV === 'production' ? { maxAge: 31536000, includeSubDomains: true } : false,
    }),
  );
  if (config.NODE_ENV !== 'production') {
    // The development-only GraphQL landing page loads its script from Apollo's CDN.
    app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
      if (req.method === 'GET') {
        res.setHeader(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; frame-src https://sandbox.embed.apollographql.com; connect-src 'self' https:",
        );
      }
      next();
    });
  }
}
