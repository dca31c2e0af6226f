import type { Response } from 'express';

/**
 * Headers of every file answer (attachments, previews, JIT evidence, exports): never rendered in
 * the portal's origin, never sniffed into something else, never cached.
 */
export function setSafeFileHeaders(
  res: Response,
  contentType: string,
  disposition: string,
  size: number,
): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(size));
  res.setHeader('Content-Disposition', disposition);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
}

/** Sends bytes with the safe headers. */
export function sendSafeFile(
  res: Response,
  file: { contentType: string; disposition: string; data: Buffer },
): void {
  setSafeFileHeaders(res, file.contentType, file.disposition, file.data.length);
  res.end(file.data);
}
