import { randomUUID } from 'node:crypto';
import {
  addMember,
  createWorkspace,
  dataOf,
  errorOf,
  jitPerson,
  REMOVE_MEMBER,
} from '../../test/factories/jit.factory.js';
import type { TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { JitRequestsService } from './requests.service.js';

/**
 * The legal requests tracker (history, status dates, overdue, the due-day reminder), tasks, notes
 * with revisions and version conflicts, and the activity timeline.
 */

const REQUEST_FIELDS = `id type status subject requestingCountry requestedCountry draftedOn sentOn acknowledgedOn
  dueOn answeredOn overdue responsible { id } tracing { manufacturer model calibre serialNumber countryOfManufacture importMarking }
  history { kind actor { fullName } fromStatus toStatus comment fields }`;
const CREATE_REQUEST = `mutation C($input: LegalRequestInput!) { createLegalRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const UPDATE_REQUEST = `mutation U($id: ID!, $input: LegalRequestUpdateInput!) { updateLegalRequest(id: $id, input: $input) { ${REQUEST_FIELDS} } }`;
const REQUEST_STATUS = `mutation S($id: ID!, $s: LegalRequestStatus!, $c: String) { setLegalRequestStatus(id: $id, status: $s, comment: $c) { ${REQUEST_FIELDS} } }`;
const REQUESTS = `query R($w: ID!) { jitRequests(workspaceId: $w) { subject overdue } }`;
const NOTIFICATIONS = `{ notifications { items { kind title link } } unreadNotificationCount }`;

const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type Request = Record<string, unknown> & { id: string; history: Record<string, unknown>[] };

describe('JIT requests tracker, tasks, notes and activity', () => {
  let t: TestApp;
  let leader: { member: TestMember; agent: TestAgent };
  let member: { member: TestMember; agent: TestAgent };
  let observer: { member: TestMember; agent: TestAgent };
  let w: string;
  const newRequest = async (input: Record<string, unknown>, agent = leader.agent): Promise<Request> =>
    dataOf<{ createLegalRequest: Request }>(
      await agent.gql(CREATE_REQUEST, {
        input: { workspaceId: w, type: 'MLA', requestingCountry: 'BR', requestedCountry: 'PY', ...input },
      }),
    ).createLegalRequest;

  beforeAll(async () => {
    t = await createTestApp();
    leader = await jitPerson(t, { fullName: 'Rafael Lima', country: 'BR' });
    member = await jitPerson(t, { fullName: 'Rosa Benítez', country: 'PY' });
    observer = await jitPerson(t, { fullName: 'Lucía Ferreyra', country: 'AR' });
    w = (
      await createWorkspace(leader.agent, {
        name: 'Operación Triple Frontera',
        countries: ['BR', 'PY', 'AR'],
        leaderCountry: 'BR',
      })
    ).id;
    await addMember(leader.agent, w, member.member.id, 'MEMBER', 'PY');
    await addMember(leader.agent, w, observer.member.id, 'OBSERVER', 'AR');
  });
  afterAll(() => t.close());

  it('records a tracing request with its firearm and refuses firearm details on other requests', async () => {
    const tracing = await newRequest({
      type: 'TRACING',
      subject: 'Trace the pistol seized in Ciudad del Este',
      requestingCountry: 'py',
      tracing: {
        manufacturer: 'Taurus',
        model: 'G2C',
        calibre: '9x19',
        serialNumber: 'ABC123',
        countryOfManufacture: 'br',
      },
    });
    expect(tracing).toMatchObject({
      status: 'DRAFT',
      requestingCountry: 'PY',
      tracing: {
        manufacturer: 'Taurus',
        model: 'G2C',
        calibre: '9x19',
        serialNumber: 'ABC123',
        countryOfManufacture: 'BR',
        importMarking: null,
      },
      history: [
        {
          kind: 'CREATED',
          actor: { fullName: 'Rafael Lima' },
          fromStatus: null,
          toStatus: null,
          comment: null,
          fields: null,
        },
      ],
    });
    const wrong = await leader.agent.gql(CREATE_REQUEST, {
      input: {
        workspaceId: w,
        type: 'MLA',
        subject: 'x',
        requestingCountry: 'BR',
        requestedCountry: 'PY',
        tracing: { model: 'G2C' },
      },
    });
    expect(errorOf(wrong)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'tracing', code: 'onlyTracing' }],
    });
  });

  it.each([
    [
      'an observer as responsible',
      () => ({ responsibleId: observer.member.id }),
      'responsibleId',
      'notAWriter',
    ],
    [
      'someone outside the workspace as responsible',
      () => ({ responsibleId: randomUUID() }),
      'responsibleId',
      'notAWriter',
    ],
    ['an unknown country', () => ({ requestedCountry: 'ZZ' }), 'requestedCountry', 'isIn'],
    ['a malformed due date', () => ({ dueOn: '2026-13-01' }), 'dueOn', 'isDay'],
    ['an empty subject', () => ({ subject: '' }), 'subject', 'isLength'],
  ])('refuses a request with %s', async (_what, change, field, code) => {
    const res = await leader.agent.gql(CREATE_REQUEST, {
      input: {
        workspaceId: w,
        type: 'MLA',
        subject: 'Bank records',
        requestingCountry: 'BR',
        requestedCountry: 'PY',
        ...change(),
      },
    });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field, code }] });
  });

  it('keeps a history of edits and status changes and fills each date once', async () => {
    const r = await newRequest({
      subject: 'Bank records of the front company',
      responsibleId: member.member.id,
    });
    const edited = dataOf<{ updateLegalRequest: Request }>(
      await member.agent.gql(UPDATE_REQUEST, {
        id: r.id,
        input: {
          subject: 'Bank records of Importadora Sol',
          requestedReference: 'PY-MLA-77',
          dueOn: daysFromToday(20),
        },
      }),
    ).updateLegalRequest;
    expect(edited.history[1]).toEqual({
      kind: 'EDITED',
      actor: { fullName: 'Rosa Benítez' },
      fromStatus: null,
      toStatus: null,
      comment: null,
      fields: ['subject', 'requestedReference', 'dueOn'],
    });

    const sent = dataOf<{ setLegalRequestStatus: Request }>(
      await leader.agent.gql(REQUEST_STATUS, {
        id: r.id,
        s: 'SENT',
        c: 'Sent through the central authority.',
      }),
    ).setLegalRequestStatus;
    expect(sent).toMatchObject({ status: 'SENT', sentOn: today(), answeredOn: null });
    expect(sent.history[2]).toMatchObject({
      kind: 'STATUS',
      fromStatus: 'DRAFT',
      toStatus: 'SENT',
      comment: 'Sent through the central authority.',
    });

    // A date already given is kept.
    await leader.agent.gql(UPDATE_REQUEST, { id: r.id, input: { acknowledgedOn: '2026-01-05' } });
    const acknowledged = dataOf<{ setLegalRequestStatus: Request }>(
      await leader.agent.gql(REQUEST_STATUS, { id: r.id, s: 'ACKNOWLEDGED' }),
    ).setLegalRequestStatus;
    expect(acknowledged.acknowledgedOn).toBe('2026-01-05');
    const done = dataOf<{ setLegalRequestStatus: Request }>(
      await leader.agent.gql(REQUEST_STATUS, { id: r.id, s: 'PARTIALLY_EXECUTED' }),
    ).setLegalRequestStatus;
    expect(done.answeredOn).toBe(today());

    const commented = dataOf<{ commentLegalRequest: Request }>(
      await member.agent.gql(
        `mutation C($id: ID!) { commentLegalRequest(id: $id, body: "Statements still missing.") { ${REQUEST_FIELDS} } }`,
        {
          id: r.id,
        },
      ),
    ).commentLegalRequest;
    expect(commented.history.map((h) => h.kind)).toEqual([
      'CREATED',
      'EDITED',
      'STATUS',
      'EDITED',
      'STATUS',
      'STATUS',
      'COMMENT',
    ]);
    expect(
      errorOf(
        await member.agent.gql(`mutation C($id: ID!) { commentLegalRequest(id: $id, body: "   ") { id } }`, {
          id: r.id,
        }),
      ),
    ).toMatchObject({
      fields: [{ field: 'body', code: 'isNotEmpty' }],
    });
  });

  it('shows overdue requests first and counts them on the workspace', async () => {
    await newRequest({ subject: 'Late: phone records', dueOn: daysFromToday(-3) });
    const answered = await newRequest({ subject: 'Late but answered', dueOn: daysFromToday(-5) });
    await leader.agent.gql(REQUEST_STATUS, { id: answered.id, s: 'EXECUTED' });
    const list = dataOf<{ jitRequests: { subject: string; overdue: boolean }[] }>(
      await observer.agent.gql(REQUESTS, { w }),
    ).jitRequests;
    expect(list[0]).toEqual({ subject: 'Late: phone records', overdue: true });
    expect(list.filter((r) => r.overdue)).toEqual([{ subject: 'Late: phone records', overdue: true }]);
    const counts = dataOf<{ jitWorkspace: { counts: { overdueRequests: number } } }>(
      await observer.agent.gql(`query W($id: ID!) { jitWorkspace(id: $id) { counts { overdueRequests } } }`, {
        id: w,
      }),
    ).jitWorkspace.counts;
    expect(counts.overdueRequests).toBe(1);
  });

  it('reminds the responsible member on the due day, once, and only while they are a member', async () => {
    const due = await jitPerson(t, { fullName: 'Duda Due' });
    const gone = await jitPerson(t, { fullName: 'Gonzalo Gone' });
    await addMember(leader.agent, w, due.member.id, 'MEMBER', 'BR');
    await addMember(leader.agent, w, gone.member.id, 'MEMBER', 'BR');
    const r = await newRequest({
      subject: 'Extradition file of the courier',
      dueOn: today(),
      responsibleId: due.member.id,
    });
    await newRequest({ subject: 'Not due yet', dueOn: daysFromToday(1), responsibleId: due.member.id });
    const goneRequest = await newRequest({
      subject: 'Responsible left',
      dueOn: today(),
      responsibleId: gone.member.id,
    });
    dataOf(await leader.agent.gql(REMOVE_MEMBER, { w, m: gone.member.id }));

    const service = t.app.get(JitRequestsService);
    expect(await service.notifyDue()).toBe(1);
    const seen = dataOf<{ notifications: { items: unknown[] }; unreadNotificationCount: number }>(
      await due.agent.gql(NOTIFICATIONS),
    );
    expect(seen.notifications.items).toEqual([
      {
        kind: 'JIT_REQUEST_DUE',
        title: 'Extradition file of the courier',
        link: `/jit/${w}/requests/${r.id}`,
      },
    ]);
    expect(seen.unreadNotificationCount).toBe(1);
    expect(
      dataOf<{ notifications: { items: unknown[] } }>(await gone.agent.gql(NOTIFICATIONS)).notifications
        .items,
    ).toEqual([]);
    // Once a day.
    expect(await service.notifyDue()).toBe(0);
    const [stamped] = await t.sql<{ due_notified_on: string }[]>(
      `SELECT due_notified_on::text FROM jit_request WHERE id = $1`,
      [goneRequest.id],
    );
    expect(stamped!.due_notified_on).toBe(today());

    // Removed later, they no longer see what the reminder was about.
    dataOf(await leader.agent.gql(REMOVE_MEMBER, { w, m: due.member.id }));
    expect(
      dataOf<{ notifications: { items: unknown[] }; unreadNotificationCount: number }>(
        await due.agent.gql(NOTIFICATIONS),
      ),
    ).toEqual({
      notifications: { items: [] },
      unreadNotificationCount: 0,
    });
  });

  it('assigns tasks to members who write, moves them through statuses and keeps comments', async () => {
    const CREATE = `mutation C($input: JitTaskInput!) { createJitTask(input: $input) { id title status overdue assignee { fullName } comments { body author { fullName } } } }`;
    const refused = await leader.agent.gql(CREATE, {
      input: { workspaceId: w, title: 'Interview', assigneeId: observer.member.id },
    });
    expect(errorOf(refused)).toMatchObject({ fields: [{ field: 'assigneeId', code: 'notAWriter' }] });
    const task = dataOf<{ createJitTask: { id: string; overdue: boolean } }>(
      await leader.agent.gql(CREATE, {
        input: {
          workspaceId: w,
          title: 'Interview the courier',
          assigneeId: member.member.id,
          dueOn: daysFromToday(-1),
        },
      }),
    ).createJitTask;
    expect(task).toMatchObject({
      title: 'Interview the courier',
      status: 'OPEN',
      overdue: true,
      assignee: { fullName: 'Rosa Benítez' },
    });
    const moved = dataOf<{ setJitTaskStatus: Record<string, unknown> }>(
      await member.agent.gql(
        `mutation S($id: ID!) { setJitTaskStatus(id: $id, status: DONE) { status overdue } }`,
        { id: task.id },
      ),
    ).setJitTaskStatus;
    expect(moved).toEqual({ status: 'DONE', overdue: false });
    const commented = dataOf<{ commentJitTask: { comments: unknown[] } }>(
      await member.agent.gql(
        `mutation C($id: ID!) { commentJitTask(id: $id, body: "Done on Tuesday.") { comments { body author { fullName } } } }`,
        { id: task.id },
      ),
    ).commentJitTask;
    expect(commented.comments).toEqual([{ body: 'Done on Tuesday.', author: { fullName: 'Rosa Benítez' } }]);
  });

  it('keeps every version of a note and refuses a change made on a stale one', async () => {
    const NOTE = `id version title body updatedBy { fullName } revisions { version title body editedBy { fullName } }`;
    const note = dataOf<{ createJitNote: { id: string; version: number } }>(
      await leader.agent.gql(
        `mutation C { createJitNote(input: { workspaceId: "${w}", kind: STRATEGY, title: "Strategy", body: "**Phase 1**: map the route." }) { ${NOTE} } }`,
      ),
    ).createJitNote;
    expect(note.version).toBe(1);
    const UPDATE = `mutation U($id: ID!, $input: JitNoteUpdateInput!) { updateJitNote(id: $id, input: $input) { ${NOTE} } }`;
    const first = dataOf<{ updateJitNote: Record<string, unknown> }>(
      await member.agent.gql(UPDATE, {
        id: note.id,
        input: { body: '**Phase 1**: map the route.\n\n**Phase 2**: arrests.', expectedVersion: 1 },
      }),
    ).updateJitNote;
    expect(first).toMatchObject({
      version: 2,
      updatedBy: { fullName: 'Rosa Benítez' },
      revisions: [
        {
          version: 1,
          title: 'Strategy',
          body: '**Phase 1**: map the route.',
          editedBy: { fullName: 'Rafael Lima' },
        },
      ],
    });
    // The leader still had version 1 open.
    const stale = await leader.agent.gql(UPDATE, {
      id: note.id,
      input: { title: 'Strategy (leader)', expectedVersion: 1 },
    });
    expect(errorOf(stale)).toEqual({
      code: 'CONFLICT',
      message: 'Someone else changed this note. Reload it to see their version.',
    });
    const current = dataOf<{ jitNote: { title: string; version: number } }>(
      await observer.agent.gql(`query N($id: ID!) { jitNote(id: $id) { title version } }`, { id: note.id }),
    ).jitNote;
    expect(current).toEqual({ title: 'Strategy', version: 2 });
  });

  it('tells the story of the workspace, newest first, page by page', async () => {
    const PAGE = `query A($w: ID!, $b: ID, $f: Int) { jitActivity(workspaceId: $w, before: $b, first: $f) { hasMore items { id action subjectType summary actor { fullName } } } }`;
    type Page = {
      hasMore: boolean;
      items: { id: string; action: string; subjectType: string; summary: string }[];
    };
    const all = dataOf<{ jitActivity: Page }>(await observer.agent.gql(PAGE, { w, f: 100 })).jitActivity;
    expect(all.items.at(-1)).toMatchObject({
      action: 'workspace.created',
      summary: 'Operación Triple Frontera',
    });
    expect(all.items[0]).toMatchObject({ action: 'note.updated', subjectType: 'note', summary: 'Strategy' });
    const actions = new Set(all.items.map((i) => i.action));
    for (const action of [
      'member.added',
      'member.removed',
      'request.created',
      'request.updated',
      'request.status_changed',
      'request.commented',
      'task.created',
      'task.status_changed',
      'task.commented',
      'note.created',
    ]) {
      expect(actions).toContain(action);
    }
    const first = dataOf<{ jitActivity: Page }>(await observer.agent.gql(PAGE, { w, f: 3 })).jitActivity;
    const next = dataOf<{ jitActivity: Page }>(
      await observer.agent.gql(PAGE, { w, f: 3, b: first.items[2]!.id }),
    ).jitActivity;
    expect(first.hasMore).toBe(true);
    expect([...first.items, ...next.items].map((i) => i.id)).toEqual(all.items.slice(0, 6).map((i) => i.id));
  });
});
