import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RealtimeHub } from '../common/realtime/realtime-hub.js';
import { AccessGuard } from './access.guard.js';
import { AccessService } from './access.service.js';
import { ConversationAccess } from './conversation.access.js';
import { DigestAccess } from './digest.access.js';
import { DiscussionAccess } from './discussion.access.js';
import { JitAccess } from './jit.access.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';

/** Global: every domain records audit events and asks AccessService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [
    RealtimeHub,
    AccessService,
    DiscussionAccess,
    ConversationAccess,
    JitAccess,
    DigestAccess,
    AuditService,
    AuditResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    AccessService,
    DiscussionAccess,
    ConversationAccess,
    JitAccess,
    DigestAccess,
    AuditService,
    RealtimeHub,
  ],
})
export class AccessModule {}
