import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { FilesService } from './files.service.js';

/** How often unattached uploads are looked for, and the first look after start. */
export const FILES_CLEANUP_INTERVAL_MS = 60 * 60 * 1000;
const FIRST_SWEEP_DELAY_MS = 60 * 1000;

/**
 * Deletes uploads never attached (a form abandoned after choosing files) once they are a day old,
 * blobs included: hourly, on a timer of this process. Every api instance sweeps; the rows are
 * claimed with SKIP LOCKED, so each file is deleted by one of them. A plain timer rather than a
 * pg-boss job: the work is idempotent and missing one hour changes nothing.
 */
@Injectable()
export class FilesCleanup implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('FilesCleanup');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly files: FilesService) {}

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
      .then(() => undefined)
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
