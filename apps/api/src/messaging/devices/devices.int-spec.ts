import { randomUUID } from 'node:crypto';
import { E2E_EVENTS, E2E_LIMITS, ErrorCode, GRAPHQL_MAX_BODY_BYTES } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import type { Principal } from '../../access/principal.js';
import { isAppError } from '../../common/errors/app-error.js';
import {
  b64,
  REGISTER_DEVICE,
  registerDevice,
  type TestDevice,
} from '../../../test/factories/e2e.factory.js';
import {
  connectSocket,
  listen,
  nextEvent,
  recordEvents,
  settle,
} from '../../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../../test/factories/member.factory.js';
import { startDirect } from '../../../test/factories/messaging.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../../test/test-app.js';
import { DevicesService } from './devices.service.js';

/**
 * Devices and key backups of end-to-end encrypted messaging through GraphQL and the socket:
 * registration rules, who sees whose keys, suspension and removal taking keys out at once (while
 * their signing keys stay available for verifying history), the opaque versioned backup,
 * `devices.changed` reaching the people who encrypt to a member, and the audit trail of devices.
 */

const MY_DEVICES = `{ myDevices { id label encryptionKey signingKey current } }`;
const REMOVE = `mutation X($id: ID!) { removeDevice(id: $id) }`;
const KEYS = `query K($ids: [ID!]!) { deviceKeys(userIds: $ids) { deviceId userId encryptionKey signingKey label createdAt } }`;
const CONVERSATION_DEVICES = `query C($id: ID!) { conversationDevices(conversationId: $id) { deviceId userId encryptionKey signingKey } }`;
const BACKUP = `{ keyBackup { blob version updatedAt } }`;
const SAVE_BACKUP = `mutation S($blob: String!, $v: Int!) { saveKeyBackup(blob: $blob, expectedVersion: $v) { blob version updatedAt } }`;
const DELETE_BACKUP = `mutation { deleteKeyBackup }`;
const E2E_SINCE = `query C($id: ID!) { conversation(id: $id) { e2eSince } }`;
const SIGNING_KEYS = `query K($ids: [ID!]!) { signingKeys(deviceIds: $ids) { deviceId userId signingKey removedAt } }`;
const AUDIT = `query A($f: AuditFilter) { auditEvents(filter: $f, first: 50) { items { action actorId actorLabel targetType targetId ip details } } }`;

type GqlError = {
  message: string;
  extensions: { code: string; fields?: { field: string; code: string }[] } & Record<string, unknown>;
};
const errorOf = (res: { body: { errors?: GqlError[] } }): GqlError => {
  if (!res.body.errors?.[0]) throw new Error(`expected an error, got ${JSON.stringify(res.body)}`);
  return res.body.errors[0];
};
const fieldCode = (res: { body: { errors?: GqlError[] } }) => {
  const e = errorOf(res);
  return [e.extensions.code, e.extensions.fields?.[0]?.field, e.extensions.fields?.[0]?.code];
};
const deviceIds = (list: { deviceId: string }[]) => list.map((d) => d.deviceId).sort();

describe('end-to-end encryption devices and key backups', () => {
  let t: TestApp;
  let url: string;
  let ana: TestMember;
  let bo: TestMember;
  let stranger: TestMember;
  let asAna: TestAgent;
  let asBo: TestAgent;
  let asStranger: TestAgent;
  let admin: TestAgent;
  let direct: string;
  const sockets: Socket[] = [];

  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    [ana, bo, stranger] = await Promise.all([
      createMember(t, { fullName: 'Ana Pereira' }),
      createMember(t, { fullName: 'Bo Lindqvist' }),
      createMember(t, { fullName: 'Sol Stranger' }),
    ]);
    [asAna, asBo, asStranger] = await Promise.all([signIn(t, ana), signIn(t, bo), signIn(t, stranger)]);
    admin = await signIn(t, await createMember(t, { role: 'ADMIN' as never }));
    direct = await startDirect(asAna, bo.id);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('registers, lists and removes a member’s own devices, refusing malformed keys, labels and duplicates', async () => {
    const member = await createMember(t);
    const laptop = await signIn(t, member);
    const phone = await signIn(t, member);
    const register = (agent: TestAgent, input: Record<string, unknown>) =>
      agent.gql(REGISTER_DEVICE, {
        input: { label: 'Laptop', encryptionKey: b64(32), signingKey: b64(32), ...input },
      });

    const first = await register(laptop, { label: '  Firefox on the office laptop  ' });
    expect(first.body.errors).toBeUndefined();
    const device = first.body.data.registerDevice as TestDevice;
    // The label is trimmed; the keys come back exactly as given.
    expect(device).toMatchObject({ label: 'Firefox on the office laptop', current: true });
    const [row] = await t.sql<{ encryption_key: Buffer; session_id: string | null }[]>(
      `SELECT encryption_key, session_id FROM user_device WHERE id = $1`,
      [device.id],
    );
    expect(row!.encryption_key.toString('base64url')).toBe(device.encryptionKey);
    expect(row!.session_id).not.toBeNull();

    // `current` is true only for the session that registered it.
    const { id, label, encryptionKey, signingKey } = device;
    expect((await laptop.gql(MY_DEVICES)).body.data.myDevices).toEqual([
      { id, label, encryptionKey, signingKey, current: true },
    ]);
    expect((await phone.gql(MY_DEVICES)).body.data.myDevices).toMatchObject([
      { id: device.id, current: false },
    ]);

    expect(fieldCode(await register(laptop, { encryptionKey: 'not base64url!' }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'encryptionKey',
      'base64url',
    ]);
    expect(fieldCode(await register(laptop, { signingKey: `${b64(32)}=` }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'signingKey',
      'base64url',
    ]);
    expect(fieldCode(await register(laptop, { encryptionKey: b64(31) }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'encryptionKey',
      'keyLength',
    ]);
    expect(fieldCode(await register(laptop, { signingKey: b64(33) }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'signingKey',
      'keyLength',
    ]);
    expect(fieldCode(await register(laptop, { label: 'x'.repeat(E2E_LIMITS.deviceLabelMax + 1) }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'label',
      'isLength',
    ]);
    expect(fieldCode(await register(laptop, { label: '    ' }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'label',
      'isLength',
    ]);
    // A signing key registered once cannot be registered again: not by the same member, not by
    // someone else, not after the device holding it was removed.
    expect(fieldCode(await register(phone, { signingKey: device.signingKey }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'signingKey',
      'duplicateKey',
    ]);
    expect(fieldCode(await register(asStranger, { signingKey: device.signingKey }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'signingKey',
      'duplicateKey',
    ]);

    // At most E2E_LIMITS.devicesPerUserMax current devices, registered at once or not.
    const more = await Promise.all(
      Array.from({ length: E2E_LIMITS.devicesPerUserMax + 2 }, (_, i) =>
        register(phone, { label: `Browser ${i}` }),
      ),
    );
    const refused = more.filter((r) => r.body.errors);
    expect(more.length - refused.length).toBe(E2E_LIMITS.devicesPerUserMax - 1);
    for (const r of refused)
      expect(fieldCode(r)).toEqual([ErrorCode.BAD_USER_INPUT, 'input', 'tooManyDevices']);
    expect((await phone.gql(MY_DEVICES)).body.data.myDevices).toHaveLength(E2E_LIMITS.devicesPerUserMax);

    // Removing: one's own only; someone else's answers exactly like a missing or malformed id.
    const strangers = await registerDevice(asStranger, 'Stranger laptop');
    for (const id of [strangers.id, randomUUID(), 'not-an-id']) {
      expect(errorOf(await laptop.gql(REMOVE, { id }))).toMatchObject({
        message: 'No such device.',
        extensions: { code: ErrorCode.NOT_FOUND },
      });
    }
    expect((await asStranger.gql(MY_DEVICES)).body.data.myDevices).toHaveLength(1);
    expect((await laptop.gql(REMOVE, { id: device.id })).body.data.removeDevice).toBe(true);
    expect(errorOf(await laptop.gql(REMOVE, { id: device.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    expect(fieldCode(await register(laptop, { signingKey: device.signingKey }))[2]).toBe('duplicateKey');
    // A free place again.
    expect((await register(laptop, {})).body.errors).toBeUndefined();
  });

  it('keeps a device when the session that registered it ends', async () => {
    const member = await createMember(t);
    const browser = await signIn(t, member);
    const device = await registerDevice(browser, 'Edge at the prosecutor’s office');
    expect((await browser.gql(`mutation { signOut }`)).body.errors).toBeUndefined();
    const again = await signIn(t, member);
    // The same browser, a new session: the device is still there (not `current`: the browser
    // knows its device id from its own storage).
    expect((await again.gql(MY_DEVICES)).body.data.myDevices).toMatchObject([
      { id: device.id, current: false },
    ]);
  });

  it('publishes keys only to the member and their conversation partners, only while active and not removed', async () => {
    const anaLaptop = await registerDevice(asAna, 'Ana laptop');
    const anaPhone = await registerDevice(asAna, 'Ana phone');
    const boLaptop = await registerDevice(asBo, 'Bo laptop');
    const strangerDevice = await registerDevice(asStranger, 'Stranger laptop');
    const everyone = [ana.id, bo.id, stranger.id];

    const seenByAna = (await asAna.gql(KEYS, { ids: everyone })).body.data.deviceKeys;
    expect(deviceIds(seenByAna)).toEqual([anaLaptop.id, anaPhone.id, boLaptop.id].sort());
    expect(seenByAna.find((d: { deviceId: string }) => d.deviceId === boLaptop.id)).toMatchObject({
      userId: bo.id,
      encryptionKey: boLaptop.encryptionKey,
      signingKey: boLaptop.signingKey,
      label: 'Bo laptop',
    });
    // A stranger gets their own keys only; the others answer like unknown ids or people without devices.
    const seenByStranger = (await asStranger.gql(KEYS, { ids: everyone })).body.data.deviceKeys;
    expect(deviceIds(seenByStranger)).toContain(strangerDevice.id);
    expect(new Set(seenByStranger.map((d: { userId: string }) => d.userId))).toEqual(new Set([stranger.id]));
    expect(
      (await asStranger.gql(KEYS, { ids: [ana.id, randomUUID(), 'nope'] })).body.data.deviceKeys,
    ).toEqual([]);
    const tooMany = await asAna.gql(KEYS, { ids: Array.from({ length: 101 }, () => randomUUID()) });
    expect(fieldCode(tooMany)).toEqual([ErrorCode.BAD_USER_INPUT, 'userIds', 'arrayMaxSize']);

    // The recipients of a conversation: every current device of every member, the caller's own included.
    const recipients = (await asBo.gql(CONVERSATION_DEVICES, { id: direct })).body.data.conversationDevices;
    expect(deviceIds(recipients)).toEqual([anaLaptop.id, anaPhone.id, boLaptop.id].sort());
    for (const id of [direct, randomUUID(), 'nope']) {
      expect(errorOf(await asStranger.gql(CONVERSATION_DEVICES, { id }))).toMatchObject({
        message: 'No such conversation.',
        extensions: { code: ErrorCode.NOT_FOUND },
      });
    }
    expect((await asAna.gql(E2E_SINCE, { id: direct })).body.data.conversation.e2eSince).toBeNull();

    // A removed device disappears at once.
    await asAna.gql(REMOVE, { id: anaPhone.id });
    expect(deviceIds((await asBo.gql(KEYS, { ids: [ana.id] })).body.data.deviceKeys)).toEqual([anaLaptop.id]);
    expect(
      deviceIds((await asBo.gql(CONVERSATION_DEVICES, { id: direct })).body.data.conversationDevices),
    ).toEqual([anaLaptop.id, boLaptop.id].sort());

    // A suspended member's devices disappear at once, and come back on reactivation.
    const suspend = await admin.gql(`mutation S($id: ID!) { suspendMember(memberId: $id) { id } }`, {
      id: bo.id,
    });
    expect(suspend.body.errors).toBeUndefined();
    expect(deviceIds((await asAna.gql(KEYS, { ids: [ana.id, bo.id] })).body.data.deviceKeys)).toEqual([
      anaLaptop.id,
    ]);
    expect(
      deviceIds((await asAna.gql(CONVERSATION_DEVICES, { id: direct })).body.data.conversationDevices),
    ).toEqual([anaLaptop.id]);
    await admin.gql(`mutation R($id: ID!) { reactivateMember(memberId: $id) { id } }`, { id: bo.id });
    expect(deviceIds((await asAna.gql(KEYS, { ids: [bo.id] })).body.data.deviceKeys)).toEqual([boLaptop.id]);
  });

  it('keeps an opaque key backup with optimistic versions and a size limit', async () => {
    const member = await createMember(t);
    const agent = await signIn(t, member);
    expect((await agent.gql(BACKUP)).body.data.keyBackup).toBeNull();

    const blob = b64(3000);
    const saved = (await agent.gql(SAVE_BACKUP, { blob, v: 0 })).body.data.saveKeyBackup;
    expect(saved).toMatchObject({ blob, version: 1 });
    // Stored and answered exactly as given.
    expect((await agent.gql(BACKUP)).body.data.keyBackup).toEqual(saved);
    const [row] = await t.sql<{ blob: string }[]>(`SELECT blob FROM key_backup WHERE user_id = $1`, [
      member.id,
    ]);
    expect(row!.blob).toBe(blob);

    // Another device saving from a stale version is told, with the current one.
    const stale = errorOf(await agent.gql(SAVE_BACKUP, { blob: b64(10), v: 0 }));
    expect(stale.extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      reason: 'staleVersion',
      currentVersion: 1,
    });
    const second = (await agent.gql(SAVE_BACKUP, { blob: b64(20), v: 1 })).body.data.saveKeyBackup;
    expect(second.version).toBe(2);
    expect(errorOf(await agent.gql(SAVE_BACKUP, { blob: b64(10), v: 1 })).extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      currentVersion: 2,
    });
    // Two devices saving from the same version at once: exactly one wins.
    const race = await Promise.all([
      agent.gql(SAVE_BACKUP, { blob: b64(30), v: 2 }),
      agent.gql(SAVE_BACKUP, { blob: b64(30), v: 2 }),
    ]);
    expect(race.filter((r) => r.body.errors).map((r) => errorOf(r).extensions.code)).toEqual([
      ErrorCode.CONFLICT,
    ]);

    expect(fieldCode(await agent.gql(SAVE_BACKUP, { blob: 'not base64url!', v: 3 }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'blob',
      'base64url',
    ]);
    expect(fieldCode(await agent.gql(SAVE_BACKUP, { blob: b64(10), v: -1 }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'expectedVersion',
      'min',
    ]);
    // The size limit, checked by the service (a GraphQL body that large is refused even earlier).
    const principal = { userId: member.id } as Principal;
    const oversize = await t.app
      .get(DevicesService)
      .saveBackup(principal, 'A'.repeat(E2E_LIMITS.backupMaxBytes + 1), 3)
      .catch((e: unknown) => e);
    expect(isAppError(oversize) && oversize.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'blob', code: 'PAYLOAD_TOO_LARGE' }],
    });
    const huge = await agent.gql(SAVE_BACKUP, { blob: 'A'.repeat(GRAPHQL_MAX_BODY_BYTES + 1), v: 3 });
    expect(huge.status).toBe(413);
    expect((await agent.gql(BACKUP)).body.data.keyBackup.version).toBe(3);

    // Someone else's backup is their own business.
    expect((await asStranger.gql(BACKUP)).body.data.keyBackup).toBeNull();
    expect((await agent.gql(DELETE_BACKUP)).body.data.deleteKeyBackup).toBe(true);
    expect((await agent.gql(DELETE_BACKUP)).body.data.deleteKeyBackup).toBe(false);
    expect((await agent.gql(BACKUP)).body.data.keyBackup).toBeNull();
    expect((await agent.gql(SAVE_BACKUP, { blob, v: 0 })).body.data.saveKeyBackup.version).toBe(1);
  });

  it('tells conversation partners and the member’s own sockets when a device list changes, nobody else', async () => {
    const cy = await createMember(t, { fullName: 'Cy Okafor' });
    const asCy = await signIn(t, cy);
    await startDirect(asCy, bo.id);
    // Bo's earlier sessions ended with his suspension above.
    const boSocket = await socketOf(await signIn(t, bo));
    const cySocket = await socketOf(asCy);
    const strangerSocket = await socketOf(asStranger);
    const strangerSaw = recordEvents(strangerSocket, [E2E_EVENTS.devicesChanged]);
    const fromCy = (s: Socket) =>
      nextEvent<{ userId: string }>(s, E2E_EVENTS.devicesChanged, (e) => e.userId === cy.id);

    let toBo = fromCy(boSocket);
    const toSelf = fromCy(cySocket);
    const device = await registerDevice(asCy, 'Cy laptop');
    expect(await toBo).toEqual({ userId: cy.id });
    expect(await toSelf).toEqual({ userId: cy.id });

    toBo = fromCy(boSocket);
    await asCy.gql(REMOVE, { id: device.id });
    expect(await toBo).toEqual({ userId: cy.id });

    toBo = fromCy(boSocket);
    await admin.gql(`mutation S($id: ID!) { suspendMember(memberId: $id) { id } }`, { id: cy.id });
    expect(await toBo).toEqual({ userId: cy.id });

    await settle(200);
    expect(strangerSaw[E2E_EVENTS.devicesChanged]).toEqual([]);
  });
  it('keeps answering a partner’s removed device’s signing key, so old messages still verify, and nothing to strangers', async () => {
    const [cy, dee] = await Promise.all([
      createMember(t, { fullName: 'Cy Okafor' }),
      createMember(t, { fullName: 'Dee Moreau' }),
    ]);
    const [asCy, asDee] = await Promise.all([signIn(t, cy), signIn(t, dee)]);
    await startDirect(asCy, dee.id);
    const oldPhone = await registerDevice(asCy, 'Cy old phone');
    const laptop = await registerDevice(asCy, 'Cy laptop');
    const strangers = await registerDevice(asStranger, 'Stranger tablet');
    expect((await asCy.gql(REMOVE, { id: oldPhone.id })).body.data.removeDevice).toBe(true);
    const asked = [oldPhone.id, laptop.id, strangers.id, randomUUID()];

    // The partner gets both of Cy's keys, the removed one marked as such; not the stranger's, and
    // not the unknown id, without telling which is which.
    const seenByDee = (await asDee.gql(SIGNING_KEYS, { ids: asked })).body.data.signingKeys;
    expect(deviceIds(seenByDee)).toEqual([oldPhone.id, laptop.id].sort());
    expect(seenByDee.find((k: { deviceId: string }) => k.deviceId === oldPhone.id)).toEqual({
      deviceId: oldPhone.id,
      userId: cy.id,
      signingKey: oldPhone.signingKey,
      removedAt: expect.any(String),
    });
    expect(seenByDee.find((k: { deviceId: string }) => k.deviceId === laptop.id)).toMatchObject({
      signingKey: laptop.signingKey,
      removedAt: null,
    });
    // Unlike the keys to encrypt to, which leave with the device.
    expect(deviceIds((await asDee.gql(KEYS, { ids: [cy.id] })).body.data.deviceKeys)).toEqual([laptop.id]);
    // The owner sees their own removed device; upper-case ids are the same ids.
    expect(
      deviceIds((await asCy.gql(SIGNING_KEYS, { ids: [oldPhone.id.toUpperCase()] })).body.data.signingKeys),
    ).toEqual([oldPhone.id]);

    // A stranger gets nothing of Cy's, exactly as for ids that do not exist, and their own device.
    expect((await asStranger.gql(SIGNING_KEYS, { ids: asked })).body.data.signingKeys).toEqual([
      { deviceId: strangers.id, userId: stranger.id, signingKey: strangers.signingKey, removedAt: null },
    ]);
    expect(
      (await asStranger.gql(SIGNING_KEYS, { ids: [oldPhone.id, laptop.id] })).body.data.signingKeys,
    ).toEqual([]);

    // A suspended member's messages stay verifiable too.
    await admin.gql(`mutation S($id: ID!) { suspendMember(memberId: $id) { id } }`, { id: cy.id });
    expect(
      deviceIds((await asDee.gql(SIGNING_KEYS, { ids: [oldPhone.id, laptop.id] })).body.data.signingKeys),
    ).toEqual([oldPhone.id, laptop.id].sort());

    // Malformed ids and too many ids are refused with a clear field error.
    expect(fieldCode(await asDee.gql(SIGNING_KEYS, { ids: [laptop.id, 'laptop'] }))).toEqual([
      ErrorCode.BAD_USER_INPUT,
      'deviceIds',
      'isUuid',
    ]);
    const tooMany = Array.from({ length: E2E_LIMITS.signingKeysMax + 1 }, () => randomUUID());
    const refused = errorOf(await asDee.gql(SIGNING_KEYS, { ids: tooMany }));
    expect(refused).toMatchObject({
      message: `Ask for at most ${E2E_LIMITS.signingKeysMax} devices at once.`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'deviceIds', code: 'arrayMaxSize' }] },
    });
    expect((await asDee.gql(SIGNING_KEYS, { ids: [] })).body.data.signingKeys).toEqual([]);
  });

  it('writes each device registration and removal to the audit trail, with its id and label but no key', async () => {
    const member = await createMember(t);
    const agent = await signIn(t, member);
    const device = await registerDevice(agent, 'Firefox at the prosecutor’s office');
    // Refused changes leave no entry: a duplicate key, someone else's device.
    const duplicate = await agent.gql(REGISTER_DEVICE, {
      input: { label: 'Copy', encryptionKey: b64(32), signingKey: device.signingKey },
    });
    expect(fieldCode(duplicate)[2]).toBe('duplicateKey');
    const strangers = await registerDevice(asStranger, 'Stranger phone');
    expect(errorOf(await agent.gql(REMOVE, { id: strangers.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    expect((await agent.gql(REMOVE, { id: device.id })).body.data.removeDevice).toBe(true);

    // What an admin reads on the audit page, newest first.
    const trail = (await admin.gql(AUDIT, { f: { actorId: member.id } })).body.data.auditEvents.items as {
      action: string;
      details: string;
    }[];
    const devices = trail.filter((e) => e.action.startsWith('e2e.'));
    expect(devices).toEqual([
      expect.objectContaining({
        action: 'e2e.device.removed',
        targetType: 'user_device',
        targetId: device.id,
      }),
      expect.objectContaining({
        action: 'e2e.device.registered',
        actorId: member.id,
        actorLabel: member.email,
        targetType: 'user_device',
        targetId: device.id,
        ip: expect.stringMatching(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/),
      }),
    ]);
    for (const entry of devices) {
      expect(JSON.parse(entry.details)).toEqual({
        deviceId: device.id,
        label: 'Firefox at the prosecutor’s office',
      });
    }
    const everything = JSON.stringify(trail);
    expect(everything).not.toContain(device.signingKey);
    expect(everything).not.toContain(device.encryptionKey);
    // Admins can list them by action (the audit page's filter).
    const registered = await admin.gql(AUDIT, { f: { action: 'e2e.device.registered' } });
    expect(registered.body.data.auditEvents.items.map((e: { targetId: string }) => e.targetId)).toContain(
      device.id,
    );
  });
});
