import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { FILES_ENTITIES } from './entities/index.js';
import { FilesCleanup } from './files-cleanup.js';
import { FilesController } from './files.controller.js';
import { FilesService } from './files.service.js';
import { S3StorageDriver } from './s3-storage.driver.js';
import { StorageDriver, localStorageFor } from './storage.driver.js';
import { tempDirOf } from './temp-dir.js';
import { UploadRateLimitGuard } from './upload-rate-limit.guard.js';

/** The driver STORAGE_DRIVER names; config validation has made sure S3 has what it needs. */
export function storageDriverFor(config: AppConfig): StorageDriver {
  if (config.STORAGE_DRIVER === 's3') {
    return new S3StorageDriver({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET!,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      spoolDir: join(tempDirOf(config), 's3'),
    });
  }
  return localStorageFor(config.DATA_DIR);
}

/**
 * Files for every domain: the storage driver (DATA_DIR/files or an S3 bucket), attachments
 * (FilesService) and their upload/download routes.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature(FILES_ENTITIES),
    // One file part and nothing else; multer stops reading past FILE_MAX_BYTES (answered 413).
    // Browsers send UTF-8 file names without saying so: read them as UTF-8, not latin1.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.FILE_MAX_BYTES, files: 1, fields: 0, parts: 1 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [FilesController],
  providers: [
    { provide: StorageDriver, inject: [APP_CONFIG], useFactory: storageDriverFor },
    FilesService,
    FilesCleanup,
    UploadRateLimitGuard,
  ],
  exports: [StorageDriver, FilesService, UploadRateLimitGuard],
})
export class FilesModule {}
