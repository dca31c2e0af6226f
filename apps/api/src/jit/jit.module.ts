import { Module, type OnModuleInit } from '@nestjs/common';
import { MessagingModule } from '../messaging/messaging.module.js';
import { NotificationSubjects } from '../notifications/notification-subjects.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { JitActivityService } from './activity.service.js';
import { EVIDENCE_CONTROLLERS, EVIDENCE_PROVIDERS } from './evidence/index.js';
import { JitMembersService } from './jit-members.service.js';
import { JitGateway } from './jit.gateway.js';
import { JitLoaderFactory } from './jit.loaders.js';
import {
  JitActivityResolver,
  JitCommentResolver,
  JitExtensionResolver,
  JitMemberResolver,
  JitNoteResolver,
  JitNoteRevisionResolver,
  JitTaskResolver,
  JitWorkspaceResolver,
  LegalRequestEventResolver,
  LegalRequestResolver,
} from './jit.resolver.js';
import { JIT_REQUEST_SUBJECT } from './jit.rows.js';
import { JitNotesService } from './notes.service.js';
import { JitRequestsService } from './requests.service.js';
import { JitTasksService } from './tasks.service.js';
import { JitWorkspacesService } from './workspaces.service.js';

/**
 * JIT workspaces: joint investigation teams' need-to-know workspaces (members with roles and
 * countries, agreement, evidence register with chain of custody, legal requests tracker, tasks,
 * notes, activity timeline and a channel in messaging). Everything in a workspace exists only for
 * its current members (JitAccess), each of whom must have a second factor. Registers with
 * notifications how a legal request is described (to current members only).
 */
@Module({
  imports: [NotificationsModule, MessagingModule],
  providers: [
    JitActivityService,
    JitWorkspacesService,
    JitMembersService,
    JitRequestsService,
    JitTasksService,
    JitNotesService,
    JitLoaderFactory,
    JitWorkspaceResolver,
    JitMemberResolver,
    JitExtensionResolver,
    LegalRequestResolver,
    LegalRequestEventResolver,
    JitTaskResolver,
    JitCommentResolver,
    JitNoteResolver,
    JitNoteRevisionResolver,
    JitActivityResolver,
    JitGateway,
    // The evidence register and chain of custody (evidence/).
    ...EVIDENCE_PROVIDERS,
  ],
  controllers: [...EVIDENCE_CONTROLLERS],
  exports: [JitActivityService, JitWorkspacesService, JitLoaderFactory],
})
export class JitModule implements OnModuleInit {
  constructor(
    private readonly subjects: NotificationSubjects,
    private readonly requests: JitRequestsService,
  ) {}

  onModuleInit(): void {
    this.subjects.register(JIT_REQUEST_SUBJECT, (principal, ids) =>
      this.requests.describe(principal.userId, ids),
    );
  }
}
