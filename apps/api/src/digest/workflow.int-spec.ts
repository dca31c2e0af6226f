import { Role } from '@cop/contracts';
import { createCategory, uploadFile } from '../../test/factories/discussion.factory.js';
import {
  ARCHIVE_CASE,
  caseInput,
  CREATE_CASE,
  GET_CASE,
  proposeCase,
  PUBLISH_CASE,
  publishedCase,
  RESTORE_CASE,
  RETURN_CASE,
  SUBMIT_CASE,
  UPDATE_CASE,
} from '../../test/factories/digest.factory.js';
import { dataOf, errorOf } from '../../test/factories/jit.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { pdf } from '../../test/fixtures/files.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * The case-law workflow as its users meet it: a member proposes, submits, a moderator returns
 * with a comment (the author is told), the author fixes and resubmits, the moderator publishes;
 * revising a published record keeps members on the published version; archiving keeps the link
 * working. Who may do what: members never publish, return or archive; nobody but the author and
 * moderators ever sees a draft, a record in review or a revision in progress; every transition is
 * in the record's history and in the audit trail.
 */

type Case = {
  id: string;
  status: string;
  revision: number;
  publishedRevision: number | null;
  archived: boolean;
  canEdit: boolean;
  canSubmit: boolean;
  canModerate: boolean;
  reviewComment: string | null;
  content: { title: string; summary: string };
  published: { title: string } | null;
};

const HISTORY = `query H($id: ID!) { digestCase(id: $id) { id status
  events { kind revision comment actor { id } } revisions { number note editor { id } } } }`;
const MINE = `{ digestMyCases { id status content { title } } }`;
const QUEUE = `{ digestReviewQueue { id status content { title } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { items { kind link title excerpt read } } }`;
const REVISION = `query R($id: ID!, $n: Int!) { digestRevisionContent(caseId: $id, number: $n) { title } }`;
const DIFF = `query D($id: ID!, $a: Int!, $b: Int!) { digestRevisionDiff(caseId: $id, from: $a, to: $b) { field } }`;
const TRANSLATE = `mutation T($id: ID!, $l: String!, $f: CaseTextInput!) { saveDigestTranslation(id: $id, language: $l, fields: $f) { id } }`;
const DISCUSS = `mutation D($id: ID!, $c: ID!) { discussDigestCase(id: $id, categoryId: $c) }`;
const THREAD = `query T($id: ID!) { discussionThread(id: $id) { id title links { targetType targetId } opening { bodyHtml } } }`;
const ATTACHMENTS = `query A($id: ID!) { digestCase(id: $id) { attachments { id name downloadUrl } } }`;

describe('case-law workflow', () => {
  let t: TestApp;
  let author: TestMember;
  let a: TestAgent;
  let other: TestMember;
  let o: TestAgent;
  let moderator: TestMember;
  let mod: TestAgent;
  let admin: TestAgent;

  const get = async (agent: TestAgent, id: string) =>
    dataOf<{ digestCase: Case }>(await agent.gql(GET_CASE, { id })).digestCase;

  beforeAll(async () => {
    t = await createTestApp();
    author = await createMember(t, { fullName: 'Awa Ndiaye', country: 'SN' });
    other = await createMember(t, { fullName: 'Luis Ortega', country: 'MX' });
    moderator = await createMember(t, { role: Role.MODERATOR, fullName: 'Maria Costa' });
    a = await signIn(t, author);
    o = await signIn(t, other);
    mod = await signIn(t, moderator);
    admin = await signIn(t, await createMember(t, { role: Role.ADMIN }));
  });
  afterAll(() => t.close());

  it('takes a proposal through return, fix, resubmit and publish — with history, audit and the author told', async () => {
    const created = dataOf<{ createDigestCase: Case }>(
      await a.gql(CREATE_CASE, { input: caseInput({ title: 'Parcels of converted pistols' }) }),
    ).createDigestCase;
    expect(created).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      publishedRevision: null,
      canEdit: true,
      canSubmit: true,
      canModerate: false,
      published: null,
    });
    const id = created.id;

    expect(dataOf(await a.gql(SUBMIT_CASE, { id }))).toEqual({
      submitDigestCase: { id, status: 'IN_REVIEW' },
    });
    // In review the author waits: no edits until it comes back.
    expect((await get(a, id)).canEdit).toBe(false);
    expect(
      dataOf<{ digestReviewQueue: { id: string }[] }>(await mod.gql(QUEUE)).digestReviewQueue.map(
        (c) => c.id,
      ),
    ).toContain(id);

    const returned = dataOf<{ returnDigestCase: Case }>(
      await mod.gql(RETURN_CASE, { id, c: 'Add the appeal reference and the quantity of rounds.' }),
    ).returnDigestCase;
    expect(returned).toMatchObject({
      status: 'DRAFT',
      reviewComment: 'Add the appeal reference and the quantity of rounds.',
    });
    const { items } = dataOf<{
      notifications: { items: { kind: string; link: string; title: string; excerpt: string | null }[] };
    }>(await a.gql(NOTIFICATIONS)).notifications;
    expect(items[0]).toMatchObject({
      kind: 'DIGEST_RETURNED',
      link: `/case-law/cases/${id}`,
      title: 'Parcels of converted pistols',
      excerpt: 'Add the appeal reference and the quantity of rounds.',
    });
    expect(
      dataOf<{ digestMyCases: { id: string; status: string }[] }>(await a.gql(MINE)).digestMyCases[0],
    ).toMatchObject({ id, status: 'DRAFT' });

    const fixed = dataOf<{ updateDigestCase: Case }>(
      await a.gql(UPDATE_CASE, {
        id,
        rev: 1,
        note: 'Added the appeal reference',
        input: caseInput({ title: 'Parcels of converted pistols', caseNumber: 'CA-2024-88' }),
      }),
    ).updateDigestCase;
    expect(fixed).toMatchObject({ status: 'DRAFT', revision: 2 });
    dataOf(await a.gql(SUBMIT_CASE, { id }));
    expect(dataOf(await mod.gql(PUBLISH_CASE, { id }))).toEqual({
      publishDigestCase: { id, status: 'PUBLISHED', publishedRevision: 2 },
    });
    expect((await a.gql(NOTIFICATIONS)).body.data.notifications.items[0]).toMatchObject({
      kind: 'DIGEST_PUBLISHED',
    });

    // Another member now reads it.
    expect(await get(o, id)).toMatchObject({
      status: 'PUBLISHED',
      revision: 2,
      reviewComment: null,
      canEdit: false,
    });

    const history = dataOf<{
      digestCase: {
        events: { kind: string; revision: number; comment: string | null; actor: { id: string } }[];
        revisions: { number: number; note: string | null; editor: { id: string } }[];
      };
    }>(await a.gql(HISTORY, { id })).digestCase;
    expect(history.events.map((e) => [e.kind, e.revision, e.actor.id])).toEqual([
      ['CREATED', 1, author.id],
      ['SUBMITTED', 1, author.id],
      ['RETURNED', 1, moderator.id],
      ['SAVED', 2, author.id],
      ['SUBMITTED', 2, author.id],
      ['PUBLISHED', 2, moderator.id],
    ]);
    expect(history.events[2]!.comment).toBe('Add the appeal reference and the quantity of rounds.');
    expect(history.revisions.map((r) => [r.number, r.note, r.editor.id])).toEqual([
      [2, 'Added the appeal reference', author.id],
      [1, null, author.id],
    ]);

    const audit = await t.sql<{ action: string; actor_id: string; target_type: string; details: unknown }[]>(
      `SELECT action, actor_id, target_type, details FROM audit_event WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((r) => [r.action, r.actor_id])).toEqual([
      ['digest.case.created', author.id],
      ['digest.case.submitted', author.id],
      ['digest.case.returned', moderator.id],
      ['digest.case.submitted', author.id],
      ['digest.case.published', moderator.id],
    ]);
    // Ids only: no comment or content in the audit trail.
    expect(JSON.stringify(audit)).not.toContain('appeal reference');
    expect(audit.every((r) => r.target_type === 'digest_case')).toBe(true);
  });

  it('never lets a member publish, return, archive or restore — not even their own record', async () => {
    const { id } = await proposeCase(a);
    for (const [mutation, vars] of [
      [PUBLISH_CASE, { id }],
      [RETURN_CASE, { id, c: 'fine' }],
      [ARCHIVE_CASE, { id, r: 'old' }],
      [RESTORE_CASE, { id }],
    ] as const) {
      expect(errorOf(await a.gql(mutation, vars)).code).toBe('FORBIDDEN');
    }
    dataOf(await a.gql(SUBMIT_CASE, { id }));
    expect(errorOf(await a.gql(PUBLISH_CASE, { id })).code).toBe('FORBIDDEN');
    expect(errorOf(await a.gql(QUEUE)).code).toBe('FORBIDDEN');
    expect((await get(mod, id)).status).toBe('IN_REVIEW');
  });

  it('hides a draft and a record in review from every other member exactly like a missing one', async () => {
    const { id } = await proposeCase(a, { title: 'Straw purchases in a border town' });
    const missing = '00000000-0000-4000-8000-000000000000';
    const asOther = async (id: string) => [
      errorOf(await o.gql(GET_CASE, { id })).code,
      errorOf(await o.gql(UPDATE_CASE, { id, rev: 1, input: caseInput() })).code,
      errorOf(await o.gql(SUBMIT_CASE, { id })).code,
      errorOf(await o.gql(REVISION, { id, n: 1 })).code,
      errorOf(await o.gql(DIFF, { id, a: 1, b: 1 })).code,
      errorOf(await o.gql(TRANSLATE, { id, l: 'fr', f: { title: 'Achats' } })).code,
      errorOf(await o.gql(DISCUSS, { id, c: missing })).code,
    ];
    const notFound = Array(7).fill('NOT_FOUND');
    expect(await asOther(id)).toEqual(notFound);
    expect(await asOther(missing)).toEqual(notFound);
    expect(await asOther('not-a-uuid')).toEqual(notFound);
    dataOf(await a.gql(SUBMIT_CASE, { id }));
    expect(await asOther(id)).toEqual(notFound);
    // Nor does it appear in their lists.
    expect(dataOf<{ digestMyCases: unknown[] }>(await o.gql(MINE)).digestMyCases).toEqual([]);
    // Moderators and admins see it.
    expect((await get(mod, id)).status).toBe('IN_REVIEW');
    expect((await get(admin, id)).content.title).toBe('Straw purchases in a border town');
  });

  it('keeps members on the published version while its author revises it, until the revision is published', async () => {
    const { id } = await publishedCase(a, mod, {
      title: 'First published title',
      summary: 'Published summary.',
    });
    const revised = dataOf<{ updateDigestCase: Case }>(
      await a.gql(UPDATE_CASE, {
        id,
        rev: 1,
        input: caseInput({ title: 'Revised title in progress', summary: 'Unreviewed summary.' }),
      }),
    ).updateDigestCase;
    expect(revised).toMatchObject({
      status: 'DRAFT',
      revision: 2,
      publishedRevision: 1,
      content: { title: 'Revised title in progress' },
      published: { title: 'First published title' },
    });

    const seen = dataOf<{ digestCase: Case & { events: unknown[]; revisions: unknown[] } }>(
      await o.gql(
        `query G($id: ID!) { digestCase(id: $id) { status revision publishedRevision reviewComment canEdit canSubmit
        content { title summary } events { kind } revisions { number } localized(language: "en") { title summary } } }`,
        { id },
      ),
    ).digestCase;
    expect(seen).toMatchObject({
      status: 'PUBLISHED',
      revision: 1,
      canEdit: false,
      canSubmit: false,
      content: { title: 'First published title', summary: 'Published summary.' },
      events: [],
      revisions: [],
      localized: { title: 'First published title', summary: 'Published summary.' },
    });
    expect(JSON.stringify(seen)).not.toContain('in progress');
    expect(errorOf(await o.gql(REVISION, { id, n: 2 })).code).toBe('NOT_FOUND');
    // A member who is not the author may not touch it.
    expect(errorOf(await o.gql(UPDATE_CASE, { id, rev: 2, input: caseInput() })).code).toBe('FORBIDDEN');
    expect(errorOf(await o.gql(SUBMIT_CASE, { id })).code).toBe('FORBIDDEN');

    dataOf(await a.gql(SUBMIT_CASE, { id }));
    expect((await get(o, id)).content.title).toBe('First published title');
    dataOf(await mod.gql(PUBLISH_CASE, { id }));
    expect(await get(o, id)).toMatchObject({ revision: 2, content: { title: 'Revised title in progress' } });
  });

  it('lets a moderator publish their own edit directly, but not someone else’s unsubmitted draft', async () => {
    const { id } = await proposeCase(a);
    expect(errorOf(await mod.gql(PUBLISH_CASE, { id })).code).toBe('CONFLICT');
    const edited = dataOf<{ updateDigestCase: Case }>(
      await mod.gql(UPDATE_CASE, { id, rev: 1, input: caseInput({ title: 'Edited by the moderator' }) }),
    ).updateDigestCase;
    expect(edited.revision).toBe(2);
    expect(dataOf(await mod.gql(PUBLISH_CASE, { id }))).toMatchObject({
      publishDigestCase: { status: 'PUBLISHED' },
    });
  });

  it('archives with a reason: the link still opens, flagged archived; restoring publishes it again', async () => {
    const { id } = await publishedCase(a, mod, { title: 'A decision later overturned' });
    expect(errorOf(await mod.gql(ARCHIVE_CASE, { id, r: '   ' })).fields).toEqual([
      { field: 'reason', code: 'isNotEmpty' },
    ]);
    expect(dataOf(await mod.gql(ARCHIVE_CASE, { id, r: 'Overturned on appeal' }))).toEqual({
      archiveDigestCase: { id, status: 'ARCHIVED', archived: true },
    });
    expect(await get(o, id)).toMatchObject({
      status: 'ARCHIVED',
      archived: true,
      content: { title: 'A decision later overturned' },
    });
    const [published] = await t.sql<{ archived: boolean }[]>(
      `SELECT archived FROM digest_published WHERE case_id = $1`,
      [id],
    );
    expect(published?.archived).toBe(true);
    // Archived records are read-only until restored.
    expect(errorOf(await mod.gql(UPDATE_CASE, { id, rev: 1, input: caseInput() })).code).toBe('CONFLICT');
    expect(errorOf(await a.gql(UPDATE_CASE, { id, rev: 1, input: caseInput() })).code).toBe('CONFLICT');

    expect(dataOf(await mod.gql(RESTORE_CASE, { id }))).toEqual({
      restoreDigestCase: { id, status: 'PUBLISHED', archived: false },
    });
    const [restored] = await t.sql<{ archived: boolean }[]>(
      `SELECT archived FROM digest_published WHERE case_id = $1`,
      [id],
    );
    expect(restored?.archived).toBe(false);
    const kinds = dataOf<{ digestCase: { events: { kind: string; comment: string | null }[] } }>(
      await mod.gql(HISTORY, { id }),
    ).digestCase.events.map((e) => [e.kind, e.comment]);
    expect(kinds.slice(-2)).toEqual([
      ['ARCHIVED', 'Overturned on appeal'],
      ['RESTORED', null],
    ]);
    const actions = await t.sql<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(actions.map((r) => r.action).slice(-2)).toEqual(['digest.case.archived', 'digest.case.restored']);
  });

  it.each([
    ['submit a record in review', SUBMIT_CASE, {}, 'IN_REVIEW'],
    ['return a draft', RETURN_CASE, { c: 'why' }, 'DRAFT'],
    ['archive a draft', ARCHIVE_CASE, { r: 'why' }, 'DRAFT'],
    ['restore a record in review', RESTORE_CASE, {}, 'IN_REVIEW'],
  ])('refuses to %s (CONFLICT)', async (_what, mutation, vars, status) => {
    const { id } = await proposeCase(a);
    if (status === 'IN_REVIEW') dataOf(await a.gql(SUBMIT_CASE, { id }));
    expect(errorOf(await mod.gql(mutation, { id, ...vars })).code).toBe('CONFLICT');
    expect((await get(mod, id)).status).toBe(status);
  });

  it('lets only those who may open the record download its judgment', async () => {
    const file = await uploadFile(a, pdf('Judgment TGI Dakar'), 'judgment.pdf');
    const created = dataOf<{ createDigestCase: { id: string } }>(
      await a.gql(CREATE_CASE, { input: caseInput(), files: [file.id] }),
    ).createDigestCase;
    const id = created.id;
    const list = dataOf<{ digestCase: { attachments: { id: string; name: string; downloadUrl: string }[] } }>(
      await a.gql(ATTACHMENTS, { id }),
    ).digestCase.attachments;
    expect(list.map((f) => f.name)).toEqual(['judgment.pdf']);
    const download = (agent: TestAgent) => agent.agent.get(`/api/files/${file.id}`);
    expect((await download(a)).status).toBe(200);
    expect((await download(mod)).status).toBe(200);
    expect((await download(o)).status).toBe(404);
    dataOf(await a.gql(SUBMIT_CASE, { id }));
    expect((await download(o)).status).toBe(404);
    dataOf(await mod.gql(PUBLISH_CASE, { id }));
    expect((await download(o)).status).toBe(200);
    expect(
      dataOf<{ digestCase: { attachments: { id: string }[] } }>(await o.gql(ATTACHMENTS, { id })).digestCase
        .attachments,
    ).toHaveLength(1);
  });

  it('opens one discussion thread per published record, which links back to it', async () => {
    const category = await createCategory(t, 'Case law');
    const draft = await proposeCase(a);
    expect(errorOf(await a.gql(DISCUSS, { id: draft.id, c: category })).code).toBe('CONFLICT');

    const { id } = await publishedCase(a, mod, {
      title: 'Ant trade across the border',
      summary: 'Small *lots* of <b>rounds</b>.',
    });
    const threadId = dataOf<{ discussDigestCase: string }>(
      await o.gql(DISCUSS, { id, c: category }),
    ).discussDigestCase;
    expect(
      dataOf<{ discussDigestCase: string }>(await a.gql(DISCUSS, { id, c: category })).discussDigestCase,
    ).toBe(threadId);
    const thread = dataOf<{
      discussionThread: {
        title: string;
        links: { targetType: string; targetId: string }[];
        opening: { bodyHtml: string };
      };
    }>(await a.gql(THREAD, { id: threadId })).discussionThread;
    expect(thread.title).toBe('Ant trade across the border');
    expect(thread.links).toEqual([{ targetType: 'digest_case', targetId: id }]);
    expect(thread.opening.bodyHtml).toContain(`/case-law/cases/${id}`);
    // The summary is quoted as text: its markup is not rendered.
    expect(thread.opening.bodyHtml).not.toContain('<b>');
    expect(thread.opening.bodyHtml).not.toContain('<em>');
    expect((await get(o, id)) as unknown).toMatchObject({ id });
    expect(
      dataOf<{ digestCase: { threadId: string } }>(
        await o.gql(`query G($id: ID!) { digestCase(id: $id) { threadId } }`, { id }),
      ).digestCase.threadId,
    ).toBe(threadId);
    expect(
      errorOf(
        await o.gql(DISCUSS, {
          id: (await publishedCase(a, mod)).id,
          c: '00000000-0000-4000-8000-000000000000',
        }),
      ).code,
    ).toBe('BAD_USER_INPUT');
  });
});
