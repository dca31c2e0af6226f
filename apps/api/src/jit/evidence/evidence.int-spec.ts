import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { JitRole, JitStatus } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { pdf, png, windowsExecutable } from '../../../test/fixtures/files.js';
import { cookieOf, listen } from '../../../test/factories/discussion.factory.js';
import {
  addEvidence,
  CREATE_EVIDENCE,
  CUSTODY_FIELDS,
  createWorkspace,
  custodyRows,
  EVIDENCE_FIELDS,
  evidenceFilesUrl,
  uploadEvidenceFile,
} from '../../../test/factories/jit-evidence.factory.js';
import { binary } from '../../../test/binary.js';
import { parseCsv } from '../../../test/fixtures/csv.js';
import { createMember, signIn, type TestMember } from '../../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../../test/test-app.js';
import { loadDemoEvidence } from './evidence.demo.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const MIB = 1024 * 1024;
/** This file's app: attachments up to 1 MiB, evidence files (streamed) up to 8 MiB. */
const FILE_MAX_BYTES = MIB;
const JIT_EVIDENCE_MAX_BYTES = 8 * MIB;

/** A PDF of `size` bytes: a real PDF followed by a comment of random bytes. */
function largePdf(size: number): Buffer {
  const head = Buffer.concat([pdf('Port camera footage, stills'), Buffer.from('%')]);
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

const ITEM = `query I($id: ID!) { jitEvidenceItem(id: $id) { ${EVIDENCE_FIELDS} custody { ${CUSTODY_FIELDS} } } }`;
const REGISTER = `query R($w: ID!) { jitEvidence(workspaceId: $w) { id number title integrity sealed } }`;
const LOG = `query L($w: ID!) { jitCustodyLog(workspaceId: $w) { ${CUSTODY_FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: JitEvidenceUpdateInput!) { updateJitEvidence(id: $id, input: $input) { ${EVIDENCE_FIELDS} } }`;
const TRANSFER = `mutation T($id: ID!, $to: ID!) { transferJitEvidence(id: $id, toMemberId: $to) { id custodian { id } } }`;
const SEAL = `mutation S($id: ID!) { sealJitEvidence(id: $id) { id sealed sealedAt sealedBy { id } } }`;
const VERIFY = `mutation V($id: ID!) { verifyJitEvidence(id: $id) { id integrity lastVerifiedAt } }`;
const DELETE = `mutation D($id: ID!, $reason: String!) { deleteJitEvidence(id: $id, reason: $reason) }`;

/** A GraphQL answer (supertest leaves its body untyped). */
type Gql = Response;
const data = (res: Gql) => {
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
};
const errorOf = (res: Gql): { code?: string; message?: string } => ({
  code: res.body.errors?.[0]?.extensions.code,
  message: res.body.errors?.[0]?.message,
});

describe('JIT evidence and chain of custody', () => {
  let t: TestApp;
  let leader: TestMember;
  let member: TestMember;
  let observer: TestMember;
  let leaderAgent: TestAgent;
  let memberAgent: TestAgent;
  let observerAgent: TestAgent;

  /** The session reference custody events carry for a member's (only) open session. */
  async function sessionRefOf(m: TestMember): Promise<string> {
    const [row] = await t.sql<{ id: string }[]>(
      `SELECT id FROM user_session WHERE user_id = $1 AND ended_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [m.id],
    );
    return sha256(row!.id).slice(0, 12);
  }

  async function workspace(status: JitStatus = JitStatus.ACTIVE): Promise<string> {
    return createWorkspace(
      t,
      [
        { userId: leader.id, role: JitRole.LEADER },
        { userId: member.id, role: JitRole.MEMBER, country: 'GH' },
        { userId: observer.id, role: JitRole.OBSERVER },
      ],
      { status },
    );
  }

  beforeAll(async () => {
    t = await createTestApp({
      env: { FILE_MAX_BYTES: String(FILE_MAX_BYTES), JIT_EVIDENCE_MAX_BYTES: String(JIT_EVIDENCE_MAX_BYTES) },
    });
    [leader, member, observer] = await Promise.all([
      createMember(t, { totp: true, fullName: 'Awa Leader' }),
      createMember(t, { totp: true, fullName: 'Kwame Member' }),
      createMember(t, { totp: true, fullName: 'Olga Observer' }),
    ]);
    [leaderAgent, memberAgent, observerAgent] = await Promise.all([
      signIn(t, leader),
      signIn(t, member),
      signIn(t, observer),
    ]);
  });
  afterAll(() => t.close());

  it('adds an item from an upload: numbered per workspace, attached, custodian = creator, UPLOADED with hash and size', async () => {
    const w = await workspace();
    const other = await workspace();
    const file = pdf('Ballistics comparison');
    const first = await addEvidence(leaderAgent, w, { data: file, title: 'Ballistics comparison report' });
    const second = await addEvidence(memberAgent, w, {
      title: 'Seizure record',
      type: 'SEIZED_FIREARM_RECORD',
    });
    const elsewhere = await addEvidence(leaderAgent, other);
    expect([first.number, second.number, elsewhere.number]).toEqual([1, 2, 1]);

    const item = data(await leaderAgent.gql(ITEM, { id: first.id })).jitEvidenceItem;
    expect(item).toMatchObject({
      workspaceId: w,
      number: 1,
      title: 'Ballistics comparison report',
      type: 'FORENSIC_REPORT',
      originCountry: 'SN',
      classification: 'JIT RESTRICTED',
      sealed: false,
      integrity: 'UNVERIFIED',
      file: {
        name: 'report.pdf',
        contentType: 'application/pdf',
        size: file.length,
        sha256: sha256(file),
        downloadUrl: `/api/jit/evidence/${first.id}/file`,
      },
      custodian: { id: leader.id },
      createdBy: { id: leader.id },
      sealedBy: null,
    });
    const [owner] = await t.sql<{ owner_type: string; owner_id: string }[]>(
      `SELECT owner_type, owner_id FROM stored_file WHERE id = $1`,
      [first.fileId],
    );
    expect(owner).toEqual({ owner_type: 'jit_evidence', owner_id: first.id });

    const rows = await custodyRows(t, w, first.id);
    expect(rows[0]).toMatchObject({
      action: 'UPLOADED',
      actor_id: leader.id,
      session_ref: await sessionRefOf(leader),
      details: { sha256: sha256(file), size: file.length },
    });
    expect(rows[0]!.ip).toMatch(/127\.0\.0\.1/);
    const [audit] = await t.sql<{ details: Record<string, unknown> }[]>(
      `SELECT details FROM audit_event WHERE action = 'jit.evidence.added' AND target_id = $1`,
      [first.id],
    );
    expect(audit!.details).toEqual({ workspaceId: w });
    const activity = await t.sql<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM jit_activity WHERE workspace_id = $1 ORDER BY id`,
      [w],
    );
    expect(activity).toEqual([
      { action: 'evidence.added', summary: 'Ballistics comparison report' },
      { action: 'evidence.added', summary: 'Seizure record' },
    ]);

    // An upload attaches once: adding the same file again is refused and adds nothing.
    const again = await leaderAgent.gql(
      `mutation C($input: JitEvidenceInput!) { createJitEvidence(input: $input) { id } }`,
      {
        input: {
          workspaceId: w,
          fileId: first.fileId,
          title: 'Copy',
          type: 'OTHER',
          originCountry: 'SN',
          classification: 'X',
        },
      },
    );
    expect(errorOf(again).code).toBe('BAD_USER_INPUT');
    expect(data(await leaderAgent.gql(REGISTER, { w })).jitEvidence).toHaveLength(2);
  });

  it('refuses bad input field by field', async () => {
    const w = await workspace();
    const res = await leaderAgent.gql(
      `mutation C($input: JitEvidenceInput!) { createJitEvidence(input: $input) { id } }`,
      {
        input: {
          workspaceId: w,
          fileId: 'nope',
          title: '  ',
          type: 'DOCUMENT',
          originCountry: 'XX',
          classification: '',
        },
      },
    );
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    const fields = (res.body.errors![0]!.extensions.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['classification', 'fileId', 'originCountry', 'title']);
  });

  it('records a custody event for every access path, each with actor, session and time', async () => {
    const w = await workspace();
    const file = await png(40, 30);
    const { id } = await addEvidence(leaderAgent, w, { data: file, fileName: 'serial.png', type: 'IMAGE' });

    // Details view: VIEWED (and the answer already shows it).
    const viewed = data(await observerAgent.gql(ITEM, { id })).jitEvidenceItem;
    expect(viewed.custody.map((e: { action: string }) => e.action)).toEqual(['UPLOADED', 'VIEWED']);
    expect(viewed.custody[1]).toMatchObject({
      actor: { id: observer.id },
      sessionRef: await sessionRefOf(observer),
      evidenceId: id,
      evidenceNumber: 1,
    });

    // Download: DOWNLOADED + audit, bytes unchanged, safe headers.
    const download = await observerAgent.agent.get(`/api/jit/evidence/${id}/file`).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect((download.body as Buffer).equals(file)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': String(file.length),
      'content-disposition': `attachment; filename="serial.png"; filename*=UTF-8''serial.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    const [downloadAudit] = await t.sql<{ actor_id: string; details: object }[]>(
      `SELECT actor_id, details FROM audit_event WHERE action = 'jit.evidence.downloaded' AND target_id = $1`,
      [id],
    );
    expect(downloadAudit).toEqual({ actor_id: observer.id, details: { workspaceId: w } });

    // Metadata change: the changed fields with before and after; an unchanged field is not listed.
    const collectedAt = '2026-11-02T08:30:00.000Z';
    const updated = data(
      await memberAgent.gql(UPDATE, {
        id,
        input: {
          title: 'Serial number area, restored',
          collectedAt,
          description: 'Fry’s reagent',
          type: 'IMAGE',
        },
      }),
    ).updateJitEvidence;
    expect(updated).toMatchObject({
      title: 'Serial number area, restored',
      collectedAt,
      description: 'Fry’s reagent',
    });

    // Transfer: to the member; refused to an observer or a non-member.
    const outsider = await createMember(t, { totp: true });
    for (const to of [observer.id, outsider.id, 'junk']) {
      const refused = await leaderAgent.gql(TRANSFER, { id, to });
      expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
      expect(refused.body.errors![0]!.extensions.fields).toEqual([
        expect.objectContaining({ field: 'toMemberId', code: 'custodianUnavailable' }),
      ]);
    }
    expect(data(await leaderAgent.gql(TRANSFER, { id, to: member.id })).transferJitEvidence).toEqual({
      id,
      custodian: { id: member.id },
    });
    expect(errorOf(await leaderAgent.gql(TRANSFER, { id, to: member.id })).code).toBe('BAD_USER_INPUT');

    // Verify: VERIFIED, integrity OK (an observer may verify).
    const verified = data(await observerAgent.gql(VERIFY, { id })).verifyJitEvidence;
    expect(verified.integrity).toBe('OK');
    expect(verified.lastVerifiedAt).toEqual(expect.any(String));

    // Seal: SEALED.
    const sealed = data(await memberAgent.gql(SEAL, { id })).sealJitEvidence;
    expect(sealed).toMatchObject({ sealed: true, sealedBy: { id: member.id } });

    // Exports: one EXPORTED per item for each CSV, one workspace-level for the printed log.
    expect((await leaderAgent.agent.get(`/api/jit/workspaces/${w}/evidence.csv`)).status).toBe(200);
    expect((await leaderAgent.agent.get(`/api/jit/workspaces/${w}/custody.csv`)).status).toBe(200);
    const log = data(await observerAgent.gql(LOG, { w })).jitCustodyLog;
    expect(log.length).toBeGreaterThan(5);

    const rows = await custodyRows(t, w);
    expect(rows.map((r) => [r.action, r.actor_id, r.evidence_id])).toEqual([
      ['UPLOADED', leader.id, id],
      ['VIEWED', observer.id, id],
      ['DOWNLOADED', observer.id, id],
      ['METADATA_CHANGED', member.id, id],
      ['TRANSFERRED', leader.id, id],
      ['VERIFIED', observer.id, id],
      ['SEALED', member.id, id],
      ['EXPORTED', leader.id, id],
      ['EXPORTED', leader.id, id],
      ['EXPORTED', observer.id, null],
    ]);
    const refs = {
      [leader.id]: await sessionRefOf(leader),
      [member.id]: await sessionRefOf(member),
      [observer.id]: await sessionRefOf(observer),
    };
    for (const row of rows) {
      expect(row.session_ref).toBe(refs[row.actor_id!]);
      expect(row.ip).toMatch(/127\.0\.0\.1/);
    }
    expect(rows[3]!.details).toEqual({
      fields: ['title', 'description', 'collectedAt'],
      before: { title: 'Ballistics comparison report', description: null, collectedAt: null },
      after: { title: 'Serial number area, restored', description: 'Fry’s reagent', collectedAt },
    });
    expect(rows[4]!.details).toEqual({ from: leader.id, to: member.id });
    expect(rows[5]!.details).toEqual({ sha256: sha256(file), expected: sha256(file) });
    expect(rows[7]!.details).toEqual({ format: 'csv', export: 'register' });
    expect(rows[8]!.details).toEqual({ format: 'csv', export: 'custody' });
    expect(rows[9]!.details).toEqual({ format: 'print' });

    // The GraphQL log shows the same chain with the item's number and title and the people.
    expect(log.slice(0, 9).map((e: { action: string }) => e.action)).toEqual(
      rows.slice(0, 9).map((r) => r.action),
    );
    expect(log[3]).toMatchObject({
      fields: ['title', 'description', 'collectedAt'],
      evidenceNumber: 1,
      evidenceTitle: 'Serial number area, restored',
    });
    expect(log[4]).toMatchObject({ fromMember: { id: leader.id }, toMember: { id: member.id } });
    expect(log[0]).toMatchObject({ sha256: sha256(file) });

    const audits = await t.sql<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE target_id = $1 OR target_id = $2 ORDER BY id`,
      [id, w],
    );
    expect(audits.map((a) => a.action)).toEqual([
      'jit.evidence.added',
      'jit.evidence.downloaded',
      'jit.evidence.transferred',
      'jit.evidence.sealed',
      'jit.evidence.exported',
      'jit.evidence.exported',
      'jit.evidence.exported',
    ]);
    const activity = await t.sql<{ action: string; subject_type: string }[]>(
      `SELECT action, subject_type FROM jit_activity WHERE workspace_id = $1 ORDER BY id`,
      [w],
    );
    expect(activity.map((a) => a.action)).toEqual([
      'evidence.added',
      'evidence.updated',
      'evidence.transferred',
      'evidence.verified',
      'evidence.sealed',
      'evidence.exported',
      'evidence.exported',
    ]);
  });

  it('a sealed item refuses change, transfer and deletion; it is still viewed, downloaded and verified', async () => {
    const w = await workspace();
    const { id } = await addEvidence(leaderAgent, w);
    data(await leaderAgent.gql(SEAL, { id }));
    const refusals = [
      await leaderAgent.gql(UPDATE, { id, input: { title: 'Changed' } }),
      await leaderAgent.gql(TRANSFER, { id, to: member.id }),
      await leaderAgent.gql(DELETE, { id, reason: 'duplicate' }),
      await memberAgent.gql(SEAL, { id }),
    ];
    for (const res of refusals) {
      expect(errorOf(res)).toEqual({
        code: 'CONFLICT',
        message: 'This item is sealed and cannot be changed.',
      });
    }
    expect(data(await memberAgent.gql(ITEM, { id })).jitEvidenceItem.title).toBe(
      'Ballistics comparison report',
    );
    expect((await memberAgent.agent.get(`/api/jit/evidence/${id}/file`)).status).toBe(200);
    expect(data(await memberAgent.gql(VERIFY, { id })).verifyJitEvidence.integrity).toBe('OK');
    const actions = (await custodyRows(t, w, id)).map((r) => r.action);
    expect(actions).toEqual(['UPLOADED', 'SEALED', 'VIEWED', 'DOWNLOADED', 'VERIFIED']);
  });

  it('detects a stored file changed on disk: MISMATCH, VERIFY_FAILED with the hash found, audit and activity', async () => {
    const w = await workspace();
    const original = pdf('Ballistics comparison — original');
    const { id, fileId } = await addEvidence(leaderAgent, w, { data: original });
    const [{ storage_key }] = (await t.sql<{ storage_key: string }[]>(
      `SELECT storage_key FROM stored_file WHERE id = $1`,
      [fileId],
    )) as [{ storage_key: string }];
    const path = join(t.config.DATA_DIR, 'files', storage_key);
    expect((await readFile(path)).equals(original)).toBe(true);
    const tampered = Buffer.from(original.toString('latin1').replace('original', 'ORIGINAL'), 'latin1');
    await writeFile(path, tampered);

    const res = data(await observerAgent.gql(VERIFY, { id })).verifyJitEvidence;
    expect(res.integrity).toBe('MISMATCH');
    expect(data(await leaderAgent.gql(REGISTER, { w })).jitEvidence[0].integrity).toBe('MISMATCH');
    const last = (await custodyRows(t, w, id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'VERIFY_FAILED',
      actor_id: observer.id,
      details: { sha256: sha256(tampered), expected: sha256(original) },
    });
    const [audit] = await t.sql<{ actor_id: string; details: object }[]>(
      `SELECT actor_id, details FROM audit_event WHERE action = 'jit.evidence.verify_failed' AND target_id = $1`,
      [id],
    );
    expect(audit).toEqual({ actor_id: observer.id, details: { workspaceId: w } });
    const [activity] = await t.sql<{ summary: string }[]>(
      `SELECT summary FROM jit_activity WHERE workspace_id = $1 AND action = 'evidence.verify_failed'`,
      [w],
    );
    expect(activity!.summary).toBe('Ballistics comparison report');

    // Put back: OK again (never repaired automatically, but re-verified).
    await writeFile(path, original);
    expect(data(await leaderAgent.gql(VERIFY, { id })).verifyJitEvidence.integrity).toBe('OK');

    // A blob gone from storage is a mismatch too, and the download answers 404.
    await rm(path);
    expect(data(await leaderAgent.gql(VERIFY, { id })).verifyJitEvidence.integrity).toBe('MISMATCH');
    expect((await custodyRows(t, w, id)).at(-1)).toMatchObject({
      action: 'VERIFY_FAILED',
      details: { sha256: null, expected: sha256(original), missing: true },
    });
    expect((await leaderAgent.agent.get(`/api/jit/evidence/${id}/file`)).status).toBe(404);
  });

  it('deletes an unsealed item softly with a reason: it leaves the register, its custody log stays', async () => {
    const w = await workspace();
    const kept = await addEvidence(leaderAgent, w, { title: 'Kept' });
    const { id } = await addEvidence(leaderAgent, w, { title: 'Uploaded twice by mistake' });
    expect(errorOf(await memberAgent.gql(DELETE, { id, reason: '   ' })).code).toBe('BAD_USER_INPUT');
    expect(data(await memberAgent.gql(DELETE, { id, reason: 'Duplicate of item 1' })).deleteJitEvidence).toBe(
      true,
    );

    expect(data(await leaderAgent.gql(REGISTER, { w })).jitEvidence.map((e: { id: string }) => e.id)).toEqual(
      [kept.id],
    );
    expect(errorOf(await leaderAgent.gql(ITEM, { id }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No such evidence.',
    });
    expect((await leaderAgent.agent.get(`/api/jit/evidence/${id}/file`)).status).toBe(404);
    expect(errorOf(await leaderAgent.gql(DELETE, { id, reason: 'again' })).code).toBe('NOT_FOUND');
    const deleted = (await custodyRows(t, w, id)).at(-1)!;
    expect(deleted).toMatchObject({
      action: 'DELETED',
      actor_id: member.id,
      details: { reason: 'Duplicate of item 1' },
    });

    const csv = await leaderAgent.agent
      .get(`/api/jit/workspaces/${w}/custody.csv`)
      .buffer(true)
      .parse(binary);
    const rows = parseCsv((csv.body as Buffer).toString('utf8').slice(1));
    expect(rows.filter((r) => r[3] === 'Uploaded twice by mistake').map((r) => r[4])).toEqual([
      'UPLOADED',
      'DELETED',
    ]);
    const [row] = await t.sql<{ deleted_at: Date | null; deleted_by: string }[]>(
      `SELECT deleted_at, deleted_by FROM jit_evidence WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ deleted_at: expect.any(Date), deleted_by: member.id });
  });

  it('a CLOSED workspace refuses every write and still lets members read, download and verify', async () => {
    const w = await workspace();
    const { id } = await addEvidence(leaderAgent, w);
    await t.sql(`UPDATE jit_workspace SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [w]);
    const closed = { code: 'CONFLICT', message: 'This workspace is closed and read-only.' };
    const upload = await addEvidence(leaderAgent, w).catch((e: Error) => JSON.parse(e.message));
    expect({ code: upload[0].extensions.code, message: upload[0].message }).toEqual(closed);
    for (const res of [
      await leaderAgent.gql(UPDATE, { id, input: { title: 'x' } }),
      await leaderAgent.gql(TRANSFER, { id, to: member.id }),
      await leaderAgent.gql(SEAL, { id }),
      await leaderAgent.gql(DELETE, { id, reason: 'closing' }),
    ]) {
      expect(errorOf(res)).toEqual(closed);
    }
    expect(data(await observerAgent.gql(ITEM, { id })).jitEvidenceItem.id).toBe(id);
    expect((await observerAgent.agent.get(`/api/jit/evidence/${id}/file`)).status).toBe(200);
    expect(data(await observerAgent.gql(VERIFY, { id })).verifyJitEvidence.integrity).toBe('OK');
    expect((await observerAgent.agent.get(`/api/jit/workspaces/${w}/evidence.csv`)).status).toBe(200);
  });

  it('the custody table refuses UPDATE and DELETE in the database itself', async () => {
    const w = await workspace();
    const { id } = await addEvidence(leaderAgent, w);
    await expect(
      t.sql(`UPDATE jit_custody_event SET actor_id = NULL WHERE evidence_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM jit_custody_event WHERE evidence_id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    // Deleting the evidence row would cascade to its log: refused too.
    await expect(t.sql(`DELETE FROM jit_evidence WHERE id = $1`, [id])).rejects.toThrow();
    expect(await custodyRows(t, w, id)).toHaveLength(1);
  });

  it('exports the register and the custody log as RFC 4180 CSV with a BOM, with formula cells neutralised', async () => {
    const w = await workspace();
    const tricky = 'Report, "draft"\nsecond line — Приговор';
    const a = await addEvidence(leaderAgent, w, { title: tricky, collectedBy: '@SUM(A1:A9)' });
    const b = await addEvidence(memberAgent, w, {
      title: '=HYPERLINK("http://evil.example","click")',
      description: '+cmd|/c calc',
      legalBasis: '-2+3',
      classification: '@risk',
    });

    const res = await leaderAgent.agent
      .get(`/api/jit/workspaces/${w}/evidence.csv`)
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="evidence-register-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString('utf8').slice(1));
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['Number', 'Title', 'Description', 'Type']);
    expect(rows).toHaveLength(3);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(rows[1]!, 'Number')).toBe('1');
    expect(col(rows[1]!, 'Title')).toBe(tricky);
    expect(col(rows[1]!, 'Collected by')).toBe("'@SUM(A1:A9)");
    expect(col(rows[1]!, 'SHA-256')).toBe(a.sha256);
    expect(col(rows[1]!, 'Custodian')).toBe('Awa Leader');
    expect(col(rows[1]!, 'Size (bytes)')).toMatch(/^\d+$/);
    expect(col(rows[2]!, 'Title')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(col(rows[2]!, 'Description')).toBe(`'+cmd|/c calc`);
    expect(col(rows[2]!, 'Legal basis')).toBe(`'-2+3`);
    expect(col(rows[2]!, 'Classification')).toBe(`'@risk`);
    expect(col(rows[2]!, 'Custodian')).toBe('Kwame Member');
    // No cell a spreadsheet would evaluate.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const custody = await observerAgent.agent
      .get(`/api/jit/workspaces/${w}/custody.csv`)
      .buffer(true)
      .parse(binary);
    expect(custody.status).toBe(200);
    const log = parseCsv((custody.body as Buffer).toString('utf8').slice(1));
    expect(log[0]).toEqual([
      'Event',
      'At (UTC)',
      'Item number',
      'Item title',
      'Action',
      'Actor',
      'Session',
      'Fields',
      'From',
      'To',
      'SHA-256',
      'Format',
      'Reason',
    ]);
    expect(log.slice(1).map((r) => [r[2], r[4], r[5]])).toEqual([
      ['1', 'UPLOADED', 'Awa Leader'],
      ['2', 'UPLOADED', 'Kwame Member'],
      ['1', 'EXPORTED', 'Awa Leader'],
      ['2', 'EXPORTED', 'Awa Leader'],
    ]);
    expect(log[1]![3]).toBe(tricky);
    expect(log[2]![3]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(log[1]![10]).toBe(a.sha256);
    expect(log[1]![1]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The custody export itself is recorded after it was taken: two more EXPORTED, by the observer.
    const exported = (await custodyRows(t, w)).filter((r) => r.action === 'EXPORTED');
    expect(exported.map((r) => [r.evidence_id, r.actor_id])).toEqual([
      [a.id, leader.id],
      [b.id, leader.id],
      [a.id, observer.id],
      [b.id, observer.id],
    ]);

    // An empty register: a header only, and one workspace-level EXPORTED.
    const empty = await workspace();
    const none = await leaderAgent.agent
      .get(`/api/jit/workspaces/${empty}/evidence.csv`)
      .buffer(true)
      .parse(binary);
    expect(parseCsv((none.body as Buffer).toString('utf8').slice(1))).toHaveLength(1);
    expect((await custodyRows(t, empty)).map((r) => [r.action, r.evidence_id])).toEqual([['EXPORTED', null]]);
  });

  it('loads the custody of a whole register with the same number of queries for 2 items as for 6', async () => {
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    const w = await workspace();
    const query = `query R($w: ID!) { jitEvidence(workspaceId: $w) { id file { name } custodian { fullName }
      createdBy { fullName } custody { action actor { fullName } } } }`;
    const count = async () => {
      await leaderAgent.gql('{ viewer { id } }');
      let n = 0;
      const logger = dataSource.logger;
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (...args) => {
        n++;
        return original(...args);
      };
      try {
        const res = await leaderAgent.gql(query, { w });
        expect(res.body.errors).toBeUndefined();
        return { n, items: res.body.data.jitEvidence.length };
      } finally {
        logger.logQuery = original;
      }
    };
    for (let i = 0; i < 2; i++) await addEvidence(i % 2 ? memberAgent : leaderAgent, w);
    const few = await count();
    for (let i = 0; i < 4; i++) await addEvidence(i % 2 ? memberAgent : leaderAgent, w);
    const many = await count();
    expect([few.items, many.items]).toEqual([2, 6]);
    expect(many.n).toBe(few.n);
  });

  it('loads demo evidence through the storage driver with a consistent chain of custody', async () => {
    const w = await workspace();
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    const added = await dataSource.transaction((m) =>
      loadDemoEvidence(m, t.app, [
        { workspaceId: w, writerIds: [leader.id, member.id], readerId: observer.id, countries: ['SN', 'GH'] },
      ]),
    );
    expect(added).toBe(3);
    const register = data(await leaderAgent.gql(REGISTER, { w })).jitEvidence;
    expect(register.map((e: { number: number; sealed: boolean }) => [e.number, e.sealed])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    for (const item of register) {
      expect(data(await observerAgent.gql(VERIFY, { id: item.id })).verifyJitEvidence.integrity).toBe('OK');
      const full = data(await observerAgent.gql(ITEM, { id: item.id })).jitEvidenceItem;
      expect(full.custody[0]).toMatchObject({ action: 'UPLOADED', sha256: full.file.sha256 });
    }
    const second = data(await leaderAgent.gql(ITEM, { id: register[1].id })).jitEvidenceItem;
    expect(second).toMatchObject({ custodian: { id: member.id }, file: { contentType: 'image/png' } });
    expect(second.custody.map((e: { action: string }) => e.action)).toContain('TRANSFERRED');
    // The next item added by hand continues the numbering.
    expect((await addEvidence(leaderAgent, w)).number).toBe(4);
  });

  it('never serves an evidence file through the generic /api/files route, not even to its uploader', async () => {
    const w = await workspace();
    const { id, fileId } = await addEvidence(leaderAgent, w);
    for (const agent of [leaderAgent, memberAgent]) {
      const res = await agent.agent.get(`/api/files/${fileId}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: 'No such file.' });
      expect((await agent.agent.get(`/api/files/${fileId}/preview`)).status).toBe(404);
    }
    expect((await leaderAgent.agent.get(`/api/jit/evidence/${id}/file`)).status).toBe(200);
    expect((await custodyRows(t, w, id)).map((r) => r.action)).toEqual(['UPLOADED', 'DOWNLOADED']);
  });

  // ------------------------------------------------------------ streamed evidence files

  /** Files left in DATA_DIR/tmp (streamed uploads on their way, S3 spools). */
  async function tempFiles(): Promise<string[]> {
    const entries = await readdir(join(t.config.DATA_DIR, 'tmp'), {
      recursive: true,
      withFileTypes: true,
    }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => e.name);
  }
  const blobs = () => readdir(join(t.config.DATA_DIR, 'files', 'attachments')).catch(() => [] as string[]);
  const storedFiles = async () =>
    (await t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM stored_file`))[0]!.n;

  it('streams an evidence file larger than FILE_MAX_BYTES through upload, register, download and verify', async () => {
    const w = await workspace();
    const file = largePdf(5 * MIB + 123);
    // The generic attachment route refuses it (1 MiB here)…
    const generic = await leaderAgent.agent
      .post('/api/files')
      .set('x-csrf', '1')
      .attach('file', file, { filename: 'footage.pdf', contentType: 'application/pdf' });
    expect(generic.status).toBe(413);

    // …the evidence route streams it.
    const res = await uploadEvidenceFile(memberAgent, w, file, 'footage.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'footage.pdf',
      contentType: 'application/pdf',
      size: file.length,
      sha256: sha256(file),
      hasPreview: false,
    });
    const [row] = await t.sql<{ uploaded_by: string; owner_id: string | null; size: string }[]>(
      `SELECT uploaded_by, owner_id, size FROM stored_file WHERE id = $1`,
      [res.body.id],
    );
    expect(row).toEqual({ uploaded_by: member.id, owner_id: null, size: String(file.length) });
    expect(await tempFiles()).toEqual([]);

    const created = data(
      await memberAgent.gql(CREATE_EVIDENCE, {
        input: {
          workspaceId: w,
          fileId: res.body.id,
          title: 'Port camera stills',
          type: 'AUDIO_VIDEO',
          originCountry: 'GH',
          classification: 'JIT RESTRICTED',
        },
      }),
    ).createJitEvidence;
    expect(created.file).toMatchObject({
      size: file.length,
      sha256: sha256(file),
      contentType: 'application/pdf',
    });

    const download = await observerAgent.agent
      .get(`/api/jit/evidence/${created.id}/file`)
      .buffer(true)
      .parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-length']).toBe(String(file.length));
    expect(sha256(download.body as Buffer)).toBe(sha256(file));
    expect(data(await observerAgent.gql(VERIFY, { id: created.id })).verifyJitEvidence.integrity).toBe('OK');
    expect((await custodyRows(t, w, created.id)).map((r) => [r.action, r.details])).toEqual([
      ['UPLOADED', { sha256: sha256(file), size: file.length }],
      ['DOWNLOADED', {}],
      ['VERIFIED', { sha256: sha256(file), expected: sha256(file) }],
    ]);

    // An image within FILE_MAX_BYTES still gets a preview; plain text is checked whole.
    const image = await uploadEvidenceFile(leaderAgent, w, await png(40, 30), 'plate.png');
    expect(image.body).toMatchObject({ contentType: 'image/png', hasPreview: true });
    const text = Buffer.from('Serial FA-23-0042, café, 枪支\n'.repeat(80_000));
    expect(text.length).toBeGreaterThan(FILE_MAX_BYTES);
    expect((await uploadEvidenceFile(leaderAgent, w, text, 'log.txt')).body).toMatchObject({
      contentType: 'text/plain; charset=utf-8',
      size: text.length,
      sha256: sha256(text),
    });
    expect(await tempFiles()).toEqual([]);
  });

  it('refuses an evidence file over JIT_EVIDENCE_MAX_BYTES or of a refused type, keeping nothing', async () => {
    const w = await workspace();
    const [rowsBefore, blobsBefore] = [await storedFiles(), await blobs()];

    const tooLarge = await uploadEvidenceFile(
      leaderAgent,
      w,
      largePdf(JIT_EVIDENCE_MAX_BYTES + 1),
      'big.pdf',
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toEqual({
      code: 'FILE_TOO_LARGE',
      message: 'The file is larger than 8 MB.',
      limit: JIT_EVIDENCE_MAX_BYTES,
    });
    // Exactly the limit passes.
    const atLimit = await uploadEvidenceFile(leaderAgent, w, largePdf(JIT_EVIDENCE_MAX_BYTES), 'edge.pdf');
    expect(atLimit.status).toBe(201);
    await t.sql(`DELETE FROM stored_file WHERE id = $1`, [atLimit.body.id]);
    await rm(
      join(
        t.config.DATA_DIR,
        'files',
        'attachments',
        (await blobs()).find((b) => !blobsBefore.includes(b))!,
      ),
    );

    const executable = await uploadEvidenceFile(leaderAgent, w, windowsExecutable(), 'statement.pdf');
    expect(executable.status).toBe(415);
    expect(executable.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const empty = await uploadEvidenceFile(leaderAgent, w, Buffer.alloc(0), 'empty.pdf');
    expect([empty.status, empty.body.code]).toEqual([400, 'FILE_MISSING']);
    const noPart = await leaderAgent.agent.post(evidenceFilesUrl(w)).set('x-csrf', '1').field('title', 'x');
    expect(noPart.status).toBe(400);

    expect(await storedFiles()).toBe(rowsBefore);
    expect(await blobs()).toEqual(blobsBefore);
    expect(await tempFiles()).toEqual([]);
  });

  it('refuses a caller who may not add evidence before reading the body: non-member, observer, closed, no second factor, no X-CSRF', async () => {
    const w = await workspace();
    const closed = await workspace(JitStatus.CLOSED);
    const outsider = await createMember(t, { totp: true });
    const noTotp = await createMember(t);
    const withoutTotp = await createWorkspace(t, [
      { userId: leader.id, role: JitRole.LEADER },
      { userId: noTotp.id, role: JitRole.MEMBER },
    ]);
    const base = await listen(t);
    const [outsiderAgent, noTotpAgent] = [await signIn(t, outsider), await signIn(t, noTotp)];
    const rowsBefore = await storedFiles();

    /**
     * Sends the headers of a 64 MiB upload and its first bytes only, then waits: the answer comes
     * while the body is still outstanding, so it was decided without reading it.
     */
    const refusal = (
      agent: TestAgent,
      workspaceId: string,
      headers: Record<string, string> = { 'x-csrf': '1' },
    ) =>
      new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
        const boundary = `b${randomBytes(8).toString('hex')}`;
        const req = httpRequest(`${base}${evidenceFilesUrl(workspaceId)}`, {
          method: 'POST',
          headers: {
            ...headers,
            cookie: cookieOf(agent),
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(64 * MIB),
          },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
          });
        });
        req.on('error', reject);
        req.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="footage.pdf"\r\n` +
            `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
        );
      });

    const missing = { code: 'NOT_FOUND', message: 'No such workspace.' };
    for (const probe of [w, randomUUID(), 'not-a-uuid']) {
      expect(await refusal(outsiderAgent, probe)).toEqual({ status: 404, body: missing });
    }
    expect(await refusal(observerAgent, w)).toEqual({
      status: 403,
      body: { code: 'FORBIDDEN', message: 'Observers can read but not change the workspace.' },
    });
    expect(await refusal(leaderAgent, closed)).toEqual({
      status: 409,
      body: { code: 'CONFLICT', message: 'This workspace is closed and read-only.' },
    });
    for (const probe of [withoutTotp, randomUUID()]) {
      expect(await refusal(noTotpAgent, probe)).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN', reason: 'JIT_MFA_REQUIRED' },
      });
    }
    expect(await refusal(leaderAgent, w, {})).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });

    expect(await storedFiles()).toBe(rowsBefore);
    expect(await tempFiles()).toEqual([]);
  });

  it('answers unknown evidence ids with NOT_FOUND', async () => {
    expect(errorOf(await leaderAgent.gql(ITEM, { id: randomUUID() }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No such evidence.',
    });
  });
});
