import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config/config.schema.js';

/** The name of an outbox file, and the only ids the outbox accepts: no slash, no traversal. */
export const OUTBOX_FILE_NAME = /^[A-Za-z0-9._-]+\.eml$/;

/** Where mail goes when no SMTP server is configured: `${DATA_DIR}/mail`. */
export function outboxFolder(config: Pick<AppConfig, 'DATA_DIR'>): string {
  return resolve(config.DATA_DIR, 'mail');
}

/** `20261122T101530123Z-<job id>.eml`: names sort by time, and tell which job wrote them. */
export function outboxFileName(at: Date, jobId: string): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const name = `${stamp}-${jobId.replace(/[^A-Za-z0-9-]/g, '')}.eml`;
  if (!OUTBOX_FILE_NAME.test(name)) throw new Error('invalid outbox file name');
  return name;
}

/**
 * Writes one message, readable by the api's user only (0600, folder 0700). The file appears under
 * its final name only once complete (written aside, then renamed), so the outbox never lists half
 * a message.
 */
export async function writeOutboxFile(folder: string, name: string, message: Buffer): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const partial = join(folder, `.${name}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await writeFile(partial, message, { mode: 0o600, flag: 'wx' });
    await rename(partial, join(folder, name));
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}
