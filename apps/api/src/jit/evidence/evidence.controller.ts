import { pipeline } from 'node:stream/promises';
import {
  Controller,
  Get,
  HttpCode,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UploadedFile as UploadedPart,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { UploadedFile } from '@cop/contracts';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { Policy } from '../../access/policy.decorator.js';
import type { Principal } from '../../access/principal.js';
import { CsrfHeaderGuard } from '../../common/http/csrf-header.guard.js';
import { contentDisposition } from '../../files/content-disposition.js';
import { fileMissing } from '../../files/files.errors.js';
import { sendSafeFile, setSafeFileHeaders } from '../../files/safe-headers.js';
import { UploadRateLimitGuard } from '../../files/upload-rate-limit.guard.js';
import type { CustodyActor } from './custody.js';
import {
  EvidenceFileErrorFilter,
  EvidenceFileInterceptor,
  JitWorkspaceWriterGuard,
  type TempFilePart,
} from './evidence-upload.js';
import { EvidenceService } from './evidence.service.js';

const actorOf = (principal: Principal, req: Request): CustodyActor => ({ principal, ip: req.ip });
const CSV = 'text/csv; charset=utf-8';

/**
 * Evidence files and exports over plain HTTP (session cookie). The only way to an evidence file:
 * /api/files/:id refuses them. A caller without a second factor gets FORBIDDEN JIT_MFA_REQUIRED;
 * anyone who is not a current member of the workspace gets the same 404 as a missing or malformed
 * id. Every answer is recorded in the chain of custody before it is sent, with the same safe
 * headers as every file (attachment, nosniff, no-store, sandbox CSP). Evidence files are streamed
 * both ways, never held whole in memory.
 */
@Controller('api/jit')
export class EvidenceController {
  private readonly log = new Logger('JitEvidence');

  constructor(private readonly evidence: EvidenceService) {}

  /**
   * An evidence file, streamed to a temporary file then to storage (up to JIT_EVIDENCE_MAX_BYTES),
   * answered like POST /api/files; createJitEvidence then adds it to the register. The guards run
   * before the body is read: X-CSRF, the per-member upload rate, then a second factor and a
   * writer's membership of the workspace.
   */
  @Policy('jit.use')
  @Post('workspaces/:id/evidence-files')
  @HttpCode(201)
  @UseGuards(CsrfHeaderGuard, UploadRateLimitGuard, JitWorkspaceWriterGuard)
  @UseInterceptors(EvidenceFileInterceptor)
  @UseFilters(EvidenceFileErrorFilter)
  async upload(
    @Param('id') id: string,
    @UploadedPart() part: TempFilePart | undefined,
    @CurrentUser() principal: Principal,
  ): Promise<UploadedFile> {
    if (!part) throw fileMissing();
    return this.evidence.uploadFile(principal, id, {
      name: part.originalname,
      path: part.path,
      size: part.size,
    });
  }

  @Policy('jit.use')
  @Get('evidence/:id/file')
  async file(
    @Param('id') id: string,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { file, stream } = await this.evidence.download(actorOf(principal, req), id);
    setSafeFileHeaders(res, file.contentType, contentDisposition('attachment', file.name), file.size);
    try {
      await pipeline(stream, res);
    } catch (e) {
      // The headers are gone: the client sees a cut-off download (shorter than Content-Length).
      this.log.warn({ msg: 'evidence download interrupted', fileId: file.id, reason: String(e) });
    }
  }

  @Policy('jit.use')
  @Get('workspaces/:id/evidence.csv')
  async registerCsv(
    @Param('id') id: string,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const csv = await this.evidence.registerCsv(actorOf(principal, req), id);
    sendSafeFile(res, {
      contentType: CSV,
      disposition: contentDisposition('attachment', csv.name),
      data: csv.data,
    });
  }

  @Policy('jit.use')
  @Get('workspaces/:id/custody.csv')
  async custodyCsv(
    @Param('id') id: string,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const csv = await this.evidence.custodyCsv(actorOf(principal, req), id);
    sendSafeFile(res, {
      contentType: CSV,
      disposition: contentDisposition('attachment', csv.name),
      data: csv.data,
    });
  }
}
