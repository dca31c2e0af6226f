import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  HttpCode,
  Inject,
  Param,
  PayloadTooLargeException,
  Post,
  Res,
  UploadedFile as UploadedPart,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { UploadedFile } from '@cop/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { notFound } from '../common/errors/app-error.js';
import { CsrfHeaderGuard } from '../common/http/csrf-header.guard.js';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { contentDisposition } from './content-disposition.js';
import { FileError, fileMissing, fileTooLarge } from './files.errors.js';
import { FilesService } from './files.service.js';
import { setSafeFileHeaders } from './safe-headers.js';
import { UploadRateLimitGuard } from './upload-rate-limit.guard.js';

interface MulterPart {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Answers refused uploads as `{ code: FILE_TOO_LARGE | FILE_TYPE_NOT_ALLOWED | FILE_MISSING,
 * message, limit? }` with 413, 415 or 400. multer's own size refusal (it stops reading at
 * FILE_MAX_BYTES) becomes FILE_TOO_LARGE too.
 */
@Catch(FileError, PayloadTooLargeException)
export class FileErrorFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(exception: FileError | PayloadTooLargeException, host: ArgumentsHost): void {
    answerFileError(exception, host, this.config.FILE_MAX_BYTES);
  }
}

/** Answers a refused upload; multer's size refusal becomes FILE_TOO_LARGE with `limit`. */
export function answerFileError(
  exception: FileError | PayloadTooLargeException,
  host: ArgumentsHost,
  limit: number,
): void {
  const error = exception instanceof FileError ? exception : fileTooLarge(limit);
  const res = host.switchToHttp().getResponse<Response>();
  if (res.headersSent) return;
  res.status(error.httpStatus).json(error.toBody());
}

/**
 * Attachments over plain HTTP (multipart is awkward in GraphQL): plain uploads, sniffed, and end-to-end
 * encrypted ones (`/encrypted`), opaque. Uploads need an active member,
 * the X-CSRF header and stay within the per-member rate; both checked before the body is read.
 * Downloads are served through the api (never from the web root or a public bucket) to whoever
 * may see the file; a missing, malformed or not-visible id all answer the same 404.
 */
@Controller('api/files')
@UseFilters(FileErrorFilter)
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Policy('files.upload')
  @Post()
  @HttpCode(201)
  @UseGuards(CsrfHeaderGuard, UploadRateLimitGuard)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @UploadedPart() part: MulterPart | undefined,
    @CurrentUser() principal: Principal,
  ): Promise<UploadedFile> {
    if (!part) throw fileMissing();
    return this.files.upload(principal, { name: part.originalname, data: part.buffer });
  }

  /**
   * An end-to-end encrypted attachment (FILES_ENCRYPTED_PATH): ciphertext, so nothing to sniff or
   * preview; the same guards, limit and answers as `upload`. The part's name and type are ignored
   * (the real ones are inside the encrypted message).
   */
  @Policy('files.upload')
  @Post('encrypted')
  @HttpCode(201)
  @UseGuards(CsrfHeaderGuard, UploadRateLimitGuard)
  @UseInterceptors(FileInterceptor('file'))
  async uploadEncrypted(
    @UploadedPart() part: MulterPart | undefined,
    @CurrentUser() principal: Principal,
  ): Promise<UploadedFile> {
    if (!part) throw fileMissing();
    return this.files.uploadEncrypted(principal, part.buffer);
  }

  @Policy('files.read')
  @Get(':id')
  async download(
    @Param('id') id: string,
    @CurrentUser() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const found = await this.files.read(principal, id, 'original');
    if (!found) throw notFound('file');
    const { file, data } = found;
    setSafeFileHeaders(res, file.contentType, contentDisposition('attachment', file.name), data.length);
    res.end(data);
  }

  @Policy('files.read')
  @Get(':id/preview')
  async preview(
    @Param('id') id: string,
    @CurrentUser() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const found = await this.files.read(principal, id, 'preview');
    if (!found) throw notFound('file');
    const name = `${found.file.name.replace(/\.[^.]*$/, '')}-preview.webp`;
    setSafeFileHeaders(res, 'image/webp', contentDisposition('inline', name), found.data.length);
    res.end(found.data);
  }
}
