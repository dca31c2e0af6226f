import { randomUUID } from 'node:crypto';
import { AccountStatus, JIT_EVENTS, JIT_MFA_REQUIRED, Role } from '@cop/contracts';
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
  createWorkspace,
  dataOf,
  errorOf,
  type GqlError,
  jitPerson,
  joinWorkspace,
  REMOVE_MEMBER,
} from '../../test/factories/jit.factory.js';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Who may see and do what in a JIT workspace, against every query, mutation and the socket room:
 * leaders manage, members write, observers read; everybody else — a former member, the member of
 * another workspace, a moderator, an admin — gets exactly what a missing workspace (or a guessed or
 * malformed id) gets; an account without a second factor is told to set one up, before anything
 * is looked up; a suspended account is refused by the policy.
 */

type Ids = { w: string; r: string; t: string; n: string; someone: string; member: string };
type Op = {
  name: string;
  kind: 'read' | 'write' | 'lead';
  query: string;
  vars: (ids: Ids) => Record<string, unknown>;
};

const OPS: Op[] = [
  {
    name: 'jitWorkspace',
    kind: 'read',
    query: `query Q($w: ID!) { jitWorkspace(id: $w) { id name } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'jitRequests',
    kind: 'read',
    query: `query Q($w: ID!) { jitRequests(workspaceId: $w) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'jitRequest',
    kind: 'read',
    query: `query Q($r: ID!) { jitRequest(id: $r) { id subject } }`,
    vars: (i) => ({ r: i.r }),
  },
  {
    name: 'jitTasks',
    kind: 'read',
    query: `query Q($w: ID!) { jitTasks(workspaceId: $w) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'jitNotes',
    kind: 'read',
    query: `query Q($w: ID!) { jitNotes(workspaceId: $w) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'jitNote',
    kind: 'read',
    query: `query Q($n: ID!) { jitNote(id: $n) { id body } }`,
    vars: (i) => ({ n: i.n }),
  },
  {
    name: 'jitActivity',
    kind: 'read',
    query: `query Q($w: ID!) { jitActivity(workspaceId: $w) { items { action } } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'createLegalRequest',
    kind: 'write',
    query: `mutation M($input: LegalRequestInput!) { createLegalRequest(input: $input) { id } }`,
    vars: (i) => ({
      input: {
        workspaceId: i.w,
        type: 'MLA',
        subject: 'Bank records',
        requestingCountry: 'GH',
        requestedCountry: 'CI',
      },
    }),
  },
  {
    name: 'updateLegalRequest',
    kind: 'write',
    query: `mutation M($r: ID!) { updateLegalRequest(id: $r, input: { subject: "Changed" }) { id } }`,
    vars: (i) => ({ r: i.r }),
  },
  {
    name: 'setLegalRequestStatus',
    kind: 'write',
    query: `mutation M($r: ID!) { setLegalRequestStatus(id: $r, status: SENT) { id } }`,
    vars: (i) => ({ r: i.r }),
  },
  {
    name: 'commentLegalRequest',
    kind: 'write',
    query: `mutation M($r: ID!) { commentLegalRequest(id: $r, body: "Any news?") { id } }`,
    vars: (i) => ({ r: i.r }),
  },
  {
    name: 'createJitTask',
    kind: 'write',
    query: `mutation M($w: ID!) { createJitTask(input: { workspaceId: $w, title: "Call the port" }) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'updateJitTask',
    kind: 'write',
    query: `mutation M($t: ID!) { updateJitTask(id: $t, input: { title: "Changed" }) { id } }`,
    vars: (i) => ({ t: i.t }),
  },
  {
    name: 'setJitTaskStatus',
    kind: 'write',
    query: `mutation M($t: ID!) { setJitTaskStatus(id: $t, status: DONE) { id } }`,
    vars: (i) => ({ t: i.t }),
  },
  {
    name: 'commentJitTask',
    kind: 'write',
    query: `mutation M($t: ID!) { commentJitTask(id: $t, body: "Done?") { id } }`,
    vars: (i) => ({ t: i.t }),
  },
  {
    name: 'createJitNote',
    kind: 'write',
    query: `mutation M($w: ID!) { createJitNote(input: { workspaceId: $w, kind: GENERAL, title: "T", body: "B" }) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'updateJitNote',
    kind: 'write',
    query: `mutation M($n: ID!) { updateJitNote(id: $n, input: { body: "Changed", expectedVersion: 1 }) { id } }`,
    vars: (i) => ({ n: i.n }),
  },
  {
    name: 'updateJitWorkspace',
    kind: 'lead',
    query: `mutation M($w: ID!) { updateJitWorkspace(id: $w, input: { phaseNote: "Changed" }) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'setJitWorkspaceStatus',
    kind: 'lead',
    query: `mutation M($w: ID!) { setJitWorkspaceStatus(id: $w, status: SUSPENDED) { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'extendJitAgreement',
    kind: 'lead',
    query: `mutation M($w: ID!) { extendJitAgreement(id: $w, newEndsOn: "2031-01-01") { id } }`,
    vars: (i) => ({ w: i.w }),
  },
  {
    name: 'addJitMember',
    kind: 'lead',
    query: `mutation M($w: ID!, $m: ID!) { addJitMember(workspaceId: $w, memberId: $m, role: MEMBER, country: "GH") { id } }`,
    vars: (i) => ({ w: i.w, m: i.someone }),
  },
  {
    name: 'updateJitMember',
    kind: 'lead',
    query: `mutation M($w: ID!, $m: ID!) { updateJitMember(workspaceId: $w, memberId: $m, role: OBSERVER, country: "CI") { id } }`,
    vars: (i) => ({ w: i.w, m: i.member }),
  },
  {
    name: 'removeJitMember',
    kind: 'lead',
    query: `mutation M($w: ID!, $m: ID!) { removeJitMember(workspaceId: $w, memberId: $m) { id } }`,
    vars: (i) => ({ w: i.w, m: i.member }),
  },
];

const OBSERVER_REFUSED = { code: 'FORBIDDEN', message: 'Observers can read but not change the workspace.' };
const LEADER_ONLY = { code: 'FORBIDDEN', message: 'Only a leader can do this.' };
const OUTSIDERS = ['former member', 'member of another workspace', 'moderator', 'admin'] as const;

describe('JIT workspace access', () => {
  let t: TestApp;
  let url: string;
  const agents: Record<string, TestAgent> = {};
  let ids: Ids;
  let otherWorkspace: string;
  const sockets: Socket[] = [];
  const socketOf = async (agent: TestAgent) => {
    const socket = await connectSocket(url, agent);
    sockets.push(socket);
    return socket;
  };
  /** What the leader gets for the same operation with every id guessed, then malformed. */
  const missing = async (op: Op): Promise<GqlError[]> => {
    const guessed = Object.fromEntries(Object.keys(ids).map((k) => [k, randomUUID()])) as Ids;
    const malformed = Object.fromEntries(Object.keys(ids).map((k) => [k, 'not-an-id'])) as Ids;
    return [
      errorOf(await agents.leader!.gql(op.query, op.vars({ ...guessed, someone: ids.someone }))),
      errorOf(await agents.leader!.gql(op.query, op.vars({ ...malformed, someone: ids.someone }))),
    ];
  };
  const activityCount = async () =>
    dataOf<{ jitActivity: { items: unknown[] } }>(
      await agents.leader!.gql(
        `query Q($w: ID!) { jitActivity(workspaceId: $w, first: 100) { items { action } } }`,
        {
          w: ids.w,
        },
      ),
    ).jitActivity.items.length;

  beforeAll(async () => {
    t = await createTestApp();
    url = await listen(t);
    const leader = await jitPerson(t, { fullName: 'Abena Leader', country: 'GH' });
    const member = await jitPerson(t, { fullName: 'Koffi Member', country: 'CI' });
    const observer = await jitPerson(t, { fullName: 'Olu Observer', country: 'GH' });
    const former = await jitPerson(t, { fullName: 'Fanta Former', country: 'CI' });
    const other = await jitPerson(t, { fullName: 'Ola Other', country: 'BR' });
    const someone = await createMember(t, { fullName: 'Sam Someone', totp: true });
    const noTotp = await createMember(t, { fullName: 'Nadia NoTotp', country: 'GH' });
    const suspended = await createMember(t, {
      fullName: 'Sid Suspended',
      totp: true,
      status: AccountStatus.SUSPENDED,
    });
    Object.assign(agents, {
      leader: leader.agent,
      member: member.agent,
      observer: observer.agent,
      'former member': former.agent,
      'member of another workspace': other.agent,
      moderator: await signIn(t, await createMember(t, { role: Role.MODERATOR, fullName: 'Mo Moderator' })),
      admin: await signIn(t, await createMember(t, { role: Role.ADMIN, fullName: 'Ada Admin' })),
      'member without a second factor': await signIn(t, noTotp),
      suspended: await signIn(t, suspended),
    });

    const w = await createWorkspace(leader.agent, {
      name: 'Operation Volta Crossing',
      countries: ['GH', 'CI'],
      leaderCountry: 'GH',
      agreementEndsOn: '2030-06-30',
    });
    await addMember(leader.agent, w.id, member.member.id, 'MEMBER', 'CI');
    await addMember(leader.agent, w.id, observer.member.id, 'OBSERVER', 'GH');
    await addMember(leader.agent, w.id, former.member.id, 'MEMBER', 'CI');
    await addMember(leader.agent, w.id, noTotp.id, 'MEMBER', 'GH');
    // The former member had written in the workspace before being removed.
    const r = dataOf<{ createLegalRequest: { id: string } }>(
      await former.agent.gql(OPS.find((o) => o.name === 'createLegalRequest')!.query, {
        input: {
          workspaceId: w.id,
          type: 'MLA',
          subject: 'Phone records of the Aflao courier',
          requestingCountry: 'GH',
          requestedCountry: 'CI',
        },
      }),
    ).createLegalRequest.id;
    dataOf(await leader.agent.gql(REMOVE_MEMBER, { w: w.id, m: former.member.id }));
    const task = dataOf<{ createJitTask: { id: string } }>(
      await member.agent.gql(OPS.find((o) => o.name === 'createJitTask')!.query, { w: w.id }),
    ).createJitTask.id;
    const note = dataOf<{ createJitNote: { id: string } }>(
      await leader.agent.gql(OPS.find((o) => o.name === 'createJitNote')!.query, { w: w.id }),
    ).createJitNote.id;
    ids = { w: w.id, r, t: task, n: note, someone: someone.id, member: member.member.id };
    otherWorkspace = (
      await createWorkspace(other.agent, {
        name: 'Operación Triple Frontera',
        countries: ['BR', 'PY'],
        leaderCountry: 'BR',
      })
    ).id;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('lists a workspace only for its current members', async () => {
    const list = async (who: string) =>
      dataOf<{ jitWorkspaces: { id: string; myRole: string }[] }>(
        await agents[who]!.gql(`{ jitWorkspaces { id myRole } }`),
      ).jitWorkspaces;
    expect(await list('leader')).toEqual([{ id: ids.w, myRole: 'LEADER' }]);
    expect(await list('member')).toEqual([{ id: ids.w, myRole: 'MEMBER' }]);
    expect(await list('observer')).toEqual([{ id: ids.w, myRole: 'OBSERVER' }]);
    expect(await list('member of another workspace')).toEqual([{ id: otherWorkspace, myRole: 'LEADER' }]);
    for (const who of ['former member', 'moderator', 'admin']) expect(await list(who)).toEqual([]);
  });

  it.each(OPS.filter((o) => o.kind === 'read').map((o) => [o.name, o] as const))(
    '%s: readable by leader, member and observer',
    async (_name, op) => {
      for (const who of ['leader', 'member', 'observer']) {
        const res = await agents[who]!.gql(op.query, op.vars(ids));
        expect(res.body.errors).toBeUndefined();
      }
    },
  );

  it.each(OPS.map((o) => [o.name, o] as const))(
    '%s: outsiders get exactly what a guessed or malformed id gets',
    async (_name, op) => {
      const [guessed, malformed] = await missing(op);
      expect(guessed!.code).toBe('NOT_FOUND');
      expect(malformed).toEqual(guessed);
      for (const who of OUTSIDERS) {
        expect({ who, ...errorOf(await agents[who]!.gql(op.query, op.vars(ids))) }).toEqual({
          who,
          ...guessed,
        });
      }
    },
  );

  it.each(OPS.map((o) => [o.name, o] as const))(
    '%s: a member without a second factor is told to set one up, and a suspended member is refused',
    async (_name, op) => {
      for (const variables of [op.vars(ids), op.vars({ ...ids, w: randomUUID(), r: 'x', t: 'x', n: 'x' })]) {
        expect(errorOf(await agents['member without a second factor']!.gql(op.query, variables))).toEqual({
          code: 'FORBIDDEN',
          message: 'Set up a second factor to open JIT workspaces.',
          reason: JIT_MFA_REQUIRED,
        });
        expect(errorOf(await agents.suspended!.gql(op.query, variables)).code).toBe('FORBIDDEN');
      }
    },
  );

  it('answers a member whose account went back to PENDING with UNAUTHENTICATED everywhere, room included', async () => {
    const pending = await jitPerson(t, { fullName: 'Pia Pending', country: 'CI' });
    await addMember(agents.leader!, ids.w, pending.member.id, 'MEMBER', 'CI');
    await t.sql(`UPDATE app_user SET status = 'PENDING' WHERE id = $1`, [pending.member.id]);
    for (const op of OPS) {
      const res = await pending.agent.gql(op.query, op.vars(ids));
      expect({ op: op.name, code: errorOf(res).code }).toEqual({ op: op.name, code: 'UNAUTHENTICATED' });
    }
    await expect(connectSocket(url, pending.agent)).rejects.toThrow('UNAUTHENTICATED');
    dataOf(await agents.leader!.gql(REMOVE_MEMBER, { w: ids.w, m: pending.member.id }));
  });

  it('asks for a second factor on the list and on creating a workspace too', async () => {
    const noTotp = agents['member without a second factor']!;
    expect(errorOf(await noTotp.gql(`{ jitWorkspaces { id } }`)).reason).toBe(JIT_MFA_REQUIRED);
    const created = await noTotp.gql(
      `mutation { createJitWorkspace(input: { name: "X", countries: ["GH", "CI"], leaderCountry: "GH" }) { id } }`,
    );
    expect(errorOf(created).reason).toBe(JIT_MFA_REQUIRED);
  });

  it.each(OPS.filter((o) => o.kind !== 'read').map((o) => [o.name, o] as const))(
    '%s: observers read only; only leaders manage',
    async (_name, op) => {
      const before = await activityCount();
      expect(errorOf(await agents.observer!.gql(op.query, op.vars(ids)))).toEqual(
        op.kind === 'lead' ? LEADER_ONLY : OBSERVER_REFUSED,
      );
      if (op.kind === 'lead')
        expect(errorOf(await agents.member!.gql(op.query, op.vars(ids)))).toEqual(LEADER_ONLY);
      expect(await activityCount()).toBe(before);
    },
  );

  it('leaves the workspace as it was after all those refusals', async () => {
    const request = dataOf<{ jitRequest: { subject: string; status: string; history: { kind: string }[] } }>(
      await agents.leader!.gql(
        `query Q($r: ID!) { jitRequest(id: $r) { subject status history { kind } } }`,
        {
          r: ids.r,
        },
      ),
    ).jitRequest;
    expect(request).toEqual({
      subject: 'Phone records of the Aflao courier',
      status: 'DRAFT',
      history: [{ kind: 'CREATED' }],
    });
    const workspace = dataOf<{
      jitWorkspace: { status: string; agreementEndsOn: string; members: unknown[] };
    }>(
      await agents.leader!.gql(
        `query Q($w: ID!) { jitWorkspace(id: $w) { status agreementEndsOn members { role } } }`,
        {
          w: ids.w,
        },
      ),
    ).jitWorkspace;
    expect(workspace).toEqual({
      status: 'SETTING_UP',
      agreementEndsOn: '2030-06-30',
      members: [{ role: 'LEADER' }, { role: 'MEMBER' }, { role: 'MEMBER' }, { role: 'OBSERVER' }],
    });
  });

  it('lets into the room only current members with a second factor; everybody else gets what a missing workspace gets', async () => {
    for (const who of ['leader', 'member', 'observer']) {
      expect(await joinWorkspace(await socketOf(agents[who]!), { workspaceId: ids.w })).toEqual({ ok: true });
    }
    const probe = await socketOf(agents.leader!);
    const notFound = { ok: false, error: { code: 'NOT_FOUND', message: 'No such workspace.' } };
    expect(await joinWorkspace(probe, { workspaceId: randomUUID() })).toEqual(notFound);
    expect(await joinWorkspace(probe, { workspaceId: 'not-an-id' })).toEqual(notFound);
    expect(await joinWorkspace(probe, null)).toEqual(notFound);

    const outsiders: Socket[] = [];
    for (const who of OUTSIDERS) {
      const socket = await socketOf(agents[who]!);
      outsiders.push(socket);
      expect({ who, ack: await joinWorkspace(socket, { workspaceId: ids.w }) }).toEqual({
        who,
        ack: notFound,
      });
    }
    const noTotp = await socketOf(agents['member without a second factor']!);
    outsiders.push(noTotp);
    expect(await joinWorkspace(noTotp, { workspaceId: ids.w })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Set up a second factor to open JIT workspaces.' },
    });
    const suspended = await socketOf(agents.suspended!);
    const refused = nextEvent(suspended, 'exception');
    suspended.emit(JIT_EVENTS.join, { workspaceId: ids.w });
    expect(await refused).toMatchObject({ code: 'FORBIDDEN' });

    // A change reaches the members in the room, and nobody who was refused.
    const seen = outsiders.map((s) => recordEvents(s, [JIT_EVENTS.changed]));
    const member = await socketOf(agents.member!);
    await joinWorkspace(member, { workspaceId: ids.w });
    const changed = nextEvent(member, JIT_EVENTS.changed, (p: { area: string }) => p.area === 'tasks');
    dataOf(await agents.leader!.gql(OPS.find((o) => o.name === 'createJitTask')!.query, { w: ids.w }));
    expect(await changed).toEqual({ workspaceId: ids.w, area: 'tasks' });
    await settle();
    for (const record of seen) expect(record[JIT_EVENTS.changed]).toEqual([]);
  });
});
