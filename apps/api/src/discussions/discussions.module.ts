import { Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { markdownToText } from '@cop/contracts/markdown';
import type { DataSource } from 'typeorm';
import { DiscussionAccess } from '../access/discussion.access.js';
import type { Principal } from '../access/principal.js';
import { FilesService } from '../files/files.service.js';
import { NotificationSubjects } from '../notifications/notification-subjects.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CategoriesService } from './categories.service.js';
import { DiscussionsGateway } from './discussions.gateway.js';
import {
  CategoryResolver,
  DiscussionLoaderFactory,
  PostResolver,
  SearchResolver,
  ThreadResolver,
} from './discussions.resolver.js';
import { DISCUSSION_ENTITIES } from './entities/index.js';
import { ModerationResolver, GroupsResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { DiscussionSearchService } from './search.service.js';
import { POST_SUBJECT, ThreadsService } from './threads.service.js';

/**
 * Case discussion. Registers with files/ who may download a post's attachments and with
 * notifications/ how a post is described — both answer from the reader's access at that moment.
 */
@Module({
  imports: [TypeOrmModule.forFeature(DISCUSSION_ENTITIES), NotificationsModule],
  providers: [
    ThreadsService,
    CategoriesService,
    ModerationService,
    DiscussionSearchService,
    DiscussionLoaderFactory,
    CategoryResolver,
    ThreadResolver,
    PostResolver,
    SearchResolver,
    ModerationResolver,
    GroupsResolver,
    DiscussionsGateway,
  ],
  exports: [ThreadsService],
})
export class DiscussionsModule implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: DiscussionAccess,
    private readonly files: FilesService,
    private readonly subjects: NotificationSubjects,
  ) {}

  onModuleInit(): void {
    this.files.registerOwner(POST_SUBJECT, (principal, postIds) => this.readablePosts(principal, postIds));
    this.subjects.register(POST_SUBJECT, async (principal, postIds) => {
      const rows: { id: string; title: string; body: string; hidden: boolean }[] = await this.db.query(
        `SELECT p.id, t.title, p.body, p.hidden_at IS NOT NULL AS hidden
         FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id
         WHERE p.id = ANY($2::uuid[]) AND p.deleted_at IS NULL
           AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
        [principal.userId, postIds],
      );
      return new Map(
        rows.map((r) => [
          r.id,
          {
            title: r.title,
            excerpt: r.hidden && !this.access.isModerator(principal) ? null : markdownToText(r.body, 140),
          },
        ]),
      );
    });
  }

  /** Posts whose files the reader may download: visible, not deleted, and not hidden from them. */
  private async readablePosts(principal: Principal, postIds: string[]): Promise<Set<string>> {
    if (!postIds.length) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT p.id FROM discussion_post p JOIN discussion_thread t ON t.id = p.thread_id
       WHERE p.id = ANY($2::uuid[]) AND p.deleted_at IS NULL
         AND (p.hidden_at IS NULL OR $3::boolean)
         AND ${this.access.visibleCategorySql('t.category_id', '$1')}`,
      [principal.userId, postIds, this.access.isModerator(principal)],
    );
    return new Set(rows.map((r) => r.id));
  }
}
