import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { E2E_LIMITS } from '@cop/contracts';
import { CurrentUser } from '../../access/current-user.decorator.js';
import { Policy } from '../../access/policy.decorator.js';
import type { Principal } from '../../access/principal.js';
import type { RequestMeta } from '../../identity/auth.service.js';
import { Meta } from '../../identity/request-meta.js';
import { Device, DeviceKeys, KeyBackup, RegisterDeviceInput, SigningKey } from './dto/devices.types.js';
import {
  DEVICE_KEYS_USERS_MAX,
  type DeviceRow,
  DevicesService,
  type KeyBackupRow,
  type SigningKeyRow,
} from './devices.service.js';

const b64 = (bytes: Buffer) => bytes.toString('base64url');

function toDevice(row: DeviceRow, principal: Principal): Device {
  return {
    id: row.id,
    label: row.label,
    encryptionKey: b64(row.encryption_key),
    signingKey: b64(row.signing_key),
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    current: row.session_id === principal.sessionId,
  };
}

function toDeviceKeys(row: DeviceRow): DeviceKeys {
  return {
    deviceId: row.id,
    userId: row.user_id,
    encryptionKey: b64(row.encryption_key),
    signingKey: b64(row.signing_key),
    label: row.label,
    createdAt: row.created_at,
  };
}

function toSigningKey(row: SigningKeyRow): SigningKey {
  return {
    deviceId: row.id,
    userId: row.user_id,
    signingKey: b64(row.signing_key),
    removedAt: row.removed_at,
  };
}

function toKeyBackup(row: KeyBackupRow): KeyBackup {
  return { blob: row.blob, version: row.version, updatedAt: row.updated_at };
}

/**
 * Devices and the key backup of end-to-end encrypted messaging: the caller's own, and the public
 * keys of the people they share a conversation with. Policy `messaging.use` throughout.
 */
@Resolver()
export class DevicesResolver {
  constructor(private readonly devices: DevicesService) {}

  @Policy('messaging.use')
  @Mutation(() => Device, {
    description: `Registers a device of the caller with its public keys (at most ${E2E_LIMITS.devicesPerUserMax} current devices; a signing key once registered cannot be registered again)`,
  })
  async registerDevice(
    @Args('input') input: RegisterDeviceInput,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<Device> {
    return toDevice(await this.devices.register(principal, input, meta), principal);
  }

  @Policy('messaging.use')
  @Query(() => [Device], { description: 'The caller’s current (not removed) devices, oldest first' })
  async myDevices(@CurrentUser() principal: Principal): Promise<Device[]> {
    return (await this.devices.mine(principal)).map((row) => toDevice(row, principal));
  }

  @Policy('messaging.use')
  @Mutation(() => Boolean, {
    description:
      'Removes one of the caller’s devices: its keys are no longer published (NOT_FOUND otherwise)',
  })
  async removeDevice(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() principal: Principal,
    @Meta() meta: RequestMeta,
  ): Promise<boolean> {
    return this.devices.remove(principal, id, meta);
  }

  @Policy('messaging.use')
  @Query(() => [DeviceKeys], {
    description: `Current devices of those members (at most ${DEVICE_KEYS_USERS_MAX}) who are active and are the caller or share a conversation with the caller; anyone else is left out`,
    complexity: ({ childComplexity }: { childComplexity: number }) => 1 + 20 * childComplexity,
  })
  async deviceKeys(
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @CurrentUser() principal: Principal,
  ): Promise<DeviceKeys[]> {
    return (await this.devices.keysOf(principal, userIds)).map(toDeviceKeys);
  }

  @Policy('messaging.use')
  @Query(() => [DeviceKeys], {
    description:
      'Current devices of every active current member of one of the caller’s conversations: whom to encrypt to (NOT_FOUND otherwise)',
    complexity: ({ childComplexity }: { childComplexity: number }) => 1 + 20 * childComplexity,
  })
  async conversationDevices(
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @CurrentUser() principal: Principal,
  ): Promise<DeviceKeys[]> {
    return (await this.devices.ofConversation(principal, conversationId)).map(toDeviceKeys);
  }

  @Policy('messaging.use')
  @Query(() => [SigningKey], {
    description: `Signing keys of devices (at most ${E2E_LIMITS.signingKeysMax} UUIDs), removed ones included, whose member is the caller or shares a conversation with the caller: to verify old messages; any other id is left out, like an unknown one`,
    complexity: ({ childComplexity }: { childComplexity: number }) => 1 + 20 * childComplexity,
  })
  async signingKeys(
    @Args('deviceIds', { type: () => [ID] }) deviceIds: string[],
    @CurrentUser() principal: Principal,
  ): Promise<SigningKey[]> {
    return (await this.devices.signingKeysOf(principal, deviceIds)).map(toSigningKey);
  }

  @Policy('messaging.use')
  @Query(() => KeyBackup, { nullable: true, description: 'The caller’s encrypted key backup, if any' })
  async keyBackup(@CurrentUser() principal: Principal): Promise<KeyBackup | null> {
    const row = await this.devices.backup(principal);
    return row ? toKeyBackup(row) : null;
  }

  @Policy('messaging.use')
  @Mutation(() => KeyBackup, {
    description:
      'Saves the caller’s encrypted key backup if it is still at expectedVersion (0: none yet); CONFLICT with extensions.currentVersion otherwise',
  })
  async saveKeyBackup(
    @Args('blob') blob: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentUser() principal: Principal,
  ): Promise<KeyBackup> {
    return toKeyBackup(await this.devices.saveBackup(principal, blob, expectedVersion));
  }

  @Policy('messaging.use')
  @Mutation(() => Boolean, { description: 'Deletes the caller’s key backup (false when there was none)' })
  async deleteKeyBackup(@CurrentUser() principal: Principal): Promise<boolean> {
    return this.devices.deleteBackup(principal);
  }
}
