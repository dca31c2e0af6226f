import { getDataSourceToken } from '@nestjs/typeorm';
import { generate } from 'otplib';
import type { DataSource } from 'typeorm';
import { type DemoRunResult, formatDemoLogins, runDemoLoaders } from '../database/demo/demo-loader.js';
import { identityDemoLoader } from '../identity/identity.demo.js';
import { SIGN_IN, VERIFY_TOTP } from '../../test/factories/member.factory.js';
import { dataOf, errorOf } from '../../test/factories/jit.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { jitDemoLoader } from './jit.demo.js';

const LIST = `{ jitWorkspaces { id name status myRole myCountry canWrite missingLeaderCountries channelId
  counts { members evidence openRequests overdueRequests openTasks } extensions { newEndsOn } } }`;

type Workspace = {
  id: string;
  name: string;
  myRole: string;
  canWrite: boolean;
  missingLeaderCountries: string[];
  channelId: string;
  counts: Record<string, number>;
  extensions: unknown[];
};

describe('JIT demo workspaces', () => {
  let t: TestApp;
  let result: DemoRunResult;
  const signInJit = async (email: string): Promise<TestAgent> => {
    const login = result.logins.find((l) => l.email === email)!;
    const agent = t.agent();
    const res = await agent.gql(SIGN_IN, { input: { email, password: login.password } });
    expect(res.body.data.signIn.state).toBe('MFA_REQUIRED');
    const secret = /TOTP secret (\S+)/.exec(login.note ?? '')![1]!;
    const verified = await agent.gql(VERIFY_TOTP, { code: await generate({ secret }) });
    expect(verified.body.data.verifyTotp.state).toBe('ACTIVE');
    return agent;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.app.get<DataSource>(getDataSourceToken());
    result = await runDemoLoaders(t.app, ds, [identityDemoLoader, jitDemoLoader]);
  });
  afterAll(() => t.close());

  it('prints a login with a second factor for each team member', () => {
    const jit = result.logins.filter((l) => l.role === 'JIT');
    expect(jit).toHaveLength(5);
    expect(new Set(jit.map((l) => /TOTP secret (\S+)/.exec(l.note ?? '')?.[1])).size).toBe(1);
    // They keep the password every demo member shares; only the second factor is theirs.
    const member = result.logins.find((l) => l.role === 'MEMBER')!;
    expect(new Set(jit.map((l) => l.password))).toEqual(new Set([member.password]));
    expect(formatDemoLogins(result.logins)).toMatch(/JIT\s+yao\.agbeko@demo\.cop-portal\.org/);
  });

  it('opens two living workspaces to their members, with an overdue request and a missing leader', async () => {
    const yao = await signInJit('yao.agbeko@demo.cop-portal.org');
    const [mono] = dataOf<{ jitWorkspaces: Workspace[] }>(await yao.gql(LIST)).jitWorkspaces;
    expect(mono).toMatchObject({
      name: 'Opération Rivière Mono',
      myRole: 'LEADER',
      missingLeaderCountries: [],
      counts: { members: 2, openRequests: 3, overdueRequests: 1, openTasks: 2 },
      extensions: [{}],
    });
    expect(mono!.counts.evidence).toBeGreaterThanOrEqual(1);

    const lucia = await signInJit('lucia.ferreyra@demo.cop-portal.org');
    const [frontera] = dataOf<{ jitWorkspaces: Workspace[] }>(await lucia.gql(LIST)).jitWorkspaces;
    expect(frontera).toMatchObject({
      name: 'Operación Triple Frontera',
      myRole: 'OBSERVER',
      canWrite: false,
      missingLeaderCountries: ['AR'],
      counts: { members: 3, openRequests: 2, overdueRequests: 0 },
    });
    // Everything in it reads: requests with history, tasks, notes with revisions, activity, channel.
    const full = dataOf<{
      jitRequests: { status: string; history: unknown[] }[];
      jitTasks: unknown[];
      jitNotes: { version: number; revisions: unknown[] }[];
      jitActivity: { items: { action: string; at: string }[] };
      conversation: { kind: string; myRole: string; unreadCount: number };
    }>(
      await lucia.gql(
        `query Q($w: ID!, $c: ID!) {
          jitRequests(workspaceId: $w) { status history { kind } }
          jitTasks(workspaceId: $w) { id }
          jitNotes(workspaceId: $w) { version revisions { version } }
          jitActivity(workspaceId: $w) { items { action at } }
          conversation(id: $c) { kind myRole unreadCount } }`,
        { w: frontera!.id, c: frontera!.channelId },
      ),
    );
    expect(full.jitRequests.map((r) => r.status).sort()).toEqual(['EXECUTED', 'IN_PROGRESS', 'SENT']);
    expect(full.jitRequests.every((r) => r.history.length >= 2)).toBe(true);
    expect(full.jitTasks).toHaveLength(2);
    expect(full.jitNotes.some((n) => n.version === 2 && n.revisions.length === 1)).toBe(true);
    expect(full.jitActivity.items.length).toBeGreaterThan(10);
    // The timeline tells the story newest first, as it would have been written live.
    const times = full.jitActivity.items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(full.jitActivity.items.at(-1)!.action).toBe('workspace.created');
    expect(full.conversation).toEqual({ kind: 'JIT', myRole: 'READER', unreadCount: 1 });

    // Not Yao's workspace: exactly like a missing one.
    expect(
      errorOf(await yao.gql(`query W($id: ID!) { jitWorkspace(id: $id) { id } }`, { id: frontera!.id })),
    ).toEqual({
      code: 'NOT_FOUND',
      message: 'No such workspace.',
    });
  });

  it('leaves the staff who set a workspace up outside it', async () => {
    const moderator = result.logins.find((l) => l.email.startsWith('fatou.diallo.sy'))!;
    const agent = t.agent();
    await agent.gql(SIGN_IN, { input: { email: moderator.email, password: moderator.password } });
    await agent.gql(VERIFY_TOTP, {
      code: await generate({ secret: /TOTP secret (\S+)/.exec(moderator.note!)![1]! }),
    });
    expect(
      dataOf<{ jitWorkspaces: unknown[] }>(await agent.gql(`{ jitWorkspaces { id } }`)).jitWorkspaces,
    ).toEqual([]);
  });
});
