import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { contentDisposition } from '../files/content-disposition.js';
import { sendSafeFile } from '../files/safe-headers.js';
import { DigestExportService, type ExportFile, type ExportSearch } from './export.service.js';

type QueryValue = string | string[] | undefined;

/** A list parameter: repeated (?country=SN&country=GH) or comma-separated (?country=SN,GH). */
const list = (v: QueryValue): string[] | undefined => {
  const items = (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return items.length > 0 ? items : undefined;
};
const ints = (v: QueryValue): number[] | undefined =>
  list(v)
    ?.map(Number)
    .filter((n) => Number.isInteger(n));
const int = (v: QueryValue): number | undefined => {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return v !== undefined && Number.isInteger(n) ? n : undefined;
};
const one = (v: QueryValue): string | undefined => (Array.isArray(v) ? v[0] : v);

export function searchOf(q: Record<string, QueryValue>): ExportSearch {
  return {
    q: one(q.q),
    country: list(q.country),
    region: list(q.region),
    yearFrom: int(q.yearFrom),
    yearTo: int(q.yearTo),
    offence: list(q.offence),
    protocol: ints(q.protocol),
    convention: ints(q.convention),
    weapon: list(q.weapon),
    modus: list(q.modus),
    outcome: list(q.outcome),
    courtLevel: list(q.courtLevel),
    sort: one(q.sort),
  };
}

const send = (res: Response, file: ExportFile) =>
  sendSafeFile(res, {
    contentType: file.contentType,
    disposition: contentDisposition('attachment', file.name),
    data: file.data,
  });

/**
 * Exports of the published case-law digest over plain HTTP (session cookie), as downloads: one
 * record, or everything a search finds (the web's search URL parameters, at most 1,000 records).
 * The same safe headers as every file (attachment, nosniff, no-store, sandbox CSP).
 */
@Controller('api/digest')
export class DigestExportController {
  constructor(private readonly exports: DigestExportService) {}

  @Policy('digest.read')
  @Get('cases/:id/export')
  async exportCase(
    @Param('id') id: string,
    @Query('format') format: string,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.exportCase(principal, id, format, req.ip));
  }

  @Policy('digest.read')
  @Get('export')
  async exportSearch(
    @Query() query: Record<string, QueryValue>,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.exportSearch(principal, searchOf(query), query.format, req.ip));
  }
}
