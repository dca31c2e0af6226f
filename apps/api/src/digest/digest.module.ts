import { Module, type OnModuleInit } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { FilesService } from '../files/files.service.js';
import { NotificationSubjects } from '../notifications/notification-subjects.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DigestLoaderFactory } from './digest.loaders.js';
import {
  DigestCaseResolver,
  DigestEventResolver,
  DigestRevisionResolver,
  DigestTermResolver,
  DigestTranslationResolver,
  LocalizedCaseTextResolver,
} from './digest.resolver.js';
import { DIGEST_CASE_OWNER, DIGEST_CASE_SUBJECT } from './digest.rows.js';
import { DigestValidator } from './digest.validation.js';
import { DigestExportController } from './export.controller.js';
import { DigestExportService } from './export.service.js';
import { DigestImportResolver } from './import.resolver.js';
import { DigestImportService } from './import.service.js';
import { DigestRecordsService } from './records.service.js';
import { DigestSearchResolver } from './search.resolver.js';
import { DigestSearchService } from './search.service.js';
import { DigestTaxonomyService } from './taxonomy.service.js';
import { DigestWorkflowService } from './workflow.service.js';

/**
 * The case-law digest: structured case records with a moderated workflow (DRAFT → IN_REVIEW →
 * PUBLISHED, ARCHIVED), every revision kept, translations, a taxonomy, faceted search over the
 * published versions, import and export. Who sees what: access/digest.access.ts (DigestAccess).
 *
 * Each part lists its providers in the arrays below (one line each), so the parts can be
 * registered independently.
 */
const RECORD_PROVIDERS: NonNullable<Parameters<typeof Module>[0]['providers']> = [
  DigestValidator,
  DigestRecordsService,
  DigestWorkflowService,
  DigestTaxonomyService,
  DigestLoaderFactory,
  DigestCaseResolver,
  DigestEventResolver,
  DigestRevisionResolver,
  DigestTranslationResolver,
  LocalizedCaseTextResolver,
  DigestTermResolver,
];
/** Search (search.service.ts, search.resolver.ts). */
const SEARCH_PROVIDERS: NonNullable<Parameters<typeof Module>[0]['providers']> = [
  DigestSearchService,
  DigestSearchResolver,
];
/** Import and export (import.service.ts, export.service.ts). */
const EXCHANGE_PROVIDERS: NonNullable<Parameters<typeof Module>[0]['providers']> = [
  DigestImportService,
  DigestImportResolver,
  DigestExportService,
];
/** HTTP routes (export.controller.ts). */
const CONTROLLERS: NonNullable<Parameters<typeof Module>[0]['controllers']> = [DigestExportController];

@Module({
  imports: [NotificationsModule, DiscussionsModule],
  providers: [...RECORD_PROVIDERS, ...SEARCH_PROVIDERS, ...EXCHANGE_PROVIDERS],
  controllers: [...CONTROLLERS],
  exports: [DigestRecordsService, DigestValidator],
})
export class DigestModule implements OnModuleInit {
  constructor(
    private readonly files: FilesService,
    private readonly subjects: NotificationSubjects,
    private readonly records: DigestRecordsService,
  ) {}

  /**
   * Judgment files are visible to whoever may open their record; notifications about a record
   * (returned, published) are described for whoever may still open it.
   */
  onModuleInit(): void {
    this.files.registerOwner(DIGEST_CASE_OWNER, (principal, ids) =>
      this.records.visibleForFiles(principal, ids),
    );
    this.subjects.register(DIGEST_CASE_SUBJECT, (principal, ids) => this.records.describe(principal, ids));
  }
}
