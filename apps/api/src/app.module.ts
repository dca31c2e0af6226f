import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from './access/access.module.js';
import { SECRET_KEY } from './common/crypto/secret-box.js';
import { AllExceptionsFilter } from './common/errors/exception.filter.js';
import { graphqlOptions } from './common/graphql/graphql.options.js';
import { HealthModule } from './common/health/health.module.js';
import { loggerOptions } from './common/logging/logger.options.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { DatabaseModule } from './database/database.module.js';
import { DigestModule } from './digest/digest.module.js';
import { DiscussionsModule } from './discussions/discussions.module.js';
import { FilesModule } from './files/files.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { JitModule } from './jit/jit.module.js';
import { MessagingModule } from './messaging/messaging.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** 32 bytes for secrets at rest (config SECRET_KEY or DATA_DIR/secret-key). */
  secretKey: Buffer;
  /** Extra modules, for tests that add fixtures. */
  imports?: ModuleMetadata['imports'];
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, secretKey, imports = [] }: AppModuleOptions): DynamicModule {
    const graphqlLog = new Logger('GraphQL');
    return {
      module: AppModule,
      global: true,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(databaseUrl),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, { error: (entry) => graphqlLog.error(entry) }),
        }),
        HealthModule,
        AccessModule,
        FilesModule,
        NotificationsModule,
        IdentityModule,
        DiscussionsModule,
        MessagingModule,
        JitModule,
        DigestModule,
        ...imports,
      ],
      providers: [
        { provide: SECRET_KEY, useValue: secretKey },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [SECRET_KEY],
    };
  }
}
