import {
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ErrorCode } from '@cop/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator.js';
import { Policy } from '../access/policy.decorator.js';
import type { Principal } from '../access/principal.js';
import { AppError, notFound } from '../common/errors/app-error.js';
import { badInput } from '../common/validation/validation.pipe.js';
import { normalisePhoto, PHOTO_MAX_BYTES } from '../files/images.js';
import { StorageDriver } from '../files/storage.driver.js';
import { MembersService } from './members.service.js';

interface Upload {
  buffer: Buffer;
  size: number;
}

/**
 * Profile photos over plain HTTP (multipart is awkward in GraphQL). Uploads need the session and
 * the X-CSRF header (a cross-site form cannot set it); photos are served only to signed-in
 * members, as attachments of a fixed type with nosniff.
 */
@Controller('api')
export class PhotoController {
  constructor(
    private readonly members: MembersService,
    private readonly storage: StorageDriver,
  ) {}

  @Policy('identity.self.manage')
  @Post('profile-photo')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: PHOTO_MAX_BYTES + 1, files: 1 } }))
  async upload(
    @UploadedFile() file: Upload | undefined,
    @Headers('x-csrf') csrf: string | undefined,
    @CurrentUser() principal: Principal,
  ): Promise<{ photoUrl: string }> {
    if (csrf !== '1') throw new AppError(ErrorCode.BAD_REQUEST, 'Missing X-CSRF header.');
    if (!file) throw badInput([{ field: 'photo', code: 'fileRequired', message: 'Choose a photo.' }]);
    const result = await normalisePhoto(file.buffer);
    if (!result.ok) {
      const message = {
        notAnImage: 'This file is not an image.',
        unsupportedImage: 'Use a JPEG, PNG or WebP image.',
        imageTooLarge: 'The photo is larger than 5 MB.',
      }[result.problem];
      throw badInput([{ field: 'photo', code: result.problem, message }]);
    }
    const stored = await this.storage.put(`photos/${principal.userId}.webp`, result.data);
    await this.members.setPhoto(principal.userId, `${stored.key}#${stored.sha256}`);
    return { photoUrl: `/api/members/${principal.userId}/photo?v=${stored.sha256.slice(-12)}` };
  }

  @Policy('identity.self.manage')
  @Post('profile-photo/delete')
  @HttpCode(200)
  async remove(
    @Headers('x-csrf') csrf: string | undefined,
    @CurrentUser() principal: Principal,
  ): Promise<{ ok: true }> {
    if (csrf !== '1') throw new AppError(ErrorCode.BAD_REQUEST, 'Missing X-CSRF header.');
    await this.storage.delete(`photos/${principal.userId}.webp`);
    await this.members.setPhoto(principal.userId, null);
    return { ok: true };
  }

  @Policy('identity.self.manage')
  @Get('members/:id/photo')
  async photo(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const user = id === principal.userId ? await this.members.byId(id) : await this.members.activeMember(id);
    if (principal.status !== 'ACTIVE' && id !== principal.userId) throw notFound('photo');
    const key = user.photoKey?.split('#')[0];
    const data = key ? await this.storage.get(key) : null;
    if (!data) throw notFound('photo');
    res.setHeader('Content-Type', 'image/webp');
    res.setHeader('Content-Disposition', 'inline; filename="photo.webp"');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=86400');
    res.end(data);
  }
}
