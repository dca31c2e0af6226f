import { Foundation1763830000000 } from './1763830000000-foundation.js';
import { JobQueue1763900000000 } from './1763900000000-job-queue.js';
import { IdentityAndAccess1763910000000 } from './1763910000000-identity-and-access.js';
import { RealtimeFanout1763920000000 } from './1763920000000-realtime-fanout.js';
import { Files1764000000000 } from './1764000000000-files.js';
import { Discussions1764010000000 } from './1764010000000-discussions.js';
import { Notifications1764020000000 } from './1764020000000-notifications.js';
import { Messaging1764030000000 } from './1764030000000-messaging.js';
import { RealtimeAttachmentsUnlogged1764040000000 } from './1764040000000-realtime-attachments-unlogged.js';
import { JitWorkspaces1764050000000 } from './1764050000000-jit-workspaces.js';
import { CaseLawDigest1764060000000 } from './1764060000000-case-law-digest.js';
import { DigestSearch1764060000002 } from './1764060000002-digest-search.js';
import { DigestTaxonomy1764060000001 } from './1764060000001-digest-taxonomy.js';
import { DigestSearchTiers1764060000003 } from './1764060000003-digest-search-tiers.js';
import { E2eDevices1764070000000 } from './1764070000000-e2e-devices.js';
import { E2eAttachments1764080000000 } from './1764080000000-e2e-attachments.js';

/**
 * Every migration, oldest first. Listed explicitly (not globbed) so the same list runs from the
 * compiled api, the CLI and the tests. Never edit a merged migration: add a new one.
 */
export const MIGRATIONS = [
  Foundation1763830000000,
  JobQueue1763900000000,
  IdentityAndAccess1763910000000,
  RealtimeFanout1763920000000,
  Files1764000000000,
  Discussions1764010000000,
  Notifications1764020000000,
  Messaging1764030000000,
  RealtimeAttachmentsUnlogged1764040000000,
  JitWorkspaces1764050000000,
  CaseLawDigest1764060000000,
  DigestTaxonomy1764060000001,
  DigestSearch1764060000002,
  DigestSearchTiers1764060000003,
  E2eDevices1764070000000,
  E2eAttachments1764080000000,
];
