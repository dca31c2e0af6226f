import { AccountStatus, SessionState } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import type { Principal } from '../access/principal.js';
import { jpegWithExif, officeOpenXml, pdf, png, windowsExecutable } from '../../test/fixtures/files.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { startS3Server, type TestS3Server } from '../../test/s3-server.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { FilesService } from './files.service.js';
import { binary } from '../../test/binary.js';

const LIMIT = 1024 * 1024;
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The caller as the access guard would establish it, for calling the service directly. */
function principalOf(member: TestMember): Principal {
  return {
    userId: member.id,
    email: member.email,
    role: member.role,
    status: AccountStatus.ACTIVE,
    sessionId: 'test',
    sessionState: SessionState.ACTIVE,
  };
}

async function upload(
  client: TestAgent,
  data: Buffer,
  filename: string,
  contentType = 'application/octet-stream',
  path = '/api/files',
) {
  return client.agent.post(path).set('x-csrf', '1').attach('file', data, { filename, contentType });
}

/** An upload to the end-to-end encrypted route: the browser's ciphertext. */
const uploadEncrypted = (client: TestAgent, data: Buffer, filename = 'blob') =>
  upload(client, data, filename, 'application/octet-stream', '/api/files/encrypted');

describe('files', () => {
  let t: TestApp;
  let files: FilesService;
  const blobsDir = () => join(t.config.DATA_DIR, 'files', 'attachments');
  const blobs = async () => (await readdir(blobsDir()).catch(() => [] as string[])).sort();
  const rows = async () =>
    (await t.sql<Array<{ n: number }>>('SELECT count(*)::int AS n FROM stored_file'))[0]!.n;

  /** Test owners: which member may see which case note. */
  const caseNoteReaders = new Map<string, Set<string>>();

  beforeAll(async () => {
    t = await createTestApp({ env: { FILE_MAX_BYTES: String(LIMIT), FILE_UPLOADS_PER_MINUTE: '6' } });
    files = t.app.get(FilesService);
    files.registerOwner('test_case_note', async (principal, ownerIds) => {
      return new Set(ownerIds.filter((id) => caseNoteReaders.get(id)?.has(principal.userId)));
    });
  });
  afterAll(() => t.close());

  it('uploads a file and downloads it unchanged, as an attachment that is never rendered', async () => {
    const member = await createMember(t);
    const client = await signIn(t, member);
    const data = pdf('chain of custody');
    const res = await upload(client, data, 'custody report.pdf', 'text/html');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'custody report.pdf',
      contentType: 'application/pdf',
      size: data.length,
      sha256: sha256(data),
      hasPreview: false,
    });

    const download = await client.agent.get(`/api/files/${res.body.id}`).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect((download.body as Buffer).equals(data)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(data.length),
      'content-disposition': `attachment; filename="custody report.pdf"; filename*=UTF-8''custody%20report.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    expect(await client.agent.get(`/api/files/${res.body.id}/preview`)).toMatchObject({ status: 404 });
  });

  it('keeps a file name in any script, and shows markup in a name as plain text, safely encoded', async () => {
    const client = await signIn(t, await createMember(t));
    const xss = await upload(client, pdf(), '<img src=x onerror=alert(1)>.pdf');
    expect(xss.status).toBe(201);
    expect(xss.body.name).toBe('<img src=x onerror=alert(1)>.pdf');
    expect(xss.headers['content-type']).toMatch(/^application\/json/);
    const download = await client.agent.get(`/api/files/${xss.body.id}`);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_img src=x onerror=alert(1)_.pdf"; filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.pdf`,
    );

    const cyrillic = await upload(client, pdf(), 'Приговор по делу 12.pdf');
    expect(cyrillic.body.name).toBe('Приговор по делу 12.pdf');
    const named = await client.agent.get(`/api/files/${cyrillic.body.id}`);
    expect(named.headers['content-disposition']).toBe(
      `attachment; filename="________ __ ____ 12.pdf"; filename*=UTF-8''${encodeURIComponent('Приговор по делу 12.pdf')}`,
    );
  });

  it('makes a small WebP preview of an image without its EXIF, and keeps the original byte for byte', async () => {
    const client = await signIn(t, await createMember(t));
    const photo = await jpegWithExif(1600, 1200);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const res = await upload(client, photo, 'seizure.jpg', 'image/jpeg');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contentType: 'image/jpeg', hasPreview: true, sha256: sha256(photo) });

    const preview = await client.agent.get(`/api/files/${res.body.id}/preview`).buffer(true).parse(binary);
    expect(preview.status).toBe(200);
    expect(preview.headers).toMatchObject({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    expect(preview.headers['content-disposition']).toMatch(/^inline; /);
    const meta = await sharp(preview.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 480, height: 360 });
    expect(meta.exif).toBeUndefined();
    expect((preview.body as Buffer).includes(Buffer.from('Secret Location'))).toBe(false);

    const original = await client.agent.get(`/api/files/${res.body.id}`).buffer(true).parse(binary);
    expect(sha256(original.body as Buffer)).toBe(sha256(photo));

    const small = await upload(client, await png(64, 48), 'icon.png');
    const smallPreview = await client.agent
      .get(`/api/files/${small.body.id}/preview`)
      .buffer(true)
      .parse(binary);
    expect(await sharp(smallPreview.body as Buffer).metadata()).toMatchObject({ width: 64, height: 48 });
  });

  it('refuses an oversized upload with FILE_TOO_LARGE and keeps nothing of it', async () => {
    const client = await signIn(t, await createMember(t));
    const [rowsBefore, blobsBefore] = [await rows(), await blobs()];
    const res = await upload(client, Buffer.alloc(LIMIT + 200_000, 'a'), 'big.txt', 'text/plain');
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      code: 'FILE_TOO_LARGE',
      message: 'The file is larger than 1 MB.',
      limit: LIMIT,
    });
    expect(await rows()).toBe(rowsBefore);
    expect(await blobs()).toEqual(blobsBefore);

    const exactly = await upload(client, Buffer.alloc(LIMIT, 'a'), 'max.txt', 'text/plain');
    expect(exactly.status).toBe(201);
    expect(exactly.body.size).toBe(LIMIT);
  });

  it.each([
    [
      'HTML named .pdf',
      Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>'),
      'report.pdf',
    ],
    ['JavaScript named .pdf', Buffer.from('fetch("/graphql",{method:"POST"})'), 'report.pdf'],
    ['a Windows executable named .docx', windowsExecutable(), 'statement.docx'],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'map.svg'],
    ['a macro-enabled Word file named .docx', officeOpenXml('docm'), 'letter.docx'],
  ])('refuses %s with FILE_TYPE_NOT_ALLOWED and keeps nothing', async (_label, data, name) => {
    const client = await signIn(t, await createMember(t));
    const [rowsBefore, blobsBefore] = [await rows(), await blobs()];
    const res = await upload(client, data, name, 'application/pdf');
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    expect(await rows()).toBe(rowsBefore);
    expect(await blobs()).toEqual(blobsBefore);
  });

  it('refuses an upload without the X-CSRF header, without a file, or from someone signed out', async () => {
    const client = await signIn(t, await createMember(t));
    const rowsBefore = await rows();
    const noCsrf = await client.agent.post('/api/files').attach('file', pdf(), 'a.pdf');
    expect(noCsrf.status).toBe(400);
    expect(noCsrf.body.code).toBe('BAD_REQUEST');
    const noFile = await client.agent.post('/api/files').set('x-csrf', '1').send({});
    expect(noFile.status).toBe(400);
    expect(noFile.body.code).toBe('FILE_MISSING');
    const empty = await upload(client, Buffer.alloc(0), 'empty.txt');
    expect(empty.body.code).toBe('FILE_MISSING');

    const anonymous = await t.http().post('/api/files').set('x-csrf', '1').attach('file', pdf(), 'a.pdf');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect(await rows()).toBe(rowsBefore);

    const mine = await upload(client, pdf(), 'a.pdf');
    expect((await t.http().get(`/api/files/${mine.body.id}`)).status).toBe(401);
  });

  it('refuses members who are not active', async () => {
    const suspended = await createMember(t, { status: AccountStatus.SUSPENDED });
    const client = await signIn(t, suspended);
    const res = await upload(client, pdf(), 'a.pdf');
    expect(res.status).toBe(403);
  });

  it('shows an unattached upload to its uploader only: to anyone else it is exactly like a missing file', async () => {
    const owner = await signIn(t, await createMember(t));
    const other = await signIn(t, await createMember(t));
    const res = await upload(owner, pdf(), 'draft.pdf');

    const denied = await other.agent.get(`/api/files/${res.body.id}`);
    const missing = await other.agent.get(`/api/files/${randomUUID()}`);
    const malformed = await other.agent.get('/api/files/not-a-uuid');
    const deniedPreview = await other.agent.get(`/api/files/${res.body.id}/preview`);
    for (const answer of [denied, missing, malformed, deniedPreview]) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ code: 'NOT_FOUND', message: 'No such file.' });
    }
    expect(denied.headers['content-length']).toBe(missing.headers['content-length']);
  });

  it('lets the owning domain decide who sees an attached file; an unknown owner type shows it to nobody', async () => {
    const uploader = await createMember(t);
    const reader = await createMember(t);
    const outsider = await createMember(t);
    const [uploaderClient, readerClient, outsiderClient] = await Promise.all(
      [uploader, reader, outsider].map((m) => signIn(t, m)),
    );
    const a = await upload(uploaderClient, pdf('note a'), 'a.pdf');
    const b = await upload(uploaderClient, await png(), 'b.png');

    const note = randomUUID();
    caseNoteReaders.set(note, new Set([reader.id, uploader.id]));
    const attached = await files.attach(principalOf(uploader), [a.body.id, b.body.id], {
      type: 'test_case_note',
      id: note,
    });
    expect(attached.map((x) => x.id)).toEqual([a.body.id, b.body.id]);
    expect(attached[1]).toMatchObject({
      name: 'b.png',
      hasPreview: true,
      downloadUrl: `/api/files/${b.body.id}`,
      previewUrl: `/api/files/${b.body.id}/preview`,
    });

    expect((await readerClient.agent.get(`/api/files/${a.body.id}`)).status).toBe(200);
    expect((await readerClient.agent.get(`/api/files/${b.body.id}/preview`)).status).toBe(200);
    expect((await uploaderClient.agent.get(`/api/files/${a.body.id}`)).status).toBe(200);
    expect((await outsiderClient.agent.get(`/api/files/${a.body.id}`)).status).toBe(404);

    caseNoteReaders.set(note, new Set([reader.id]));
    expect((await uploaderClient.agent.get(`/api/files/${a.body.id}`)).status).toBe(404);

    const byOwner = await files.attachmentsFor('test_case_note', [note, randomUUID(), 'junk']);
    expect(byOwner.get(note)?.map((x) => x.name)).toEqual(['a.pdf', 'b.png']);
    expect([...byOwner.values()].slice(1)).toEqual([[], []]);

    const orphan = await upload(uploaderClient, pdf(), 'orphan.pdf');
    await files.attach(principalOf(uploader), [orphan.body.id], {
      type: 'nobody_registered',
      id: randomUUID(),
    });
    expect((await uploaderClient.agent.get(`/api/files/${orphan.body.id}`)).status).toBe(404);
  });

  it('attaches only the caller’s own unattached uploads, all or none', async () => {
    const uploader = await createMember(t);
    const thief = await createMember(t);
    const client = await signIn(t, uploader);
    const mine = await upload(client, pdf(), 'mine.pdf');
    const second = await upload(client, pdf(), 'second.pdf');

    const unavailable = expect.objectContaining({
      code: 'BAD_USER_INPUT',
      extensions: expect.objectContaining({
        fields: [expect.objectContaining({ field: 'attachments', code: 'ATTACHMENT_UNAVAILABLE' })],
      }),
    });
    const owner = { type: 'test_case_note', id: randomUUID() };
    await expect(files.attach(principalOf(thief), [mine.body.id], owner)).rejects.toMatchObject({
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    });
    // One unavailable id: nothing is attached, not even the caller's own file.
    await expect(
      files.attach(principalOf(uploader), [mine.body.id, randomUUID()], owner),
    ).rejects.toBeDefined();
    expect(
      (
        await t.sql<Array<{ owner_id: string | null }>>('SELECT owner_id FROM stored_file WHERE id = $1', [
          mine.body.id,
        ])
      )[0]?.owner_id,
    ).toBeNull();

    // Inside the caller's transaction: rolled back with it.
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    await expect(
      dataSource.transaction(async (manager) => {
        await files.attach(principalOf(uploader), [second.body.id], owner, manager);
        throw new Error('the post could not be saved');
      }),
    ).rejects.toThrow('the post could not be saved');
    expect(
      (
        await t.sql<Array<{ owner_id: string | null }>>('SELECT owner_id FROM stored_file WHERE id = $1', [
          second.body.id,
        ])
      )[0]?.owner_id,
    ).toBeNull();

    await files.attach(principalOf(uploader), [mine.body.id], owner);
    const again = await files
      .attach(principalOf(uploader), [mine.body.id], { type: 'test_case_note', id: randomUUID() })
      .catch((e: unknown) => e);
    expect(again).toEqual(unavailable);
    expect(await files.attach(principalOf(uploader), [], owner)).toEqual([]);
  });

  it('deletes uploads left unattached for a day, blobs included, and keeps attached ones', async () => {
    const uploader = await createMember(t);
    const client = await signIn(t, uploader);
    const stale = await upload(client, await png(), 'stale.png');
    const kept = await upload(client, pdf(), 'kept.pdf');
    const fresh = await upload(client, pdf(), 'fresh.pdf');
    await files.attach(principalOf(uploader), [kept.body.id], { type: 'test_case_note', id: randomUUID() });
    await t.sql(`UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`, [
      [stale.body.id, kept.body.id],
    ]);
    const keys = await t.sql<Array<{ storage_key: string; preview_key: string }>>(
      'SELECT storage_key, preview_key FROM stored_file WHERE id = $1',
      [stale.body.id],
    );
    expect(await blobs()).toEqual(
      expect.arrayContaining([keys[0]!.storage_key.split('/')[1], keys[0]!.preview_key.split('/')[1]]),
    );

    expect(await files.purgeUnattached()).toBe(1);
    const left = await t.sql<Array<{ id: string }>>('SELECT id FROM stored_file WHERE id = ANY($1)', [
      [stale.body.id, kept.body.id, fresh.body.id],
    ]);
    expect(left.map((r) => r.id).sort()).toEqual([kept.body.id, fresh.body.id].sort());
    const remaining = await blobs();
    expect(remaining).not.toContain(keys[0]!.storage_key.split('/')[1]);
    expect(remaining).not.toContain(keys[0]!.preview_key.split('/')[1]);
  });

  it('deletes what it stored when the database refuses the row', async () => {
    const blobsBefore = await blobs();
    const ghost: Principal = { ...principalOf(await createMember(t)), userId: randomUUID() };
    await expect(files.upload(ghost, { name: 'x.png', data: await png() })).rejects.toThrow();
    expect(await blobs()).toEqual(blobsBefore);
  });

  it('stores end-to-end encrypted uploads as opaque bytes: any content, no preview, a neutral name', async () => {
    const member = await createMember(t);
    const client = await signIn(t, member);
    // Ciphertext looks like random bytes: no kind the plain route accepts.
    const ciphertext = randomBytes(5000);
    expect((await upload(client, ciphertext, 'holiday.jpg', 'image/jpeg')).status).toBe(415);
    const res = await uploadEncrypted(client, ciphertext, 'holiday.jpg');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'encrypted.bin',
      contentType: 'application/octet-stream',
      size: ciphertext.length,
      sha256: sha256(ciphertext),
      hasPreview: false,
    });
    const download = await client.agent.get(`/api/files/${res.body.id}`).buffer(true).parse(binary);
    expect((download.body as Buffer).equals(ciphertext)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="encrypted.bin"; filename*=UTF-8''encrypted.bin`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    // Whatever the bytes are, this route never renders them: an image gets no preview.
    const image = await uploadEncrypted(client, await png(), 'photo.png');
    expect(image.body).toMatchObject({ contentType: 'application/octet-stream', hasPreview: false });
    expect((await client.agent.get(`/api/files/${image.body.id}/preview`)).status).toBe(404);

    // Attached only where encrypted files are asked for; a plain upload never goes there.
    const note = { type: 'test_case_note', id: randomUUID() };
    const plain = await upload(client, pdf(), 'plain.pdf');
    await expect(files.attach(principalOf(member), [res.body.id], note)).rejects.toMatchObject({
      extensions: { fields: [{ code: 'ATTACHMENT_UNAVAILABLE', params: { ids: [res.body.id] } }] },
    });
    await expect(
      files.attach(principalOf(member), [plain.body.id], note, undefined, { encrypted: true }),
    ).rejects.toMatchObject({ extensions: { fields: [{ code: 'ATTACHMENT_UNAVAILABLE' }] } });
    const attached = await files.attach(principalOf(member), [res.body.id], note, undefined, {
      encrypted: true,
    });
    expect(attached).toMatchObject([{ id: res.body.id, encrypted: true, previewUrl: null }]);
  });

  it('refuses encrypted uploads as the plain route does: too large, empty, without X-CSRF, signed out', async () => {
    const client = await signIn(t, await createMember(t));
    const [rowsBefore, blobsBefore] = [await rows(), await blobs()];
    const big = await uploadEncrypted(client, randomBytes(LIMIT + 1));
    expect(big.status).toBe(413);
    expect(big.body).toEqual({
      code: 'FILE_TOO_LARGE',
      message: 'The file is larger than 1 MB.',
      limit: LIMIT,
    });
    const empty = await uploadEncrypted(client, Buffer.alloc(0));
    expect([empty.status, empty.body.code]).toEqual([400, 'FILE_MISSING']);
    const noFile = await client.agent.post('/api/files/encrypted').set('x-csrf', '1').send({});
    expect([noFile.status, noFile.body.code]).toEqual([400, 'FILE_MISSING']);
    const noCsrf = await client.agent.post('/api/files/encrypted').attach('file', randomBytes(64), 'a');
    expect([noCsrf.status, noCsrf.body.code]).toEqual([400, 'BAD_REQUEST']);
    const anonymous = await t
      .http()
      .post('/api/files/encrypted')
      .set('x-csrf', '1')
      .attach('file', randomBytes(64), 'a');
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(await rows()).toBe(rowsBefore);
    expect(await blobs()).toEqual(blobsBefore);
  });

  it('limits uploads per member per minute', async () => {
    const client = await signIn(t, await createMember(t));
    for (let i = 0; i < 6; i++) expect((await upload(client, pdf(), `n${i}.pdf`)).status).toBe(201);
    const limited = await upload(client, pdf(), 'one-too-many.pdf');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    // Encrypted uploads count against the same rate.
    expect((await uploadEncrypted(client, randomBytes(64))).status).toBe(429);
    const someoneElse = await signIn(t, await createMember(t));
    expect((await upload(someoneElse, pdf(), 'ok.pdf')).status).toBe(201);
  });
});

describe('files on S3-compatible storage', () => {
  let s3: TestS3Server;
  let t: TestApp;
  beforeAll(async () => {
    s3 = await startS3Server();
    t = await createTestApp({ env: s3.env });
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  it('stores uploads and previews in the bucket and serves them back', async () => {
    const client = await signIn(t, await createMember(t));
    const photo = await jpegWithExif(800, 600);
    const res = await upload(client, photo, 'scene.jpg');
    expect(res.status).toBe(201);
    expect(res.body.hasPreview).toBe(true);
    const download = await client.agent.get(`/api/files/${res.body.id}`).buffer(true).parse(binary);
    expect(sha256(download.body as Buffer)).toBe(sha256(photo));
    const preview = await client.agent.get(`/api/files/${res.body.id}/preview`).buffer(true).parse(binary);
    expect((await sharp(preview.body as Buffer).metadata()).format).toBe('webp');
    // Nothing on the local disk.
    expect(await readdir(join(t.config.DATA_DIR, 'files')).catch(() => [])).toEqual([]);
  });
});
