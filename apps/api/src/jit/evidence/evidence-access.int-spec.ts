import { randomUUID } from 'node:crypto';
import { JitRole, Role } from '@cop/contracts';
import {
  addEvidence,
  createWorkspace,
  custodyRows,
  uploadEvidenceFile,
} from '../../../test/factories/jit-evidence.factory.js';
import { createMember, signIn, type TestMember } from '../../../test/factories/member.factory.js';
import { pdf } from '../../../test/fixtures/files.js';
import { uploadFile } from '../../../test/factories/discussion.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../../test/test-app.js';

/**
 * Who may do what with evidence. Need-to-know: only current members of the workspace see an item
 * — moderators, admins, former members and members of another workspace get exactly what a
 * missing or malformed id gets, through GraphQL and through the upload, download and export URLs. Every
 * JIT endpoint first requires a second factor on the account (even for ids that do not exist).
 */

interface Gql {
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}
const errorOf = (res: Gql) => {
  const e = res.body.errors?.[0];
  return e ? { code: e.extensions.code, message: e.message, reason: e.extensions.reason } : null;
};

/** Every evidence operation, by what it needs: a workspace id or an item id. */
const WORKSPACE_OPS = {
  register: `query Q($id: ID!) { jitEvidence(workspaceId: $id) { id } }`,
  custodyLog: `query Q($id: ID!) { jitCustodyLog(workspaceId: $id) { id } }`,
  create: `mutation M($id: ID!, $fileId: ID!) { createJitEvidence(input: { workspaceId: $id, fileId: $fileId,
    title: "T", type: DOCUMENT, originCountry: "SN", classification: "JIT RESTRICTED" }) { id } }`,
};
const ITEM_READ_OPS = {
  item: `query Q($id: ID!) { jitEvidenceItem(id: $id) { id } }`,
  verify: `mutation M($id: ID!) { verifyJitEvidence(id: $id) { id } }`,
};
const ITEM_WRITE_OPS = {
  update: `mutation M($id: ID!) { updateJitEvidence(id: $id, input: { title: "Changed" }) { id } }`,
  transfer: `mutation M($id: ID!, $to: ID!) { transferJitEvidence(id: $id, toMemberId: $to) { id } }`,
  seal: `mutation M($id: ID!) { sealJitEvidence(id: $id) { id } }`,
  delete: `mutation M($id: ID!) { deleteJitEvidence(id: $id, reason: "duplicate") }`,
};
const ITEM_OPS = { ...ITEM_READ_OPS, ...ITEM_WRITE_OPS };
const urls = (kind: 'item' | 'workspace', id: string) =>
  kind === 'item'
    ? [`/api/jit/evidence/${id}/file`]
    : [`/api/jit/workspaces/${id}/evidence.csv`, `/api/jit/workspaces/${id}/custody.csv`];

describe('JIT evidence permissions', () => {
  let t: TestApp;
  let leader: TestMember;
  let member: TestMember;
  let observer: TestMember;
  let workspaceId: string;
  let otherWorkspaceId: string;
  const agents: Record<string, TestAgent> = {};

  beforeAll(async () => {
    t = await createTestApp();
    leader = await createMember(t, { totp: true, fullName: 'Lea Leader' });
    member = await createMember(t, { totp: true, fullName: 'Max Member' });
    observer = await createMember(t, { totp: true, fullName: 'Oda Observer' });
    const former = await createMember(t, { totp: true, fullName: 'Fay Former' });
    const otherTeam = await createMember(t, { totp: true, fullName: 'Ola Other-team' });
    const moderator = await createMember(t, { role: Role.MODERATOR });
    const admin = await createMember(t, { role: Role.ADMIN });
    // A member of the workspace whose account has no second factor.
    const noTotp = await createMember(t, { fullName: 'Nia No-TOTP' });
    workspaceId = await createWorkspace(t, [
      { userId: leader.id, role: JitRole.LEADER },
      { userId: member.id, role: JitRole.MEMBER, country: 'GH' },
      { userId: observer.id, role: JitRole.OBSERVER },
      { userId: former.id, role: JitRole.MEMBER },
      { userId: noTotp.id, role: JitRole.MEMBER },
    ]);
    otherWorkspaceId = await createWorkspace(t, [{ userId: otherTeam.id, role: JitRole.LEADER }]);
    const people = { leader, member, observer, former, otherTeam, moderator, admin, noTotp };
    for (const [name, person] of Object.entries(people)) agents[name] = await signIn(t, person);
    // Former: was a member (and added evidence), then removed.
    await addEvidence(agents.former!, workspaceId, { title: 'Added before leaving' });
    await t.sql(`DELETE FROM jit_member WHERE workspace_id = $1 AND user_id = $2`, [workspaceId, former.id]);
  });
  afterAll(() => t.close());

  /** A fresh item of the workspace (each write test changes its own). */
  const item = () => addEvidence(agents.leader!, workspaceId).then((e) => e.id);

  async function freshUpload(agent: TestAgent): Promise<string> {
    return (await uploadFile(agent, pdf('exhibit'), 'exhibit.pdf')).id;
  }

  it('lets leaders and members read and write, observers read, download and verify only', async () => {
    for (const name of ['leader', 'member']) {
      const agent = agents[name]!;
      const id = await item();
      expect(errorOf(await agent.gql(ITEM_OPS.item, { id }))).toBeNull();
      expect(errorOf(await agent.gql(ITEM_OPS.verify, { id }))).toBeNull();
      expect(errorOf(await agent.gql(ITEM_OPS.update, { id }))).toBeNull();
      // Items are added by the leader (their custodian): a member may take custody too.
      expect(errorOf(await agent.gql(ITEM_OPS.transfer, { id, to: member.id }))).toBeNull();
      expect(errorOf(await agent.gql(ITEM_OPS.seal, { id }))).toBeNull();
      expect(errorOf(await agent.gql(ITEM_OPS.delete, { id: await item() }))).toBeNull();
      expect(
        errorOf(await agent.gql(WORKSPACE_OPS.create, { id: workspaceId, fileId: await freshUpload(agent) })),
      ).toBeNull();
      for (const url of [...urls('item', id), ...urls('workspace', workspaceId)]) {
        expect((await agent.agent.get(url)).status).toBe(200);
      }
      // The streamed evidence upload route.
      const streamed = await uploadEvidenceFile(agent, workspaceId, pdf('exhibit'), 'exhibit.pdf');
      expect(streamed.status).toBe(201);
      expect(
        errorOf(await agent.gql(WORKSPACE_OPS.create, { id: workspaceId, fileId: streamed.body.id })),
      ).toBeNull();
    }

    const observerAgent = agents.observer!;
    const id = await item();
    for (const query of Object.values(WORKSPACE_OPS).slice(0, 2)) {
      expect(errorOf(await observerAgent.gql(query, { id: workspaceId }))).toBeNull();
    }
    expect(errorOf(await observerAgent.gql(ITEM_OPS.item, { id }))).toBeNull();
    expect(errorOf(await observerAgent.gql(ITEM_OPS.verify, { id }))).toBeNull();
    for (const url of [...urls('item', id), ...urls('workspace', workspaceId)]) {
      expect((await observerAgent.agent.get(url)).status).toBe(200);
    }
    const forbidden = { code: 'FORBIDDEN', message: 'Observers can read but not change the workspace.' };
    for (const query of Object.values(ITEM_WRITE_OPS)) {
      expect(errorOf(await observerAgent.gql(query, { id, to: member.id }))).toMatchObject(forbidden);
    }
    const fileId = await freshUpload(observerAgent);
    expect(errorOf(await observerAgent.gql(WORKSPACE_OPS.create, { id: workspaceId, fileId }))).toMatchObject(
      forbidden,
    );
    const streamed = await uploadEvidenceFile(observerAgent, workspaceId, pdf('exhibit'), 'exhibit.pdf');
    expect(streamed.status).toBe(403);
    expect(streamed.body).toEqual(forbidden);
    // Nothing changed; the observer's file stays unattached (theirs only).
    const [row] = await t.sql<{ title: string; sealed_at: Date | null; deleted_at: Date | null }[]>(
      `SELECT title, sealed_at, deleted_at FROM jit_evidence WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ title: 'Ballistics comparison report', sealed_at: null, deleted_at: null });
    const [file] = await t.sql<{ owner_id: string | null }[]>(
      `SELECT owner_id FROM stored_file WHERE id = $1`,
      [fileId],
    );
    expect(file!.owner_id).toBeNull();
  });

  it.each(['former', 'otherTeam', 'moderator', 'admin'])(
    'answers %s exactly like a missing or malformed id, in GraphQL and over HTTP, and records nothing',
    async (name) => {
      const agent = agents[name]!;
      const id = await item();
      const before = (await custodyRows(t, workspaceId)).length;
      const auditBefore = await t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event`);

      const evidenceMissing = { code: 'NOT_FOUND', message: 'No such evidence.', reason: undefined };
      const workspaceMissing = { code: 'NOT_FOUND', message: 'No such workspace.', reason: undefined };
      for (const probe of [id, randomUUID(), 'not-a-uuid', "1' OR '1'='1"]) {
        for (const query of Object.values(ITEM_OPS)) {
          expect(errorOf(await agent.gql(query, { id: probe, to: leader.id }))).toEqual(evidenceMissing);
        }
      }
      const fileId = await freshUpload(agent);
      for (const probe of [workspaceId, randomUUID(), 'not-a-uuid']) {
        for (const query of Object.values(WORKSPACE_OPS)) {
          expect(errorOf(await agent.gql(query, { id: probe, fileId }))).toEqual(workspaceMissing);
        }
      }

      // Over HTTP: the same 404 body for the real item, a missing one and a malformed one.
      const bodies = new Set<string>();
      for (const probe of [id, randomUUID(), 'not-a-uuid']) {
        const res = await agent.agent.get(urls('item', probe)[0]!);
        expect(res.status).toBe(404);
        bodies.add(JSON.stringify([res.body, res.headers['content-type'], res.headers['content-length']]));
      }
      expect([...bodies]).toEqual([
        JSON.stringify([
          { code: 'NOT_FOUND', message: 'No such file.' },
          'application/json; charset=utf-8',
          String(JSON.stringify({ code: 'NOT_FOUND', message: 'No such file.' }).length),
        ]),
      ]);
      for (const which of [0, 1]) {
        const answers = new Set<string>();
        for (const probe of [workspaceId, randomUUID(), 'not-a-uuid']) {
          const res = await agent.agent.get(urls('workspace', probe)[which]!);
          expect(res.status).toBe(404);
          answers.add(JSON.stringify(res.body));
        }
        expect([...answers]).toEqual([JSON.stringify({ code: 'NOT_FOUND', message: 'No such workspace.' })]);
      }
      // The streamed upload route: the same 404 for the real workspace, a missing and a malformed id.
      const filesBefore = await t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM stored_file`);
      const uploads = new Set<string>();
      for (const probe of [workspaceId, randomUUID(), 'not-a-uuid']) {
        const res = await uploadEvidenceFile(agent, probe, pdf('exhibit'), 'exhibit.pdf');
        expect(res.status).toBe(404);
        uploads.add(JSON.stringify(res.body));
      }
      expect([...uploads]).toEqual([JSON.stringify({ code: 'NOT_FOUND', message: 'No such workspace.' })]);
      const filesAfter = await t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM stored_file`);
      expect(filesAfter[0]!.n).toBe(filesBefore[0]!.n);

      // Nothing was recorded, changed or attached.
      expect(await custodyRows(t, workspaceId)).toHaveLength(before);
      const auditAfter = await t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event`);
      expect(auditAfter[0]!.n).toBe(auditBefore[0]!.n);
      const [file] = await t.sql<{ owner_id: string | null }[]>(
        `SELECT owner_id FROM stored_file WHERE id = $1`,
        [fileId],
      );
      expect(file!.owner_id).toBeNull();
    },
  );

  it('refuses a member without a second factor before any lookup: same answer for real, missing and malformed ids', async () => {
    const agent = agents.noTotp!;
    const id = await item();
    const mfa = { code: 'FORBIDDEN', reason: 'JIT_MFA_REQUIRED' };
    for (const probe of [id, randomUUID(), 'not-a-uuid']) {
      for (const query of Object.values(ITEM_OPS)) {
        expect(errorOf(await agent.gql(query, { id: probe, to: leader.id }))).toMatchObject(mfa);
      }
    }
    for (const probe of [workspaceId, randomUUID(), 'not-a-uuid']) {
      for (const query of Object.values(WORKSPACE_OPS)) {
        expect(errorOf(await agent.gql(query, { id: probe, fileId: randomUUID() }))).toMatchObject(mfa);
      }
    }
    for (const url of [...urls('item', id), ...urls('item', 'junk'), ...urls('workspace', workspaceId)]) {
      const res = await agent.agent.get(url);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN', reason: 'JIT_MFA_REQUIRED' });
    }
    for (const probe of [workspaceId, randomUUID(), 'not-a-uuid']) {
      const res = await uploadEvidenceFile(agent, probe, pdf('exhibit'), 'exhibit.pdf');
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN', reason: 'JIT_MFA_REQUIRED' });
    }
    expect((await custodyRows(t, workspaceId, id)).map((r) => r.action)).toEqual(['UPLOADED']);
  });

  it('refuses anyone signed out', async () => {
    const id = await item();
    expect((await t.http().get(`/api/jit/evidence/${id}/file`)).status).toBe(401);
    expect((await t.http().get(`/api/jit/workspaces/${workspaceId}/evidence.csv`)).status).toBe(401);
    const upload = await t
      .http()
      .post(`/api/jit/workspaces/${workspaceId}/evidence-files`)
      .set('x-csrf', '1')
      .attach('file', pdf('exhibit'), 'exhibit.pdf');
    expect(upload.status).toBe(401);
    const res = await t.gql(ITEM_OPS.item, { id });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('keeps a former member’s past custody events and evidence, without letting them in', async () => {
    const rows = await t.sql<{ title: string; created_by: string }[]>(
      `SELECT title, created_by FROM jit_evidence WHERE workspace_id = $1 AND number = 1`,
      [workspaceId],
    );
    expect(rows[0]!.title).toBe('Added before leaving');
    const register = await agents.leader!.gql(
      `query Q($id: ID!) { jitEvidence(workspaceId: $id) { number createdBy { fullName } } }`,
      { id: workspaceId },
    );
    expect(register.body.data.jitEvidence[0]).toEqual({ number: 1, createdBy: { fullName: 'Fay Former' } });
    const otherTeam = await agents.otherTeam!.gql(WORKSPACE_OPS.register, { id: otherWorkspaceId });
    expect(otherTeam.body.data.jitEvidence).toEqual([]);
  });
});
