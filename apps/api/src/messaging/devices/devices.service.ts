import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountStatus, E2E_EVENTS, E2E_LIMITS, MESSAGING_LIMITS } from '@cop/contracts';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit.service.js';
import { ConversationAccess } from '../../access/conversation.access.js';
import type { Principal } from '../../access/principal.js';
import { RealtimeHub } from '../../common/realtime/realtime-hub.js';
import { base64urlBytes, conversationNotFound } from '../messaging.errors.js';
import {
  backupTooLarge,
  badBackup,
  badDeviceIds,
  badKey,
  badVersion,
  deviceNotFound,
  duplicateKey,
  staleBackup,
  tooManyDeviceIds,
  tooManyDevices,
  tooManyUsers,
} from './devices.errors.js';

export interface DeviceRow {
  id: string;
  user_id: string;
  label: string;
  encryption_key: Buffer;
  signing_key: Buffer;
  session_id: string | null;
  created_at: Date;
  last_seen_at: Date;
}

/** A device's Ed25519 key, removed devices included: to verify what it signed. */
export interface SigningKeyRow {
  id: string;
  user_id: string;
  signing_key: Buffer;
  removed_at: Date | null;
}

/** Where a device change was asked from, for the audit trail. */
export interface DeviceChangeMeta {
  ip?: string;
}

export interface KeyBackupRow {
  blob: string;
  version: number;
  updated_at: Date;
}

/** At most this many members per `deviceKeys` request (a group's size). */
export const DEVICE_KEYS_USERS_MAX = MESSAGING_LIMITS.groupMax;

const DEVICE_COLUMNS = `d.id, d.user_id, d.label, d.encryption_key, d.signing_key, d.session_id, d.created_at,
  d.last_seen_at`;
/** A device whose keys are published: not removed, and its member's account is ACTIVE (checked at read time). */
const PUBLISHED = `d.removed_at IS NULL
  AND EXISTS (SELECT 1 FROM app_user du WHERE du.id = d.user_id AND du.status = '${AccountStatus.ACTIVE}')`;
const B64URL = /^[A-Za-z0-9_-]+$/;

const isId = (v: unknown): v is string => typeof v === 'string' && isUUID(v);

/** The caller ($1) is the device's owner or shares a conversation with them (both current members). */
const OWNER_OR_PARTNER = `(d.user_id = $1 OR EXISTS (
  SELECT 1 FROM conversation_member mine
    JOIN conversation_member theirs
      ON theirs.conversation_id = mine.conversation_id AND theirs.user_id = d.user_id
   WHERE mine.user_id = $1))`;

/** The 32 bytes of a public key given in base64url, or the field's problem. */
function key32(field: 'encryptionKey' | 'signingKey', value: string): Buffer {
  const bytes = base64urlBytes(value);
  if (bytes < 0) throw badKey(field, 'base64url');
  if (bytes !== 32) throw badKey(field, 'keyLength');
  return Buffer.from(value, 'base64url');
}

/**
 * Devices and key backups for end-to-end encrypted messaging. The server keeps public keys and an
 * opaque backup; it never holds a private key and never decrypts anything.
 *
 * Who sees whose keys: a member's current devices (not removed, account ACTIVE) are published to
 * the member themself and to the members they share at least one conversation with — the people
 * who may have to encrypt to them — and to nobody else. Anyone else asking gets nothing for that
 * member, exactly as for a member without devices or an unknown id, so a stranger learns neither
 * whether someone exists nor whether they have devices. A suspension or a removal hides the keys
 * at the next read: there is no cache.
 *
 * A device outlives the session that registered it (its private keys live in the browser's
 * IndexedDB); only `remove` or the member's status ends its publication. Every change to a
 * member's device list is announced (`devices.changed`) after commit to the rooms of every
 * conversation they are in and to their own room, and written to the audit trail in the same
 * transaction (device id and label; never a key): a device nobody remembers registering is how a
 * hijacked account would read along, so the member and the admins can see when it appeared.
 *
 * Signing keys are the exception to "current devices only": a message stays signed by its device
 * after that device is removed (or its member suspended), so `signingKeysOf` answers removed
 * devices too, to the same people, for verifying history. It never helps anyone encrypt to them.
 */
@Injectable()
export class DevicesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ConversationAccess,
    private readonly hub: RealtimeHub,
    private readonly audit: AuditService,
  ) {}

  /** The audit entry of a device change, in the change's transaction. */
  private audited(
    m: EntityManager,
    action: 'e2e.device.registered' | 'e2e.device.removed',
    principal: Principal,
    device: { id: string; label: string },
    meta: DeviceChangeMeta,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorId: principal.userId,
        actorLabel: principal.email,
        ip: meta.ip ?? null,
        targetType: 'user_device',
        targetId: device.id,
        details: { deviceId: device.id, label: device.label },
      },
      m,
    );
  }

  async register(
    principal: Principal,
    input: { label: string; encryptionKey: string; signingKey: string },
    meta: DeviceChangeMeta = {},
  ): Promise<DeviceRow> {
    const encryptionKey = key32('encryptionKey', input.encryptionKey);
    const signingKey = key32('signingKey', input.signingKey);
    const row = await this.db.transaction(async (m) => {
      // Serialises one member's registrations, so two at once cannot both pass the count.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('cop:user_device:' || $1::text))`, [
        principal.userId,
      ]);
      const [{ n }] = (await m.query(
        `SELECT count(*)::int AS n FROM user_device WHERE user_id = $1 AND removed_at IS NULL`,
        [principal.userId],
      )) as [{ n: number }];
      if (n >= E2E_LIMITS.devicesPerUserMax) throw tooManyDevices();
      const [inserted] = (await m.query(
        `INSERT INTO user_device AS d (user_id, label, encryption_key, signing_key, session_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (signing_key) DO NOTHING
         RETURNING ${DEVICE_COLUMNS}`,
        [principal.userId, input.label, encryptionKey, signingKey, principal.sessionId],
      )) as DeviceRow[];
      if (!inserted) throw duplicateKey();
      await this.audited(m, 'e2e.device.registered', principal, inserted, meta);
      return inserted;
    });
    await this.announce(principal.userId);
    return row;
  }

  /** The caller's current devices, oldest first. */
  async mine(principal: Principal): Promise<DeviceRow[]> {
    return this.db.query(
      `SELECT ${DEVICE_COLUMNS} FROM user_device d WHERE d.user_id = $1 AND d.removed_at IS NULL
        ORDER BY d.created_at, d.id`,
      [principal.userId],
    );
  }

  /** Removes one of the caller's devices; anyone else's (or a removed or missing one) is NOT_FOUND. */
  async remove(principal: Principal, id: string, meta: DeviceChangeMeta = {}): Promise<boolean> {
    if (!isId(id)) throw deviceNotFound();
    await this.db.transaction(async (m) => {
      const [removed] = (await m.query(
        `WITH r AS (UPDATE user_device SET removed_at = now()
                     WHERE id = $1 AND user_id = $2 AND removed_at IS NULL RETURNING id, label)
         SELECT id, label FROM r`,
        [id, principal.userId],
      )) as { id: string; label: string }[];
      if (!removed) throw deviceNotFound();
      await this.audited(m, 'e2e.device.removed', principal, removed, meta);
    });
    await this.announce(principal.userId);
    return true;
  }

  /**
   * The published devices of those of `userIds` who are the caller or share a conversation with
   * them (see the class comment); the others are left out without a word.
   */
  async keysOf(principal: Principal, userIds: readonly string[]): Promise<DeviceRow[]> {
    const ids = [...new Set(userIds.filter(isId).map((id) => id.toLowerCase()))];
    if (userIds.length > DEVICE_KEYS_USERS_MAX) throw tooManyUsers(DEVICE_KEYS_USERS_MAX);
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT ${DEVICE_COLUMNS} FROM user_device d
        WHERE d.user_id = ANY($2::uuid[]) AND ${PUBLISHED} AND ${OWNER_OR_PARTNER}
        ORDER BY d.user_id, d.created_at, d.id`,
      [principal.userId, ids],
    );
  }

  /**
   * The signing keys of those of `deviceIds` whose member is the caller or shares a conversation
   * with them today, removed devices and suspended members included: a reader verifies old
   * messages with them. Any other id is left out without a word, exactly like an unknown one.
   * Ids must be UUIDs, at most E2E_LIMITS.signingKeysMax of them.
   */
  async signingKeysOf(principal: Principal, deviceIds: readonly string[]): Promise<SigningKeyRow[]> {
    if (deviceIds.length > E2E_LIMITS.signingKeysMax) throw tooManyDeviceIds(E2E_LIMITS.signingKeysMax);
    if (!deviceIds.every(isId)) throw badDeviceIds();
    const ids = [...new Set(deviceIds.map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT d.id, d.user_id, d.signing_key, d.removed_at FROM user_device d
        WHERE d.id = ANY($2::uuid[]) AND ${OWNER_OR_PARTNER}
        ORDER BY d.user_id, d.created_at, d.id`,
      [principal.userId, ids],
    );
  }

  /**
   * The published devices of every current member of a conversation the caller is in (the caller's
   * own included): whom to wrap a message key for. NOT_FOUND otherwise, as in messaging.
   */
  async ofConversation(principal: Principal, conversationId: string): Promise<DeviceRow[]> {
    if (!(await this.access.isMember(principal.userId, conversationId))) throw conversationNotFound();
    return this.db.query(
      `SELECT ${DEVICE_COLUMNS} FROM conversation_member cm
         JOIN user_device d ON d.user_id = cm.user_id
        WHERE cm.conversation_id = $1 AND ${PUBLISHED}
        ORDER BY d.user_id, d.created_at, d.id`,
      [conversationId],
    );
  }

  // ------------------------------------------------------------------ key backup

  async backup(principal: Principal): Promise<KeyBackupRow | null> {
    const [row] = (await this.db.query(
      `SELECT blob, version, updated_at FROM key_backup WHERE user_id = $1`,
      [principal.userId],
    )) as KeyBackupRow[];
    return row ?? null;
  }

  /**
   * Replaces the caller's backup if it is still at `expectedVersion` (0: there is none), answering
   * the new version; otherwise CONFLICT with the current version (another device saved meanwhile).
   */
  async saveBackup(principal: Principal, blob: string, expectedVersion: number): Promise<KeyBackupRow> {
    if (typeof blob !== 'string' || blob.length === 0) throw badBackup();
    // Measured before the alphabet is checked (base64url text: one byte per character).
    if (Buffer.byteLength(blob, 'utf8') > E2E_LIMITS.backupMaxBytes) throw backupTooLarge();
    if (!B64URL.test(blob)) throw badBackup();
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) throw badVersion();
    const [row] = (await (expectedVersion === 0
      ? this.db.query(
          `INSERT INTO key_backup (user_id, blob, version) VALUES ($1, $2, 1)
           ON CONFLICT (user_id) DO NOTHING RETURNING blob, version, updated_at`,
          [principal.userId, blob],
        )
      : this.db.query(
          `WITH u AS (UPDATE key_backup SET blob = $2, version = version + 1, updated_at = now()
                       WHERE user_id = $1 AND version = $3 RETURNING blob, version, updated_at)
           SELECT * FROM u`,
          [principal.userId, blob, expectedVersion],
        ))) as KeyBackupRow[];
    if (row) return row;
    const current = await this.backup(principal);
    throw staleBackup(current?.version ?? 0);
  }

  /** Deletes the caller's backup; false when there was none. */
  async deleteBackup(principal: Principal): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `WITH d AS (DELETE FROM key_backup WHERE user_id = $1 RETURNING 1) SELECT * FROM d`,
      [principal.userId],
    );
    return rows.length > 0;
  }

  // ------------------------------------------------------------------ realtime

  /**
   * `devices.changed` `{ userId }` to the member's own room and the rooms of every conversation
   * they are in (the members who encrypt to them), after the change has committed.
   */
  async announce(userId: string): Promise<void> {
    const conversations = await this.access.conversationIdsOf(userId);
    this.hub.emit(
      [`user:${userId}`, ...conversations.map((id) => `conversation:${id}`)],
      E2E_EVENTS.devicesChanged,
      { userId },
    );
  }
}
