import { JitRole, JitStatus } from '@cop/contracts';
import { pdf } from '../fixtures/files.js';
import type { TestAgent, TestApp } from '../test-app.js';
import { uploadFile } from './discussion.factory.js';

/**
 * Evidence test data. Workspaces and memberships are written straight to the database (the
 * workspace screens have their own tests); evidence goes through the real upload and GraphQL.
 */
export async function createWorkspace(
  t: TestApp,
  members: { userId: string; role: JitRole; country?: string }[],
  fields: { name?: string; countries?: string[]; status?: JitStatus } = {},
): Promise<string> {
  const status = fields.status ?? JitStatus.ACTIVE;
  const [row] = await t.sql<{ id: string }[]>(
    `INSERT INTO jit_workspace (name, countries, status, closed_at)
     VALUES ($1, $2, $3, CASE WHEN $3 = 'CLOSED' THEN now() END) RETURNING id`,
    [fields.name ?? 'Operation Harbour Light', fields.countries ?? ['SN', 'GH'], status],
  );
  for (const m of members) {
    await t.sql(`INSERT INTO jit_member (workspace_id, user_id, role, country) VALUES ($1, $2, $3, $4)`, [
      row!.id,
      m.userId,
      m.role,
      m.country ?? 'SN',
    ]);
  }
  return row!.id;
}

export const EVIDENCE_FIELDS = `id workspaceId number title description type originCountry collectedBy collectedAt
  legalBasis classification sealed sealedAt integrity lastVerifiedAt createdAt updatedAt
  file { name contentType size sha256 downloadUrl }
  custodian { id } sealedBy { id } createdBy { id }`;

export const CUSTODY_FIELDS = `id evidenceId evidenceNumber evidenceTitle action at sessionRef fields sha256 format reason
  actor { id } fromMember { id } toMember { id }`;

export const CREATE_EVIDENCE = `mutation C($input: JitEvidenceInput!) { createJitEvidence(input: $input) { ${EVIDENCE_FIELDS} } }`;

/** The streamed evidence upload route of a workspace. */
export const evidenceFilesUrl = (workspaceId: string) => `/api/jit/workspaces/${workspaceId}/evidence-files`;

/** POSTs a file to the streamed evidence upload route as the agent (the answer, whatever it is). */
export function uploadEvidenceFile(agent: TestAgent, workspaceId: string, data: Buffer, filename: string) {
  return agent.agent
    .post(evidenceFilesUrl(workspaceId))
    .set('x-csrf', '1')
    .attach('file', data, { filename, contentType: 'application/octet-stream' });
}

/** Uploads a file as the agent and adds it to the workspace's register (GraphQL). */
export async function addEvidence(
  agent: TestAgent,
  workspaceId: string,
  fields: { title?: string; data?: Buffer; fileName?: string; [key: string]: unknown } = {},
): Promise<{ id: string; fileId: string; number: number; sha256: string }> {
  const { data, fileName, ...rest } = fields;
  const file = await uploadFile(agent, data ?? pdf('Ballistics report'), fileName ?? 'report.pdf');
  const res = await agent.gql(CREATE_EVIDENCE, {
    input: {
      workspaceId,
      fileId: file.id,
      title: 'Ballistics comparison report',
      type: 'FORENSIC_REPORT',
      originCountry: 'SN',
      classification: 'JIT RESTRICTED',
      ...rest,
    },
  });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  const item = res.body.data.createJitEvidence as { id: string; number: number; file: { sha256: string } };
  return { id: item.id, fileId: file.id, number: item.number, sha256: item.file.sha256 };
}

export interface CustodyDbRow {
  id: string;
  evidence_id: string | null;
  action: string;
  actor_id: string | null;
  session_ref: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

/** The custody events of a workspace (or of one item), oldest first, straight from the database. */
export function custodyRows(t: TestApp, workspaceId: string, evidenceId?: string): Promise<CustodyDbRow[]> {
  return t.sql<CustodyDbRow[]>(
    `SELECT id::text, evidence_id, action, actor_id, session_ref, ip, details FROM jit_custody_event
      WHERE workspace_id = $1 AND ($2::uuid IS NULL OR evidence_id = $2) ORDER BY jit_custody_event.id`,
    [workspaceId, evidenceId ?? null],
  );
}
