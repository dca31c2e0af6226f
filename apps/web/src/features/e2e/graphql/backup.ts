import { graphql } from '../../../graphql/generated';

/**
 * The caller's encrypted key backup: an opaque blob the browser seals and opens (`lib/backup.ts`),
 * with an optimistic version (a save from a stale version answers CONFLICT).
 */

/** Whether there is a backup, without its blob (the messages page's prompt). */
export const KeyBackupInfoQuery = graphql(`
  query KeyBackupInfo {
    keyBackup {
      version
      updatedAt
    }
  }
`);

export const KeyBackupQuery = graphql(`
  query KeyBackup {
    keyBackup {
      blob
      version
      updatedAt
    }
  }
`);

/** Answers the new version only: the blob can be megabytes and the caller has it already. */
export const SaveKeyBackupMutation = graphql(`
  mutation SaveKeyBackup($blob: String!, $expectedVersion: Int!) {
    saveKeyBackup(blob: $blob, expectedVersion: $expectedVersion) {
      version
      updatedAt
    }
  }
`);

export const DeleteKeyBackupMutation = graphql(`
  mutation DeleteKeyBackup {
    deleteKeyBackup
  }
`);
