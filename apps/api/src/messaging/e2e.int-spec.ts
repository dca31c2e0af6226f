import { randomBytes, randomUUID } from 'node:crypto';
import {
  E2E_LIMITS,
  ErrorCode,
  MESSAGING_EVENTS,
  MESSAGING_LIMITS,
  MessageScheme,
  type MessageEvent,
} from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import {
  b64,
  envelope,
  registerDevice,
  sealedFor,
  type SealedFor,
  type TestDevice,
  uploadEncryptedFile,
} from '../../test/factories/e2e.factory.js';
import { connectSocket, listen, nextEvent, uploadFile } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import {
  createGroupConversation,
  emitAck,
  messageCount,
  sendOverSocket,
  sent,
  startDirect,
} from '../../test/factories/messaging.factory.js';
import { png } from '../../test/fixtures/files.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { binary } from '../../test/binary.js';

/**
 * End-to-end encrypted (`e2e-v1`) messages against the real server and database: the server
 * checks an envelope's shape and its sending device, stores exactly what was sent, refuses plain
 * text once a conversation is encrypted, keeps encrypted and plain attachments with messages of
 * their own kind, and never needs to read anything.
 */

const SEND = `mutation S($input: SendMessageInput!) { sendMessage(input: $input) { id scheme payload } }`;
const EDIT = `mutation E($input: EditMessageInput!) { editMessage(input: $input) { id scheme payload editedAt } }`;
const E2E_SINCE = `query C($id: ID!) { conversation(id: $id) { e2eSince } }`;
const SEND_WITH_FILES = `mutation S($input: SendMessageInput!) {
  sendMessage(input: $input) { id scheme attachments { id name contentType hasPreview encrypted } } }`;

type Ack = Awaited<ReturnType<typeof sendOverSocket>>;
const refusal = (ack: Ack) => {
  if (ack.ok) throw new Error('expected a refusal');
  return { code: ack.code, field: ack.fields?.[0]?.code };
};
const e2e = (socket: Socket, conversationId: string, payload: unknown, clientId: string) =>
  sendOverSocket(socket, conversationId, typeof payload === 'string' ? payload : JSON.stringify(payload), {
    scheme: MessageScheme.E2E_V1,
    clientId,
  });
/** Sends an envelope sealed for `to` (its conversation and clientId) over the socket. */
const sendSealed = (
  socket: Socket,
  to: SealedFor,
  sd: string,
  recipients: string[],
  ciphertextBytes?: number,
) => e2e(socket, to.conversationId, envelope(sd, recipients, to, ciphertextBytes), to.clientId);

describe('end-to-end encrypted messages', () => {
  let t: TestApp;
  let url: string;
  let ana: TestMember;
  let bo: TestMember;
  let cy: TestMember;
  let asAna: TestAgent;
  let asBo: TestAgent;
  let asCy: TestAgent;
  let anaDevice: TestDevice;
  let boDevice: TestDevice;
  let cyDevice: TestDevice;
  const sockets: Socket[] = [];

  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    [ana, bo, cy] = await Promise.all([
      createMember(t, { fullName: 'Ana Pereira' }),
      createMember(t, { fullName: 'Bo Lindqvist' }),
      createMember(t, { fullName: 'Cy Okafor' }),
    ]);
    [asAna, asBo, asCy] = await Promise.all([signIn(t, ana), signIn(t, bo), signIn(t, cy)]);
    anaDevice = await registerDevice(asAna, 'Ana laptop');
    boDevice = await registerDevice(asBo, 'Bo laptop');
    cyDevice = await registerDevice(asCy, 'Cy laptop');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('stores and relays an envelope from the sender’s own device exactly as sent, random ciphertext and all', async () => {
    const direct = await startDirect(asAna, bo.id);
    const a = await socketOf(asAna);
    const b = await socketOf(asBo);
    const toBo = sealedFor(direct, ana.id);
    const payload = JSON.stringify(envelope(anaDevice.id, [anaDevice.id, boDevice.id], toBo, 4000));
    const relayed = nextEvent<MessageEvent>(
      b,
      MESSAGING_EVENTS.created,
      (e) => e.message.conversationId === direct,
    );
    const message = sent(await e2e(a, direct, payload, toBo.clientId));
    expect(message).toMatchObject({ scheme: 'e2e-v1', payload, senderId: ana.id, clientId: toBo.clientId });
    expect((await relayed).message.payload).toBe(payload);
    const [row] = await t.sql<{ scheme: string; payload: string }[]>(
      `SELECT scheme, payload FROM message WHERE id = $1`,
      [message.id],
    );
    expect(row).toEqual({ scheme: 'e2e-v1', payload });

    const since = (await asBo.gql(E2E_SINCE, { id: direct })).body.data.conversation.e2eSince;
    expect(new Date(since).getTime()).toBeLessThanOrEqual(new Date(message.createdAt).getTime() + 1000);

    // Over GraphQL too, and with an (encrypted) attachment, through the one-per-transaction path.
    const toAna = sealedFor(direct, bo.id);
    const overGraphql = await asBo.gql(SEND, {
      input: {
        conversationId: direct,
        clientId: toAna.clientId,
        scheme: 'e2e-v1',
        payload: JSON.stringify(envelope(boDevice.id, [anaDevice.id, boDevice.id], toAna)),
      },
    });
    expect(overGraphql.body.data.sendMessage.scheme).toBe('e2e-v1');
    const file = await uploadEncryptedFile(asAna);
    const withFileTo = sealedFor(direct, ana.id);
    const withFile = await asAna.gql(
      `mutation S($input: SendMessageInput!) { sendMessage(input: $input) { scheme attachments { id } } }`,
      {
        input: {
          conversationId: direct,
          clientId: withFileTo.clientId,
          scheme: 'e2e-v1',
          payload: JSON.stringify(envelope(anaDevice.id, [anaDevice.id, boDevice.id], withFileTo)),
          attachmentIds: [file.id],
        },
      },
    );
    expect(withFile.body.data.sendMessage).toEqual({ scheme: 'e2e-v1', attachments: [{ id: file.id }] });
  });

  it('refuses an envelope from another member’s device or a removed device with a clear code', async () => {
    const group = await createGroupConversation(asAna, [bo.id, cy.id], 'Operation Dovetail');
    const a = await socketOf(asAna);
    const recipients = [anaDevice.id, boDevice.id, cyDevice.id];
    const removed = await registerDevice(asAna, 'Old phone');
    await asAna.gql(`mutation X($id: ID!) { removeDevice(id: $id) }`, { id: removed.id });

    // Sent together, so they share one batch with a good one: each gets its own answer.
    const [good, borrowed, gone, unknown] = await Promise.all([
      sendSealed(a, sealedFor(group, ana.id), anaDevice.id, recipients),
      sendSealed(a, sealedFor(group, ana.id), boDevice.id, recipients),
      sendSealed(a, sealedFor(group, ana.id), removed.id, recipients),
      sendSealed(a, sealedFor(group, ana.id), randomUUID(), recipients),
    ]);
    expect(sent(good).scheme).toBe('e2e-v1');
    for (const ack of [borrowed, gone, unknown]) {
      expect(refusal(ack)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'unknownDevice' });
    }
    const borrowedTo = sealedFor(group, ana.id);
    const overGraphql = await asAna.gql(SEND, {
      input: {
        conversationId: group,
        clientId: borrowedTo.clientId,
        scheme: 'e2e-v1',
        payload: JSON.stringify(envelope(cyDevice.id, recipients, borrowedTo)),
      },
    });
    expect(overGraphql.body.errors[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'payload.sd', code: 'unknownDevice' }],
    });
    // An edit from a device that is not the sender's is refused alike.
    const edit = await emitAck(a, MESSAGING_EVENTS.edit, {
      messageId: sent(good).id,
      scheme: 'e2e-v1',
      payload: JSON.stringify(
        envelope(removed.id, recipients, sealedFor(group, ana.id, sent(good).clientId)),
      ),
    });
    expect(refusal(edit as Ack)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'unknownDevice' });
  });

  it('refuses plain sends and edits once a conversation is encrypted, but not before', async () => {
    const direct = await startDirect(asCy, ana.id);
    const c = await socketOf(asCy);
    const before = sent(await sendOverSocket(c, direct, 'Shall we switch to encrypted messages?'));
    expect((await asCy.gql(E2E_SINCE, { id: direct })).body.data.conversation.e2eSince).toBeNull();
    const first = sent(
      await sendSealed(c, sealedFor(direct, cy.id), cyDevice.id, [cyDevice.id, anaDevice.id]),
    );
    expect((await asCy.gql(E2E_SINCE, { id: direct })).body.data.conversation.e2eSince).not.toBeNull();

    expect(refusal(await sendOverSocket(c, direct, 'in clear'))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'encryptionRequired',
    });
    const plainOverGraphql = await asAna.gql(SEND, {
      input: { conversationId: direct, clientId: randomUUID(), payload: 'in clear' },
    });
    expect(plainOverGraphql.body.errors[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ code: 'encryptionRequired' }],
    });
    const plainEdit = await emitAck(c, MESSAGING_EVENTS.edit, {
      messageId: before.id,
      scheme: 'plain',
      payload: 'edited in clear',
    });
    expect(refusal(plainEdit as Ack)).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'encryptionRequired',
    });
    const plainEditOverGraphql = await asCy.gql(EDIT, { input: { messageId: first.id, payload: 'x' } });
    expect(plainEditOverGraphql.body.errors[0].extensions.fields[0].code).toBe('encryptionRequired');
    // An older plain message may be replaced by an encrypted one.
    const sealed = JSON.stringify(
      envelope(cyDevice.id, [cyDevice.id, anaDevice.id], sealedFor(direct, cy.id, before.clientId)),
    );
    const encryptedEdit = await asCy.gql(EDIT, {
      input: { messageId: before.id, scheme: 'e2e-v1', payload: sealed },
    });
    expect(encryptedEdit.body.data.editMessage).toMatchObject({ scheme: 'e2e-v1', payload: sealed });
    // A retry of a plain message stored before still answers that message.
    const [row] = await t.sql<{ client_id: string }[]>(`SELECT client_id FROM message WHERE id = $1`, [
      before.id,
    ]);
    expect(sent(await sendOverSocket(c, direct, 'x', { clientId: row!.client_id })).id).toBe(before.id);
  });

  it('refuses plain text queued behind the first encrypted message of the same batch', async () => {
    const group = await createGroupConversation(asBo, [ana.id, cy.id], 'Operation Larch');
    const b = await socketOf(asBo);
    const [encrypted, plain] = await Promise.all([
      sendSealed(b, sealedFor(group, bo.id), boDevice.id, [anaDevice.id, boDevice.id, cyDevice.id]),
      sendOverSocket(b, group, 'sent right after, in clear'),
    ]);
    expect(sent(encrypted).seq).toBeGreaterThan(0);
    expect(refusal(plain)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'encryptionRequired' });
    const [{ n }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM message WHERE conversation_id = $1 AND scheme = 'plain'`,
      [group],
    );
    expect(n).toBe(0);
  });

  it('answers malformed envelopes with BAD_USER_INPUT and keeps the socket usable', async () => {
    const direct = await startDirect(asBo, cy.id);
    const b = await socketOf(asBo);
    const clientId = randomUUID();
    const good = () =>
      envelope(
        boDevice.id,
        [boDevice.id, cyDevice.id],
        sealedFor(direct, bo.id, clientId),
      ) as unknown as Record<string, unknown>;
    const withKeys = (keys: unknown) => ({ ...good(), keys });
    const cases: [string, unknown][] = [
      ['not JSON', '{"v":1,'],
      ['a JSON array', '[]'],
      ['missing field', (({ sig: _sig, ...rest }) => rest)(good())],
      ['extra field', { ...good(), text: 'leaked plaintext' }],
      ['wrong version', { ...good(), v: 2 }],
      ['sd not a UUID', { ...good(), sd: 'laptop' }],
      ['missing ctx', (({ ctx: _ctx, ...rest }) => rest)(good())],
      ['ctx too long', { ...good(), ctx: b64(32) }],
      ['ctx not base64url', { ...good(), ctx: Buffer.alloc(16, 7).toString('base64') }],
      ['epk too short', { ...good(), epk: b64(31) }],
      ['nonce not base64url', { ...good(), n: `${b64(24).slice(0, -1)}+` }],
      ['padded signature', { ...good(), sig: Buffer.alloc(64, 1).toString('base64') }],
      ['empty ciphertext', { ...good(), ct: '' }],
      ['no keys', withKeys([])],
      ['key with extra field', withKeys([{ d: cyDevice.id, n: b64(24), k: b64(48), x: 1 }])],
      ['key of wrong length', withKeys([{ d: cyDevice.id, n: b64(24), k: b64(32) }])],
      [
        'one device twice',
        withKeys([
          { d: cyDevice.id, n: b64(24), k: b64(48) },
          { d: cyDevice.id, n: b64(24), k: b64(48) },
        ]),
      ],
    ];
    for (const [name, payload] of cases) {
      const ack = await e2e(b, direct, payload, clientId);
      expect([name, refusal(ack)]).toEqual([name, { code: ErrorCode.BAD_USER_INPUT, field: 'e2eMalformed' }]);
    }
    // More wrapped keys than allowed, though within the size limit: the key-count rule answers.
    const tooMany = Array.from({ length: E2E_LIMITS.recipientsMax + 1 }, () => ({
      d: randomUUID(),
      n: b64(24),
      k: b64(48),
    }));
    expect(JSON.stringify(withKeys(tooMany)).length).toBeLessThan(MESSAGING_LIMITS.payloadMaxBytes);
    expect(refusal(await e2e(b, direct, withKeys(tooMany), clientId))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'e2eMalformed',
    });
    // A payload over the size limit is refused before it is parsed.
    const huge = { ...good(), ct: b64(MESSAGING_LIMITS.payloadMaxBytes) };
    expect(JSON.stringify(huge).length).toBeGreaterThan(MESSAGING_LIMITS.payloadMaxBytes);
    const tooLarge = await e2e(b, direct, huge, clientId);
    expect(refusal(tooLarge)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'PAYLOAD_TOO_LARGE' });
    expect(tooLarge).toMatchObject({ message: 'The message is larger than 128 KB.' });
    // Unknown schemes are still refused; the socket is still up and sends.
    expect(refusal(await sendOverSocket(b, direct, 'x', { scheme: 'e2e-v2' }))).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'unknownScheme',
    });
    expect(b.connected).toBe(true);
    expect(sent(await e2e(b, direct, good(), clientId)).scheme).toBe('e2e-v1');
    const [{ n }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM message WHERE conversation_id = $1`,
      [direct],
    );
    expect(n).toBe(1);
  });

  it('refuses an envelope sealed for another conversation, clientId or sender with e2eContext', async () => {
    const group = await createGroupConversation(asAna, [bo.id, cy.id], 'Operation Juniper');
    const elsewhere = await createGroupConversation(asAna, [bo.id, cy.id], 'Operation Alder');
    const a = await socketOf(asAna);
    const recipients = [anaDevice.id, boDevice.id, cyDevice.id];
    const clientId = randomUUID();
    const sealed = (to: SealedFor) => JSON.stringify(envelope(anaDevice.id, recipients, to));
    const mismatches: [string, string][] = [
      ['another conversation', sealed(sealedFor(elsewhere, ana.id, clientId))],
      ['another clientId', sealed(sealedFor(group, ana.id))],
      ['another sender', sealed(sealedFor(group, bo.id, clientId))],
    ];
    for (const [name, payload] of mismatches) {
      const ack = await e2e(a, group, payload, clientId);
      expect([name, refusal(ack)]).toEqual([name, { code: ErrorCode.BAD_USER_INPUT, field: 'e2eContext' }]);
      expect(ack).toMatchObject({
        message: 'This encrypted message was sealed for another conversation or message.',
      });
      const overGraphql = await asAna.gql(SEND, {
        input: { conversationId: group, clientId, scheme: 'e2e-v1', payload },
      });
      expect([name, overGraphql.body.errors?.[0]?.extensions]).toMatchObject([
        name,
        { code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'payload.ctx', code: 'e2eContext' }] },
      ]);
    }
    // A genuine envelope of another member, copied as is, is refused for its context first.
    const bosMessage = sealedFor(group, bo.id);
    const copied = await e2e(a, group, envelope(boDevice.id, recipients, bosMessage), bosMessage.clientId);
    expect(refusal(copied)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'e2eContext' });
    const [{ n }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM message WHERE conversation_id IN ($1, $2) AND scheme = 'e2e-v1'`,
      [group, elsewhere],
    );
    expect(n).toBe(0);

    // The ids are compared as the api stores them (lower case), whatever case the send used.
    const right = sent(
      await e2e(a, group.toUpperCase(), sealed(sealedFor(group, ana.id, clientId)), clientId.toUpperCase()),
    );
    expect(right).toMatchObject({ conversationId: group, clientId });
  });

  it('refuses an edit whose envelope was sealed for another message with e2eContext', async () => {
    const direct = await startDirect(asBo, ana.id);
    const b = await socketOf(asBo);
    const recipients = [boDevice.id, anaDevice.id];
    const first = sent(await sendSealed(b, sealedFor(direct, bo.id), boDevice.id, recipients));
    const second = sent(await sendSealed(b, sealedFor(direct, bo.id), boDevice.id, recipients));
    const forSecond = JSON.stringify(
      envelope(boDevice.id, recipients, sealedFor(direct, bo.id, second.clientId)),
    );

    const overSocket = await emitAck(b, MESSAGING_EVENTS.edit, {
      messageId: first.id,
      scheme: 'e2e-v1',
      payload: forSecond,
    });
    expect(refusal(overSocket as Ack)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'e2eContext' });
    const overGraphql = await asBo.gql(EDIT, {
      input: { messageId: first.id, scheme: 'e2e-v1', payload: forSecond },
    });
    expect(overGraphql.body.errors[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'payload.ctx', code: 'e2eContext' }],
    });
    // Sealed for this message but in another conversation, or by another sender: refused alike.
    for (const to of [
      sealedFor(randomUUID(), bo.id, first.clientId),
      sealedFor(direct, ana.id, first.clientId),
    ]) {
      const edit = await asBo.gql(EDIT, {
        input: {
          messageId: first.id,
          scheme: 'e2e-v1',
          payload: JSON.stringify(envelope(boDevice.id, recipients, to)),
        },
      });
      expect(edit.body.errors[0].extensions.fields[0].code).toBe('e2eContext');
    }
    const [row] = await t.sql<{ payload: string; edited_at: Date | null }[]>(
      `SELECT payload, edited_at FROM message WHERE id = $1`,
      [first.id],
    );
    expect(row).toEqual({ payload: first.payload, edited_at: null });

    // Sealed for the edited message itself: accepted.
    const forFirst = JSON.stringify(
      envelope(boDevice.id, recipients, sealedFor(direct, bo.id, first.clientId)),
    );
    const edited = await asBo.gql(EDIT, {
      input: { messageId: first.id, scheme: 'e2e-v1', payload: forFirst },
    });
    expect(edited.body.data.editMessage).toMatchObject({ id: first.id, scheme: 'e2e-v1', payload: forFirst });
  });
  it('attaches encrypted uploads to encrypted messages only, and plain uploads to plain messages only', async () => {
    const group = await createGroupConversation(asAna, [bo.id, cy.id], 'Operation Sandpiper');
    const a = await socketOf(asAna);
    const recipients = [anaDevice.id, boDevice.id, cyDevice.id];
    const ciphertext = randomBytes(3000);
    const sealed = await uploadEncryptedFile(asAna, ciphertext);
    const photo = await uploadFile(asAna, await png(), 'scene.png');
    const plainWithPhoto = await asAna.gql(SEND_WITH_FILES, {
      input: {
        conversationId: group,
        clientId: randomUUID(),
        payload: 'The scene',
        attachmentIds: [photo.id],
      },
    });
    expect(plainWithPhoto.body.data.sendMessage.attachments).toEqual([
      { id: photo.id, name: 'scene.png', contentType: 'image/png', hasPreview: true, encrypted: false },
    ]);
    const before = await messageCount(t, group);
    const anotherPhoto = await uploadFile(asAna, await png(), 'map.png');

    // An encrypted file on a plain message: over GraphQL and over the socket.
    const plainWithSealed = await asAna.gql(SEND_WITH_FILES, {
      input: {
        conversationId: group,
        clientId: randomUUID(),
        payload: 'see file',
        attachmentIds: [sealed.id],
      },
    });
    expect(plainWithSealed.body.errors[0]).toMatchObject({
      message: 'An encrypted file can only be attached to an encrypted message.',
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'attachmentIds', code: 'attachmentScheme', params: { ids: [sealed.id] } }],
      },
    });
    const overSocket = await emitAck(a, MESSAGING_EVENTS.send, {
      conversationId: group,
      clientId: randomUUID(),
      scheme: 'plain',
      payload: 'see file',
      attachmentIds: [sealed.id],
    });
    expect(refusal(overSocket as Ack)).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'attachmentScheme' });

    // A plain file on an encrypted message, alone or beside an encrypted one.
    for (const attachmentIds of [[anotherPhoto.id], [sealed.id, anotherPhoto.id]]) {
      const to = sealedFor(group, ana.id);
      const refused = await asAna.gql(SEND_WITH_FILES, {
        input: {
          conversationId: group,
          clientId: to.clientId,
          scheme: 'e2e-v1',
          payload: JSON.stringify(envelope(anaDevice.id, recipients, to)),
          attachmentIds,
        },
      });
      expect(refused.body.errors[0]).toMatchObject({
        message: 'An encrypted message can only carry files encrypted on your device.',
        extensions: { fields: [{ code: 'attachmentScheme', params: { ids: [anotherPhoto.id] } }] },
      });
    }
    // Someone else's encrypted upload is unavailable, as before: nothing says what it is.
    const bos = await uploadEncryptedFile(asBo);
    const notMine = await asAna.gql(SEND_WITH_FILES, {
      input: { conversationId: group, clientId: randomUUID(), payload: 'x', attachmentIds: [bos.id] },
    });
    expect(notMine.body.errors[0].extensions.fields[0].code).toBe('ATTACHMENT_UNAVAILABLE');

    // Nothing was stored, nothing attached; the conversation is not even encrypted yet.
    expect(await messageCount(t, group)).toBe(before);
    const owners = await t.sql<{ owner_id: string | null }[]>(
      `SELECT owner_id FROM stored_file WHERE id = ANY($1::uuid[])`,
      [[sealed.id, anotherPhoto.id]],
    );
    expect(owners).toEqual([{ owner_id: null }, { owner_id: null }]);
    expect((await asAna.gql(E2E_SINCE, { id: group })).body.data.conversation.e2eSince).toBeNull();

    // The encrypted file with an encrypted message: stored and relayed, opaque.
    const to = sealedFor(group, ana.id);
    const accepted = await asAna.gql(SEND_WITH_FILES, {
      input: {
        conversationId: group,
        clientId: to.clientId,
        scheme: 'e2e-v1',
        payload: JSON.stringify(envelope(anaDevice.id, recipients, to)),
        attachmentIds: [sealed.id],
      },
    });
    expect(accepted.body.data.sendMessage.attachments).toEqual([
      {
        id: sealed.id,
        name: 'encrypted.bin',
        contentType: 'application/octet-stream',
        hasPreview: false,
        encrypted: true,
      },
    ]);

    // Members download the ciphertext byte for byte, never rendered; anyone else gets a 404.
    const download = await asBo.agent.get(`/api/files/${sealed.id}`).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect((download.body as Buffer).equals(ciphertext)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="encrypted.bin"; filename*=UTF-8''encrypted.bin`,
      'x-content-type-options': 'nosniff',
    });
    expect((await asBo.agent.get(`/api/files/${sealed.id}/preview`)).status).toBe(404);
    const outsider = await signIn(t, await createMember(t));
    for (const path of [`/api/files/${sealed.id}`, `/api/files/${randomUUID()}`]) {
      const answer = await outsider.agent.get(path);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ code: 'NOT_FOUND', message: 'No such file.' });
    }

    // A plain message with plain files cannot be edited into an encrypted one.
    const plainMessage = plainWithPhoto.body.data.sendMessage as { id: string };
    const [{ client_id: clientId }] = await t.sql<{ client_id: string }[]>(
      `SELECT client_id FROM message WHERE id = $1`,
      [plainMessage.id],
    );
    const edit = await asAna.gql(EDIT, {
      input: {
        messageId: plainMessage.id,
        scheme: 'e2e-v1',
        payload: JSON.stringify(envelope(anaDevice.id, recipients, sealedFor(group, ana.id, clientId))),
      },
    });
    expect(edit.body.errors[0].extensions.fields[0]).toMatchObject({
      field: 'attachmentIds',
      code: 'attachmentScheme',
      params: { ids: [photo.id] },
    });
    const [row] = await t.sql<{ scheme: string; payload: string }[]>(
      `SELECT scheme, payload FROM message WHERE id = $1`,
      [plainMessage.id],
    );
    expect(row).toEqual({ scheme: 'plain', payload: 'The scene' });
  });
});
