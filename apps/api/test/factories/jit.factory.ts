import { JIT_EVENTS, type JitJoinAck } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import type { TestAgent, TestApp } from '../test-app.js';
import { createMember, type MemberOptions, signIn, type TestMember } from './member.factory.js';

export const WORKSPACE_FIELDS = `id name reference countries status myRole myCountry canWrite canManage
  missingLeaderCountries channelId agreementSignedOn agreementEndsOn
  members { member { id fullName } role country } counts { members evidence openRequests overdueRequests openTasks }`;
export const CREATE_WORKSPACE = `mutation W($input: JitWorkspaceInput!) { createJitWorkspace(input: $input) { ${WORKSPACE_FIELDS} } }`;
export const ADD_MEMBER = `mutation A($w: ID!, $m: ID!, $r: JitRole!, $c: String!) {
  addJitMember(workspaceId: $w, memberId: $m, role: $r, country: $c) { id members { member { id } role country } } }`;
export const REMOVE_MEMBER = `mutation R($w: ID!, $m: ID!) { removeJitMember(workspaceId: $w, memberId: $m) { id } }`;

export interface GqlError {
  code: string;
  message: string;
  reason?: string;
  fields?: { field: string; code: string }[];
}

/** The first error of a GraphQL answer (fails when there is none). */
export function errorOf(res: {
  body: { errors?: { message: string; extensions: Record<string, unknown> }[] };
}): GqlError {
  const e = res.body.errors?.[0];
  if (!e) throw new Error(`expected an error, got ${JSON.stringify(res.body)}`);
  const ext = e.extensions as { code: string; reason?: string; fields?: { field: string; code: string }[] };
  return {
    code: ext.code,
    message: e.message,
    ...(ext.reason ? { reason: ext.reason } : {}),
    ...(ext.fields ? { fields: ext.fields.map((f) => ({ field: f.field, code: f.code })) } : {}),
  };
}

/** The data of a GraphQL answer (fails on errors). */
export function dataOf<T = Record<string, unknown>>(res: {
  body: { data?: unknown; errors?: unknown[] };
}): T {
  if (res.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data as T;
}

/** A member who may open JIT workspaces (second factor on), signed in. */
export async function jitPerson(
  t: TestApp,
  options: MemberOptions = {},
): Promise<{ member: TestMember; agent: TestAgent }> {
  const member = await createMember(t, { totp: true, ...options });
  return { member, agent: await signIn(t, member) };
}

/** A workspace created by the agent's member, leader for `leaderCountry`; answers its id and channel. */
export async function createWorkspace(
  agent: TestAgent,
  input: Partial<{
    name: string;
    countries: string[];
    leaderCountry: string;
    agreementSignedOn: string;
    agreementEndsOn: string;
    leaderId: string;
  }> = {},
): Promise<{ id: string; channelId: string }> {
  const res = await agent.gql(CREATE_WORKSPACE, {
    input: { name: 'Operation Volta Crossing', countries: ['GH', 'CI'], leaderCountry: 'GH', ...input },
  });
  const w = dataOf<{ createJitWorkspace: { id: string; channelId: string } }>(res).createJitWorkspace;
  return { id: w.id, channelId: w.channelId };
}

export async function addMember(
  agent: TestAgent,
  workspaceId: string,
  memberId: string,
  role: 'LEADER' | 'MEMBER' | 'OBSERVER',
  country: string,
): Promise<void> {
  dataOf(await agent.gql(ADD_MEMBER, { w: workspaceId, m: memberId, r: role, c: country }));
}

/** Emits `jit.join` with any payload and waits for the acknowledgement. */
export function joinWorkspace(socket: Socket, payload: unknown): Promise<JitJoinAck> {
  return socket.timeout(3000).emitWithAck(JIT_EVENTS.join, payload) as Promise<JitJoinAck>;
}
