import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from './config.schema.js';

/**
 * The key for secrets at rest: SECRET_KEY when set; with the embedded database, a key generated
 * once into DATA_DIR/secret-key (0600) so the demo needs no setup. An external database without
 * SECRET_KEY is refused: its secrets would be unreadable after a restart elsewhere.
 */
export async function resolveSecretKey(config: AppConfig, embedded: boolean): Promise<Buffer> {
  if (config.SECRET_KEY) return Buffer.from(config.SECRET_KEY, 'base64');
  if (!embedded)
    throw new Error('SECRET_KEY is required when DATABASE_URL is set (openssl rand -base64 32).');
  const file = join(config.DATA_DIR, 'secret-key');
  if (existsSync(file)) {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key.`);
    return key;
  }
  const key = randomBytes(32);
  await mkdir(config.DATA_DIR, { recursive: true });
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
