import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { INestApplication, LoggerService } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

const API_PATHS = /^\/(graphql|healthz|readyz|socket\.io|api)(\/|$|\?)/;

/**
 * Serves the built web app from the same port as the api. Hashed assets are cached for a year;
 * index.html is never cached, and every client-side route (a path without a file extension) gets it.
 * Returns false when there is no build to serve.
 */
export function serveWebApp(app: INestApplication, distDir: string, log: LoggerService): boolean {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    log.warn?.(`No web build at ${root}: serving the api only. Run "npm run build" to build the web app.`);
    return false;
  }
  const assets = express.static(root, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  // API requests never look for a file on disk.
  app.use((req: Request, res: Response, next: NextFunction) =>
    API_PATHS.test(req.path) ? next() : assets(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PATHS.test(req.path) || /\.[a-z0-9]+$/i.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
