import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type ArgumentsHost,
  type CallHandler,
  type CanActivate,
  Catch,
  type ExceptionFilter,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';
import type { RequestWithPrincipal } from '../../access/access.guard.js';
import { JitAccess } from '../../access/jit.access.js';
import { APP_CONFIG } from '../../config/config.js';
import type { AppConfig } from '../../config/config.schema.js';
import { answerFileError } from '../../files/files.controller.js';
import { FileError } from '../../files/files.errors.js';
import { tempDirOf } from '../../files/temp-dir.js';

/** The part multer hands the route: streamed to a temporary file, not held in memory. */
export interface TempFilePart {
  originalname: string;
  path: string;
  size: number;
}

/**
 * A multer storage engine writing each file part to a new temporary file (0600, in a 0700 folder)
 * as it arrives. multer removes it when the request fails (too large, aborted); the route's
 * interceptor removes it once the route has answered.
 */
export class TempFileStorage {
  constructor(private readonly dir: string) {}

  _handleFile(
    _req: Request,
    file: { stream: Readable; path?: string },
    callback: (error: Error | null, info?: { path: string; size: number }) => void,
  ): void {
    const path = join(this.dir, `${randomBytes(16).toString('hex')}.upload`);
    file.path = path;
    const write = async (): Promise<number> => {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      const out = createWriteStream(path, { mode: 0o600, flags: 'wx' });
      try {
        await pipeline(file.stream, out);
      } catch (e) {
        await rm(path, { force: true });
        throw e;
      }
      return out.bytesWritten;
    };
    write().then(
      (size) => callback(null, { path, size }),
      (error: Error) => callback(error),
    );
  }

  _removeFile(_req: Request, file: { path?: string }, callback: (error: Error | null) => void): void {
    if (!file.path) {
      callback(null);
      return;
    }
    rm(file.path, { force: true }).then(
      () => callback(null),
      (error: Error) => callback(error),
    );
  }
}

/**
 * Receives the evidence upload: one part `file` (and nothing else) streamed to a temporary file
 * under DATA_DIR/tmp/uploads, multer stopping at JIT_EVIDENCE_MAX_BYTES (answered 413). Per-route
 * options of its own: FilesModule's memory-storage MulterModule options are not exported beyond
 * FilesModule, and would be overridden here key by key anyway. The temporary file is removed
 * once the route has answered, whatever the answer.
 */
@Injectable()
export class EvidenceFileInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const Multer = FileInterceptor('file', {
      storage: new TempFileStorage(join(tempDirOf(config), 'uploads')),
      limits: { fileSize: config.JIT_EVIDENCE_MAX_BYTES, files: 1, fields: 0, parts: 1 },
      // Browsers send UTF-8 file names without saying so.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & { file?: Partial<TempFilePart> }>();
    const answer = (await this.multer.intercept(context, next)) as Observable<unknown>;
    return answer.pipe(
      finalize(() => {
        const path = req.file?.path;
        if (path) void rm(path, { force: true });
      }),
    );
  }
}

/**
 * Second factor, then a writer (leader or member) of the workspace `:id` that is not closed —
 * checked before the body is read, so a refused upload is never received: a non-member gets the
 * 404 of a missing workspace, an observer 403, a closed workspace 409, no second factor 403
 * JIT_MFA_REQUIRED.
 */
@Injectable()
export class JitWorkspaceWriterGuard implements CanActivate {
  constructor(private readonly access: JitAccess) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithPrincipal & Request>();
    if (!req.principal) return false; // the access guard has refused already
    await this.access.requireWriter(req.principal, req.params.id);
    return true;
  }
}

/** The files routes' refusals (`{ code: FILE_…, message, limit? }`), with the evidence limit. */
@Catch(FileError, PayloadTooLargeException)
export class EvidenceFileErrorFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(exception: FileError | PayloadTooLargeException, host: ArgumentsHost): void {
    answerFileError(exception, host, this.config.JIT_EVIDENCE_MAX_BYTES);
  }
}
