import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.js';
import type { AppConfig } from '../config/config.schema.js';
import { StorageDriver, localStorageFor } from './storage.driver.js';

/** File storage for every domain: the local folder (DATA_DIR/files). */
@Global()
@Module({
  providers: [
    {
      provide: StorageDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => localStorageFor(config.DATA_DIR),
    },
  ],
  exports: [StorageDriver],
})
export class FilesModule {}
