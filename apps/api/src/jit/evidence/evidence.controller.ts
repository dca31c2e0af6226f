import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { Policy } from '../../access/policy.decorator.js';
import type { Principal } from '../../access/principal.js';
import { contentDisposition } from '../../files/content-disposition.js';
import { sendSafeFile } from '../../files/safe-headers.js';
import type { CustodyActor } from './custody.js';
import { EvidenceService } from './evidence.service.js';

const actorOf = (principal: Principal, req: Request): CustodyActor => ({ principal, ip: req.ip });
const CSV = 'text/csv; charset=utf-8';

/**
 * Evidence bytes and exports over plain HTTP (session cookie, GET). The only way to an evidence
 * file: /api/files/:id refuses them. A caller without a second factor gets FORBIDDEN
 * JIT_MFA_REQUIRED; anyone who is not a current member of the workspace gets the same 404 as a
 * missing or malformed id. Every answer is recorded in the chain of custody before it is sent,
 * with the same safe headers as every file (attachment, nosniff, no-store, sandbox CSP).
 */
@Controller('api/jit')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Policy('jit.use')
  @Get('evidence/:id/file')
  async file(
    @Param('id') id: string,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { file, data } = await this.evidence.download(actorOf(principal, req), id);
    sendSafeFile(res, {
      contentType: file.contentType,
      disposition: contentDisposition('attachment', file.name),
      data,
    });
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
