import { E2E_LIMITS, ErrorCode } from '@cop/contracts';
import { AppError, notFound } from '../../common/errors/app-error.js';
import { badInput } from '../../common/validation/validation.pipe.js';

/**
 * Errors of devices and key backups (end-to-end encryption). A device that is not the caller's
 * answers exactly like a missing one.
 */
export const deviceNotFound = () => notFound('device');

export const badKey = (field: 'encryptionKey' | 'signingKey', problem: 'base64url' | 'keyLength') =>
  badInput([
    problem === 'base64url'
      ? { field, code: 'base64url', message: 'A key is written in base64url without padding.' }
      : { field, code: 'keyLength', message: 'A key is exactly 32 bytes.', params: { bytes: 32 } },
  ]);

export const tooManyDevices = () =>
  badInput(
    [
      {
        field: 'input',
        code: 'tooManyDevices',
        message: `You have ${E2E_LIMITS.devicesPerUserMax} devices: remove one first.`,
        params: { max: E2E_LIMITS.devicesPerUserMax },
      },
    ],
    `You have ${E2E_LIMITS.devicesPerUserMax} devices: remove one first.`,
  );

/** Signing keys are unique across every device ever registered (removed ones included). */
export const duplicateKey = () =>
  badInput([
    { field: 'signingKey', code: 'duplicateKey', message: 'This signing key is already registered.' },
  ]);

export const tooManyUsers = (max: number) =>
  badInput([
    { field: 'userIds', code: 'arrayMaxSize', message: `Ask for at most ${max} members.`, params: { max } },
  ]);

export const tooManyDeviceIds = (max: number) =>
  badInput(
    [
      {
        field: 'deviceIds',
        code: 'arrayMaxSize',
        message: `Ask for at most ${max} devices at once.`,
        params: { max },
      },
    ],
    `Ask for at most ${max} devices at once.`,
  );

/** Syntax only: says nothing about whether a device exists. */
export const badDeviceIds = () =>
  badInput(
    [{ field: 'deviceIds', code: 'isUuid', message: 'Device ids are UUIDs.' }],
    'Device ids are UUIDs.',
  );

export const badBackup = () =>
  badInput([{ field: 'blob', code: 'base64url', message: 'The backup is base64url text.' }]);

export const backupTooLarge = () =>
  badInput(
    [
      {
        field: 'blob',
        code: 'PAYLOAD_TOO_LARGE',
        message: `The backup is larger than ${E2E_LIMITS.backupMaxBytes / 1024 / 1024} MB.`,
        params: { maxBytes: E2E_LIMITS.backupMaxBytes },
      },
    ],
    `The backup is larger than ${E2E_LIMITS.backupMaxBytes / 1024 / 1024} MB.`,
  );

export const badVersion = () =>
  badInput([
    {
      field: 'expectedVersion',
      code: 'min',
      message: 'expectedVersion is the version you read (0 when there was none).',
    },
  ]);

/** Someone (another device) saved the backup since it was read: read it again and merge. */
export const staleBackup = (currentVersion: number) =>
  new AppError(ErrorCode.CONFLICT, 'The key backup was changed by another device: read it again.', {
    reason: 'staleVersion',
    currentVersion,
  });
