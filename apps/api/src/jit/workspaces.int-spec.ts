import { randomUUID } from 'node:crypto';
import { AccountStatus, JIT_EVENTS, MESSAGING_EVENTS, Role } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import {
  connectSocket,
  listen,
  nextEvent,
  recordEvents,
  settle,
} from '../../test/factories/discussion.factory.js';
import {
  addMember,
  CREATE_WORKSPACE,
  createWorkspace,
  dataOf,
  errorOf,
  jitPerson,
  joinWorkspace,
  WORKSPACE_FIELDS,
} from '../../test/factories/jit.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { sendOverSocket } from '../../test/factories/messaging.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Workspaces and their members: creating with validation, the first leader (staff may name
 * someone else), changing fields, agreement extensions, status (CLOSED is read-only and final),
 * members with the last-leader rule, and the workspace channel in messaging that follows the
 * membership (observers and closed workspaces only read).
 */

const WORKSPACE = `query W($id: ID!) { jitWorkspace(id: $id) { ${WORKSPACE_FIELDS} extensions { previousEndsOn newEndsOn reason extendedBy { fullName } } } }`;
const UPDATE = `mutation U($id: ID!, $input: JitWorkspaceUpdateInput!) { updateJitWorkspace(id: $id, input: $input) { ${WORKSPACE_FIELDS} } }`;
const STATUS = `mutation S($id: ID!, $s: JitStatus!) { setJitWorkspaceStatus(id: $id, status: $s) { status canWrite canManage } }`;
const EXTEND = `mutation E($id: ID!, $d: String!, $r: String) { extendJitAgreement(id: $id, newEndsOn: $d, reason: $r) { agreementEndsOn extensions { previousEndsOn newEndsOn reason extendedBy { fullName } } } }`;
const UPDATE_MEMBER = `mutation U($w: ID!, $m: ID!, $r: JitRole!, $c: String!) { updateJitMember(workspaceId: $w, memberId: $m, role: $r, country: $c) { members { member { id } role country } missingLeaderCountries } }`;
const REMOVE = `mutation R($w: ID!, $m: ID!) { removeJitMember(workspaceId: $w, memberId: $m) { id members { member { id } } } }`;
const CONVERSATION = `query C($id: ID!) { conversation(id: $id) { id kind title myRole jitWorkspaceId members { member { id } role } } }`;
const SEND = `mutation S($input: SendMessageInput!) { sendMessage(input: $input) { id payload } }`;
const send = (agent: TestAgent, conversationId: string, payload: string) =>
  agent.gql(SEND, { input: { conversationId, clientId: randomUUID(), payload } });

describe('JIT workspaces and members', () => {
  let t: TestApp;
  let url: string;
  let leader: { member: TestMember; agent: TestAgent };
  let member: { member: TestMember; agent: TestAgent };
  let observer: { member: TestMember; agent: TestAgent };
  const sockets: Socket[] = [];
  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    leader = await jitPerson(t, { fullName: 'Abena Owusu', country: 'GH' });
    member = await jitPerson(t, { fullName: 'Koffi Bamba', country: 'CI' });
    observer = await jitPerson(t, { fullName: 'Olu Adeyemi', country: 'GH' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it.each([
    ['an unknown country', { countries: ['GH', 'XX'] }, 'countries', 'isIn'],
    ['a single country', { countries: ['GH'] }, 'countries', 'arrayMinSize'],
    [
      'an agreement ending before it was signed',
      { agreementSignedOn: '2026-03-01', agreementEndsOn: '2026-02-01' },
      'agreementEndsOn',
      'endBeforeStart',
    ],
    ['a date that does not exist', { agreementSignedOn: '2026-02-30' }, 'agreementSignedOn', 'isDay'],
    [
      'a leader country that does not take part',
      { leaderCountry: 'SN' },
      'leaderCountry',
      'notParticipating',
    ],
    ['an empty name', { name: '   ' }, 'name', 'isLength'],
  ])('refuses to create a workspace with %s, naming the field', async (_what, change, field, code) => {
    const res = await leader.agent.gql(CREATE_WORKSPACE, {
      input: { name: 'Operation Volta Crossing', countries: ['GH', 'CI'], leaderCountry: 'GH', ...change },
    });
    const error = errorOf(res);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toContainEqual({ field, code });
    expect(
      dataOf<{ jitWorkspaces: unknown[] }>(await leader.agent.gql(`{ jitWorkspaces { id } }`)).jitWorkspaces,
    ).toEqual([]);
  });

  it('makes the creator its first leader, with a channel of its own and a warning for countries without a leader', async () => {
    const res = await leader.agent.gql(CREATE_WORKSPACE, {
      input: {
        name: ' Operation Volta Crossing ',
        reference: 'JIT-2026-04',
        countries: ['gh', 'CI'],
        leaderCountry: 'GH',
        agreementSignedOn: '2026-01-15',
        agreementEndsOn: '2027-01-14',
      },
    });
    const w = dataOf<{ createJitWorkspace: Record<string, unknown> & { id: string; channelId: string } }>(
      res,
    ).createJitWorkspace;
    expect(w).toMatchObject({
      name: 'Operation Volta Crossing',
      countries: ['GH', 'CI'],
      status: 'SETTING_UP',
      myRole: 'LEADER',
      myCountry: 'GH',
      canWrite: true,
      canManage: true,
      missingLeaderCountries: ['CI'],
      agreementSignedOn: '2026-01-15',
      agreementEndsOn: '2027-01-14',
      members: [{ member: { id: leader.member.id, fullName: 'Abena Owusu' }, role: 'LEADER', country: 'GH' }],
      counts: { members: 1, evidence: 0, openRequests: 0, overdueRequests: 0, openTasks: 0 },
    });
    const channel = dataOf<{ conversation: Record<string, unknown> }>(
      await leader.agent.gql(CONVERSATION, { id: w.channelId }),
    ).conversation;
    expect(channel).toEqual({
      id: w.channelId,
      kind: 'JIT',
      title: 'Operation Volta Crossing',
      myRole: 'MEMBER',
      jitWorkspaceId: w.id,
      members: [{ member: { id: leader.member.id }, role: 'MEMBER' }],
    });
    // The audit trail names ids only, never the workspace's name.
    const audit = await t.sql<{ action: string; details: string }[]>(
      `SELECT action, details::text FROM audit_event WHERE target_id = $1 ORDER BY id`,
      [w.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['jit.workspace.created', 'jit.member.added']);
    expect(audit.map((a) => a.details).join()).not.toContain('Volta');
  });

  it('lets staff set a workspace up for another leader without becoming a member, and nobody else', async () => {
    const moderator = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
    const res = await moderator.gql(CREATE_WORKSPACE, {
      input: {
        name: 'Opération Rivière Mono',
        countries: ['TG', 'BJ'],
        leaderCountry: 'TG',
        leaderId: member.member.id,
      },
    });
    const created = dataOf<{
      createJitWorkspace: { id: string; canWrite: boolean; canManage: boolean; members: { role: string }[] };
    }>(res).createJitWorkspace;
    expect(created).toMatchObject({ canWrite: false, canManage: false, members: [{ role: 'LEADER' }] });
    expect(errorOf(await moderator.gql(WORKSPACE, { id: created.id }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No such workspace.',
    });
    const seen = dataOf<{ jitWorkspace: { myRole: string; myCountry: string } }>(
      await member.agent.gql(WORKSPACE, { id: created.id }),
    ).jitWorkspace;
    expect(seen).toMatchObject({ myRole: 'LEADER', myCountry: 'TG' });

    const plain = await observer.agent.gql(CREATE_WORKSPACE, {
      input: {
        name: 'Not mine to give',
        countries: ['TG', 'BJ'],
        leaderCountry: 'TG',
        leaderId: member.member.id,
      },
    });
    expect(errorOf(plain)).toEqual({
      code: 'FORBIDDEN',
      message: 'Only moderators and admins can name someone else as first leader.',
    });
  });

  describe('an open workspace', () => {
    let w: { id: string; channelId: string };
    beforeAll(async () => {
      w = await createWorkspace(leader.agent, {
        name: 'Operation Harmattan',
        countries: ['GH', 'CI', 'TG'],
        leaderCountry: 'GH',
        agreementSignedOn: '2026-01-01',
        agreementEndsOn: '2026-12-31',
      });
    });

    it('adds only active members for a participating country, once', async () => {
      const suspended = await createMember(t, { status: AccountStatus.SUSPENDED, totp: true });
      const cases: [string, string, string, string][] = [
        [suspended.id, 'GH', 'memberId', 'MEMBER_UNAVAILABLE'],
        [randomUUID(), 'GH', 'memberId', 'MEMBER_UNAVAILABLE'],
        [member.member.id, 'SN', 'country', 'notParticipating'],
      ];
      for (const [memberId, country, field, code] of cases) {
        const res = await leader.agent.gql(
          `mutation A($w: ID!, $m: ID!, $c: String!) { addJitMember(workspaceId: $w, memberId: $m, role: MEMBER, country: $c) { id } }`,
          { w: w.id, m: memberId, c: country },
        );
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, code }] });
      }
      await addMember(leader.agent, w.id, member.member.id, 'MEMBER', 'CI');
      await addMember(leader.agent, w.id, observer.member.id, 'OBSERVER', 'GH');
      const again = await leader.agent.gql(
        `mutation A($w: ID!, $m: ID!) { addJitMember(workspaceId: $w, memberId: $m, role: MEMBER, country: "CI") { id } }`,
        { w: w.id, m: member.member.id },
      );
      expect(errorOf(again)).toMatchObject({ fields: [{ field: 'memberId', code: 'alreadyMember' }] });
    });

    it('keeps the channel in step: members write, observers only read', async () => {
      const channel = dataOf<{ conversation: { members: { member: { id: string }; role: string }[] } }>(
        await leader.agent.gql(CONVERSATION, { id: w.channelId }),
      ).conversation;
      expect(new Map(channel.members.map((m) => [m.member.id, m.role]))).toEqual(
        new Map([
          [leader.member.id, 'MEMBER'],
          [member.member.id, 'MEMBER'],
          [observer.member.id, 'READER'],
        ]),
      );
      expect(
        dataOf<{ sendMessage: { payload: string } }>(await send(member.agent, w.channelId, 'Bonjour à tous'))
          .sendMessage.payload,
      ).toBe('Bonjour à tous');
      expect(errorOf(await send(observer.agent, w.channelId, 'May I?'))).toEqual({
        code: 'FORBIDDEN',
        message: 'You can read this channel but not write in it.',
      });
      // Over the socket too; the observer still reads the history.
      const socket = await socketOf(observer.agent);
      const ack = await sendOverSocket(socket, w.channelId, 'Over the socket?');
      expect(ack).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        message: 'You can read this channel but not write in it.',
      });
      const history = dataOf<{ messages: { items: { payload: string }[] } }>(
        await observer.agent.gql(`query M($c: ID!) { messages(conversationId: $c) { items { payload } } }`, {
          c: w.channelId,
        }),
      ).messages.items;
      expect(history.map((m) => m.payload)).toEqual(['Bonjour à tous']);
    });

    it('refuses group management on the workspace channel', async () => {
      const someone = await createMember(t);
      for (const [query, vars] of [
        [
          `mutation R($id: ID!) { renameConversation(id: $id, title: "Renamed") { id } }`,
          { id: w.channelId },
        ],
        [
          `mutation A($id: ID!, $m: [ID!]!) { addConversationMembers(id: $id, memberIds: $m) { id } }`,
          { id: w.channelId, m: [someone.id] },
        ],
        [
          `mutation R($id: ID!, $m: ID!) { removeConversationMember(id: $id, memberId: $m) { id } }`,
          { id: w.channelId, m: member.member.id },
        ],
        [`mutation L($id: ID!) { leaveConversation(id: $id) }`, { id: w.channelId }],
      ] as [string, Record<string, unknown>][]) {
        expect(errorOf(await leader.agent.gql(query, vars))).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'id', code: 'notAGroup' }],
        });
      }
    });

    it('renames the channel with the workspace and refuses dropping a country a member represents', async () => {
      const renamed = dataOf<{ updateJitWorkspace: { name: string } }>(
        await leader.agent.gql(UPDATE, {
          id: w.id,
          input: { name: 'Operation Harmattan II', phaseNote: 'Phase 2: arrests' },
        }),
      ).updateJitWorkspace;
      expect(renamed.name).toBe('Operation Harmattan II');
      expect(
        dataOf<{ conversation: { title: string } }>(await member.agent.gql(CONVERSATION, { id: w.channelId }))
          .conversation.title,
      ).toBe('Operation Harmattan II');

      const dropped = await leader.agent.gql(UPDATE, { id: w.id, input: { countries: ['GH', 'TG'] } });
      expect(errorOf(dropped)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'countries', code: 'memberCountry' }],
      });
      const signedLate = await leader.agent.gql(UPDATE, {
        id: w.id,
        input: { agreementSignedOn: '2027-02-01' },
      });
      expect(errorOf(signedLate)).toMatchObject({
        fields: [{ field: 'agreementSignedOn', code: 'endBeforeStart' }],
      });
      const ok = dataOf<{ updateJitWorkspace: { countries: string[]; missingLeaderCountries: string[] } }>(
        await leader.agent.gql(UPDATE, { id: w.id, input: { countries: ['GH', 'CI', 'TG', 'BJ'] } }),
      ).updateJitWorkspace;
      expect(ok).toMatchObject({
        countries: ['GH', 'CI', 'TG', 'BJ'],
        missingLeaderCountries: ['BJ', 'CI', 'TG'],
      });
    });

    it('extends the agreement only to a later date and keeps the history', async () => {
      for (const [day, code] of [
        ['2026-12-31', 'notLater'],
        ['2026-06-01', 'notLater'],
        ['31/12/2027', 'isDay'],
      ]) {
        expect(errorOf(await leader.agent.gql(EXTEND, { id: w.id, d: day }))).toMatchObject({
          fields: [{ field: 'newEndsOn', code }],
        });
      }
      await leader.agent.gql(EXTEND, { id: w.id, d: '2027-06-30', r: 'Second phase of arrests' });
      const res = dataOf<{ extendJitAgreement: Record<string, unknown> }>(
        await leader.agent.gql(EXTEND, { id: w.id, d: '2027-12-31' }),
      ).extendJitAgreement;
      expect(res).toEqual({
        agreementEndsOn: '2027-12-31',
        extensions: [
          {
            previousEndsOn: '2026-12-31',
            newEndsOn: '2027-06-30',
            reason: 'Second phase of arrests',
            extendedBy: { fullName: 'Abena Owusu' },
          },
          {
            previousEndsOn: '2027-06-30',
            newEndsOn: '2027-12-31',
            reason: null,
            extendedBy: { fullName: 'Abena Owusu' },
          },
        ],
      });
    });

    it('never leaves the workspace without a leader', async () => {
      const lastLeader = { code: 'BAD_USER_INPUT', fields: [{ field: 'memberId', code: 'lastLeader' }] };
      expect(
        errorOf(
          await leader.agent.gql(UPDATE_MEMBER, { w: w.id, m: leader.member.id, r: 'MEMBER', c: 'GH' }),
        ),
      ).toMatchObject(lastLeader);
      expect(errorOf(await leader.agent.gql(REMOVE, { w: w.id, m: leader.member.id }))).toMatchObject(
        lastLeader,
      );

      // With a second leader, the first may step down.
      const promoted = dataOf<{ updateJitMember: { missingLeaderCountries: string[] } }>(
        await leader.agent.gql(UPDATE_MEMBER, { w: w.id, m: member.member.id, r: 'LEADER', c: 'CI' }),
      ).updateJitMember;
      expect(promoted.missingLeaderCountries).toEqual(['BJ', 'TG']);
      await leader.agent.gql(UPDATE_MEMBER, { w: w.id, m: leader.member.id, r: 'MEMBER', c: 'GH' });
      expect(errorOf(await leader.agent.gql(UPDATE, { id: w.id, input: { phaseNote: 'x' } }))).toEqual({
        code: 'FORBIDDEN',
        message: 'Only a leader can do this.',
      });
      expect(
        errorOf(
          await member.agent.gql(UPDATE_MEMBER, { w: w.id, m: member.member.id, r: 'OBSERVER', c: 'CI' }),
        ),
      ).toMatchObject(lastLeader);
      // Back to the first arrangement.
      await member.agent.gql(UPDATE_MEMBER, { w: w.id, m: leader.member.id, r: 'LEADER', c: 'GH' });
      await leader.agent.gql(UPDATE_MEMBER, { w: w.id, m: member.member.id, r: 'MEMBER', c: 'CI' });
    });

    it('turns an observer into a writer in the channel when their role changes', async () => {
      await leader.agent.gql(UPDATE_MEMBER, { w: w.id, m: observer.member.id, r: 'MEMBER', c: 'GH' });
      const sent = dataOf<{ sendMessage: { payload: string } }>(
        await send(observer.agent, w.channelId, 'Now I can write'),
      );
      expect(sent.sendMessage.payload).toBe('Now I can write');
    });
  });

  it('takes everything away at once from a removed member, open sockets included', async () => {
    const w = await createWorkspace(leader.agent, {
      name: 'Operation Lagoon',
      countries: ['GH', 'CI'],
      leaderCountry: 'GH',
    });
    const leaving = await jitPerson(t, { fullName: 'Lea Leaving' });
    await addMember(leader.agent, w.id, leaving.member.id, 'MEMBER', 'CI');
    const socket = await socketOf(leaving.agent);
    expect(await joinWorkspace(socket, { workspaceId: w.id })).toEqual({ ok: true });
    // Connected after being added: the socket is in the channel room too.
    const removed = nextEvent(socket, JIT_EVENTS.removed);
    const conversationRemoved = nextEvent(socket, MESSAGING_EVENTS.conversationRemoved);
    dataOf(await leader.agent.gql(REMOVE, { w: w.id, m: leaving.member.id }));
    expect(await removed).toEqual({ workspaceId: w.id });
    expect(await conversationRemoved).toEqual({ conversationId: w.channelId });

    const seen = recordEvents(socket, [JIT_EVENTS.changed, MESSAGING_EVENTS.created]);
    await leader.agent.gql(
      `mutation T($w: ID!) { createJitTask(input: { workspaceId: $w, title: "After" }) { id } }`,
      { w: w.id },
    );
    await send(leader.agent, w.channelId, 'After you left');
    await settle();
    expect(seen).toEqual({ [JIT_EVENTS.changed]: [], [MESSAGING_EVENTS.created]: [] });
    expect(errorOf(await leaving.agent.gql(WORKSPACE, { id: w.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await leaving.agent.gql(CONVERSATION, { id: w.channelId })).code).toBe('NOT_FOUND');
    expect(await joinWorkspace(socket, { workspaceId: w.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('makes a closed workspace read-only for everyone, channel included, for good', async () => {
    const w = await createWorkspace(leader.agent, {
      name: 'Operation Closed Door',
      countries: ['GH', 'CI'],
      leaderCountry: 'GH',
    });
    await addMember(leader.agent, w.id, member.member.id, 'MEMBER', 'CI');
    const task = dataOf<{ createJitTask: { id: string } }>(
      await member.agent.gql(
        `mutation T($w: ID!) { createJitTask(input: { workspaceId: $w, title: "Before" }) { id } }`,
        { w: w.id },
      ),
    ).createJitTask.id;
    const closed = dataOf<{ setJitWorkspaceStatus: Record<string, unknown> }>(
      await leader.agent.gql(STATUS, { id: w.id, s: 'CLOSED' }),
    ).setJitWorkspaceStatus;
    expect(closed).toEqual({ status: 'CLOSED', canWrite: false, canManage: false });

    const readOnly = { code: 'CONFLICT', message: 'This workspace is closed and read-only.' };
    const writes: [TestAgent, string, Record<string, unknown>][] = [
      [
        member.agent,
        `mutation T($w: ID!) { createJitTask(input: { workspaceId: $w, title: "After" }) { id } }`,
        { w: w.id },
      ],
      [member.agent, `mutation T($t: ID!) { setJitTaskStatus(id: $t, status: DONE) { id } }`, { t: task }],
      [
        leader.agent,
        `mutation N($w: ID!) { createJitNote(input: { workspaceId: $w, kind: GENERAL, title: "T", body: "B" }) { id } }`,
        { w: w.id },
      ],
      [leader.agent, UPDATE, { id: w.id, input: { phaseNote: 'x' } }],
      [leader.agent, STATUS, { id: w.id, s: 'ACTIVE' }],
      [leader.agent, EXTEND, { id: w.id, d: '2030-01-01' }],
      [leader.agent, REMOVE, { w: w.id, m: member.member.id }],
    ];
    for (const [agent, query, vars] of writes)
      expect(errorOf(await agent.gql(query, vars))).toEqual(readOnly);
    for (const agent of [leader.agent, member.agent]) {
      expect(errorOf(await send(agent, w.channelId, 'Still there?'))).toEqual({
        code: 'FORBIDDEN',
        message: 'You can read this channel but not write in it.',
      });
      expect(
        dataOf<{ jitTasks: { title: string }[] }>(
          await agent.gql(`query T($w: ID!) { jitTasks(workspaceId: $w) { title } }`, { w: w.id }),
        ).jitTasks,
      ).toEqual([{ title: 'Before' }]);
    }
  });
});
