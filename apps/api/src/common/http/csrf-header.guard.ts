import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ErrorCode } from '@cop/contracts';
import type { Request } from 'express';
import { AppError } from '../errors/app-error.js';

/**
 * Requires `X-CSRF: 1` on a plain HTTP route that changes state. A cross-site form or image cannot
 * set a custom header, and a cross-site fetch that sets one needs a CORS preflight the api never
 * grants. As a guard it runs before an upload is read, so a forged request is not even buffered.
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (req.headers['x-csrf'] !== '1') throw new AppError(ErrorCode.BAD_REQUEST, 'Missing X-CSRF header.');
    return true;
  }
}
