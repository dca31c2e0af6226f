import { join } from 'node:path';
import type { AppConfig } from '../config/config.schema.js';

/**
 * DATA_DIR/tmp: streamed uploads on their way (uploads/) and S3 spools (s3/), files 0600 in
 * folders 0700; each is deleted when its request ends, and FilesCleanup removes any a crash left.
 * Beside the data rather than in the OS temp folder, which is often a small tmpfs (memory) in
 * containers.
 */
export function tempDirOf(config: AppConfig): string {
  return join(config.DATA_DIR, 'tmp');
}
