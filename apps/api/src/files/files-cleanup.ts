import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { FilesService, UNATTACHED_RETENTION_HOURS } from './files.service.js';
import { tempDirOf } from './temp-dir.js';

/**
 * Deletes the files in the folders under `tempDir` (streamed uploads, S3 spools) last changed more
 * than `olderThanHours` ago: a request deletes its own, so these are what a crash left behind.
 */
export async function purgeStaleTempFiles(tempDir: string, olderThanHours: number): Promise<number> {
  const before = Date.now() - olderThanHours * 3600_000;
  let purged = 0;
  const folders = await readdir(tempDir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders.filter((f) => f.isDirectory())) {
    const dir = join(tempDir, folder.name);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && info.mtimeMs < before) {
        await rm(path, { force: true });
        purged++;
      }
    }
  }
  return purged;
}

/** How often unattached uploads are looked for, and the first look after start. */
export const FILES_CLEANUP_INTERVAL_MS = 60 * 60 * 1000;
const FIRST_SWEEP_DELAY_MS = 60 * 1000;

/**
 * Deletes uploads never attached (a form abandoned after choosing files) once they are a day old,
 * blobs included, and temporary upload files a crash left in DATA_DIR/tmp: hourly, on a timer of this process. Every api instance sweeps; the rows are
 * claimed with SKIP LOCKED, so each file is deleted by one of them. A plain timer rather than a
 * pg-boss job: the work is idempotent and missing one hour changes nothing.
 */
@Injectable()
export class FilesCleanup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('FilesCleanup');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setTimeout(() => this.tick(), FIRST_SWEEP_DELAY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    this.running = this.files
      .purgeUnattached()
      .then(async () => {
        const count = await purgeStaleTempFiles(tempDirOf(this.config), UNATTACHED_RETENTION_HOURS);
        if (count > 0) this.log.log({ msg: 'stale temporary upload files deleted', count });
      })
      .catch((err: unknown) =>
        this.log.warn({ msg: 'cleanup of unattached files failed', reason: String(err) }),
      )
      .finally(() => {
        this.running = undefined;
        if (this.timer) {
          this.timer = setTimeout(() => this.tick(), FILES_CLEANUP_INTERVAL_MS);
          this.timer.unref();
        }
      });
  }
}
