import { getDataSourceToken } from '@nestjs/typeorm';
import { type CaseContent, Role } from '@cop/contracts';
import type { DataSource } from 'typeorm';
import { binary } from '../../test/binary.js';
import { dataOf, errorOf } from '../../test/factories/jit.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { parseCsv } from '../common/csv.js';
import { DEMO_CASES } from './digest.demo.cases.js';
import { demoContent } from './digest.demo.js';
import { writeCasesCsv } from './formats/index.js';
import { writePublished } from './published-index.js';

const IMPORT = `mutation I($input: DigestImportInput!) {
  importDigestCases(input: $input) { total valid dryRun imported problems { row field message } } }`;

type Report = {
  total: number;
  valid: number;
  dryRun: boolean;
  imported: string[];
  problems: { row: number; field: string | null; message: string }[];
};

const record = (key: string, over: Partial<Record<keyof CaseContent, unknown>> = {}) => ({
  ...demoContent(DEMO_CASES.find((c) => c.key === key)!),
  ...over,
});

describe('case-law digest import and export', () => {
  let t: TestApp;
  let moderator: TestMember;
  let mod: TestAgent;
  let member: TestAgent;
  const cases = () =>
    t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM digest_case`).then((r) => r[0]!.n);
  const importCases = async (agent: TestAgent, input: Record<string, unknown>) =>
    dataOf<{ importDigestCases: Report }>(await agent.gql(IMPORT, { input })).importDigestCases;

  beforeAll(async () => {
    t = await createTestApp();
    moderator = await createMember(t, { role: Role.MODERATOR, fullName: 'Diego Moderator' });
    mod = await signIn(t, moderator);
    member = await signIn(t, await createMember(t, { fullName: 'Ama Member' }));
  });
  afterAll(() => t.close());

  describe('import', () => {
    it('is for moderators only', async () => {
      const res = await member.gql(IMPORT, {
        input: { format: 'json', data: JSON.stringify([record('gh-tema')]), dryRun: true },
      });
      expect(errorOf(res).code).toBe('FORBIDDEN');
    });

    it('reports every invalid row with its row, field and reason on a dry run, and writes nothing', async () => {
      const rows = [
        record('gh-tema'),
        record('ke-mombasa', { country: 'XX' }),
        record('ke-isiolo', { decisionDate: '2021-02-30' }),
        record('za-durban', { offences: ['illicit-trafficking', 'piracy'] }),
        record('us-texas', { title: '' }),
        record('us-ny', { sources: [{ citation: 'Judgment', url: 'javascript:alert(1)' }] }),
        record('ca-toronto', { summary: 'x'.repeat(4001) }),
        record('cr-limon', { decisionDate: '2999-01-01', weapons: [{ type: 'catapult', quantity: 1 }] }),
      ];
      const before = await cases();
      const report = await importCases(mod, { format: 'json', data: JSON.stringify(rows), dryRun: true });
      expect(report).toMatchObject({ total: 8, valid: 1, dryRun: true, imported: [] });
      const at = (row: number) => report.problems.filter((p) => p.row === row).map((p) => p.field);
      expect(at(1)).toEqual([]);
      expect(at(2)).toEqual(['country']);
      expect(at(3)).toEqual(['decisionDate']);
      expect(at(4)).toEqual([expect.stringMatching(/^offences\.?\[?1\]?$/)]);
      expect(at(5)).toEqual(['title']);
      expect(at(6)).toEqual([expect.stringMatching(/^sources\.?\[?0\]?\.url$/)]);
      expect(at(7)).toEqual(['summary']);
      expect(at(8)).toEqual(
        expect.arrayContaining(['decisionDate', expect.stringMatching(/^weapons.*type$/)]),
      );
      for (const p of report.problems) expect(p.message).not.toBe('');
      expect(await cases()).toBe(before);
    });

    it('refuses malformed files as a whole', async () => {
      const json = await importCases(mod, { format: 'json', data: '[{"title": "x",]', dryRun: true });
      expect(json).toMatchObject({ total: 0, valid: 0, problems: [{ row: 0, field: null }] });
      expect(json.problems[0]!.message).toMatch(/^Not valid JSON/);
      const csv = await importCases(mod, {
        format: 'csv',
        data: 'title,country\n"unclosed,SN\n',
        dryRun: true,
      });
      expect(csv.problems).toEqual([
        { row: 0, field: null, message: expect.stringMatching(/Not a readable CSV/) },
      ]);
      const header = await importCases(mod, { format: 'csv', data: 'title,colour\nA,red\n', dryRun: true });
      expect(header.problems).toEqual([
        { row: 0, field: 'colour', message: expect.stringMatching(/Unknown column/) },
      ]);
      expect(
        errorOf(await mod.gql(IMPORT, { input: { format: 'xml', data: '<a/>', dryRun: true } })).code,
      ).toBe('BAD_USER_INPUT');
    });

    it('writes nothing unless every row is valid; validOnly imports the valid rows as drafts of the importer', async () => {
      const rows = [record('gh-tema'), record('ke-mombasa', { country: 'XX' }), record('ke-isiolo')];
      const data = writeCasesCsv(
        rows.map((content, i) => ({
          id: `id-${i}`,
          url: 'https://x.example',
          content: content as CaseContent,
        })),
      ).toString('utf8');
      const before = await cases();
      const refused = await importCases(mod, { format: 'csv', data, dryRun: false });
      expect(refused).toMatchObject({ total: 3, valid: 2, dryRun: false, imported: [] });
      expect(refused.problems).toEqual([{ row: 2, field: 'country', message: expect.any(String) }]);
      expect(await cases()).toBe(before);

      const partial = await importCases(mod, { format: 'csv', data, dryRun: false, validOnly: true });
      expect(partial.imported).toHaveLength(2);
      const stored = await t.sql<
        {
          status: string;
          author_id: string;
          revision: number;
          published_revision: number | null;
          content: CaseContent;
        }[]
      >(
        `SELECT status, author_id, revision, published_revision, content FROM digest_case WHERE id = ANY($1::uuid[])
          ORDER BY created_at, id`,
        [partial.imported],
      );
      for (const s of stored)
        expect(s).toMatchObject({
          status: 'DRAFT',
          author_id: moderator.id,
          revision: 1,
          published_revision: null,
        });
      expect(stored.map((s) => s.content.court).sort()).toEqual(
        [rows[0]!.court as string, rows[2]!.court as string].sort(),
      );
      // The stored record is the imported one, field for field (the CSV round trip loses nothing).
      const tema = stored.find((s) => s.content.court === rows[0]!.court)!;
      expect(tema.content).toEqual(rows[0]);
      const events = await t.sql<{ kind: string; actor_id: string; revision: number }[]>(
        `SELECT kind, actor_id, revision FROM digest_event WHERE case_id = ANY($1::uuid[])`,
        [partial.imported],
      );
      expect(events).toEqual([
        { kind: 'IMPORTED', actor_id: moderator.id, revision: 1 },
        { kind: 'IMPORTED', actor_id: moderator.id, revision: 1 },
      ]);
      const revisions = await t.sql<{ number: number }[]>(
        `SELECT number FROM digest_revision WHERE case_id = ANY($1::uuid[])`,
        [partial.imported],
      );
      expect(revisions).toEqual([{ number: 1 }, { number: 1 }]);
      const audit = await t.sql<{ actor_id: string; target_id: string; details: unknown }[]>(
        `SELECT actor_id, target_id, details FROM audit_event WHERE action = 'digest.case.imported' ORDER BY id`,
      );
      expect(audit.map((a) => a.target_id).sort()).toEqual([...partial.imported].sort());
      expect(audit[0]).toMatchObject({ actor_id: moderator.id, details: { format: 'csv' } });
    });
  });

  describe('export', () => {
    let published: string;
    let draft: string;

    beforeAll(async () => {
      const report = await importCases(mod, {
        format: 'json',
        data: JSON.stringify([record('ne-agadez'), record('sn-kolda')]),
        dryRun: false,
      });
      [published, draft] = report.imported as [string, string];
      // Published as the workflow does it (its table writes), so this test only depends on them.
      const [row] = await t.sql<{ content: CaseContent }[]>(`SELECT content FROM digest_case WHERE id = $1`, [
        published,
      ]);
      await t.app.get<DataSource>(getDataSourceToken()).transaction(async (m) => {
        await m.query(
          `UPDATE digest_case SET status = 'PUBLISHED', published_revision = revision, published_at = now() WHERE id = $1`,
          [published],
        );
        await writePublished(m, published, 1, row!.content);
      });
    });

    const get = (agent: TestAgent, url: string) => agent.agent.get(url).buffer(true).parse(binary);

    it('exports a published record in each format, as a safe attachment', async () => {
      const expected = record('ne-agadez') as unknown as CaseContent;
      const csv = await get(member, `/api/digest/cases/${published}/export?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers).toMatchObject({
        'content-type': 'text/csv; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'content-security-policy': "sandbox; default-src 'none'",
      });
      expect(csv.headers['content-disposition']).toMatch(
        /^attachment; filename="case-law-NE-PJS-2021-044\.csv"/,
      );
      const rows = parseCsv((csv.body as Buffer).toString('utf8'));
      expect(rows).toHaveLength(2);
      expect(rows[1]!.cells[0]).toBe(published);
      expect(rows[1]!.cells[rows[0]!.cells.indexOf('title')]).toBe(expected.title);

      const json = await get(member, `/api/digest/cases/${published}/export?format=json`);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      const [item] = JSON.parse((json.body as Buffer).toString('utf8')) as (CaseContent & {
        id: string;
        url: string;
      })[];
      expect(item).toEqual({
        id: published,
        url: `${t.config.PUBLIC_URL.replace(/\/$/, '')}/case-law/cases/${published}`,
        ...expected,
      });

      const csl = await get(member, `/api/digest/cases/${published}/export?format=csl-json`);
      expect(JSON.parse((csl.body as Buffer).toString('utf8'))).toEqual([
        expect.objectContaining({
          id: published,
          type: 'legal_case',
          authority: expected.court,
          number: 'PJS 2021/044',
          issued: { 'date-parts': [[2021, 6, 24]] },
        }),
      ]);

      const ris = await get(member, `/api/digest/cases/${published}/export?format=ris`);
      expect(ris.headers['content-disposition']).toMatch(/\.ris"/);
      const text = (ris.body as Buffer).toString('utf8');
      expect(text.startsWith('TY  - CASE\r\n')).toBe(true);
      expect(text).toContain(`M1  - PJS 2021/044\r\n`);
      expect(text.trimEnd().endsWith('ER  -')).toBe(true);
    });

    it('answers drafts exactly like missing or malformed ids, for members and moderators alike', async () => {
      const missing = await get(
        member,
        `/api/digest/cases/00000000-0000-4000-8000-000000000000/export?format=json`,
      );
      expect(missing.status).toBe(404);
      const body = JSON.parse((missing.body as Buffer).toString('utf8'));
      for (const [agent, id] of [
        [member, draft],
        [mod, draft],
        [member, 'not-an-id'],
      ] as const) {
        const res = await get(agent, `/api/digest/cases/${id}/export?format=json`);
        expect(res.status).toBe(404);
        expect(JSON.parse((res.body as Buffer).toString('utf8'))).toEqual(body);
      }
      expect((await get(member, `/api/digest/cases/${published}/export?format=pdf`)).status).toBe(400);
      expect((await t.http().get(`/api/digest/cases/${published}/export?format=json`)).status).toBe(401);
    });

    it('exports a search with the search page’s parameters, and audits every export', async () => {
      const res = await get(
        member,
        `/api/digest/export?format=json&country=NE&country=SN&offence=terrorism-related`,
      );
      expect(res.status).toBe(200);
      const items = JSON.parse((res.body as Buffer).toString('utf8')) as { id: string }[];
      // Only the published one: the draft on the same facets is not exported.
      expect(items.map((i) => i.id)).toEqual([published]);
      const none = await get(member, `/api/digest/export?format=ris&q=catapult`);
      expect((none.body as Buffer).toString('utf8')).toBe('');

      const audit = await t.sql<{ target_type: string; target_id: string | null; details: unknown }[]>(
        `SELECT target_type, target_id, details FROM audit_event WHERE action = 'digest.exported' ORDER BY id`,
      );
      expect(audit).toEqual(
        expect.arrayContaining([
          { target_type: 'digest_case', target_id: published, details: { format: 'ris', count: 1 } },
          { target_type: 'digest_search', target_id: null, details: { format: 'json', count: 1 } },
          { target_type: 'digest_search', target_id: null, details: { format: 'ris', count: 0 } },
        ]),
      );
      // Refused exports leave no trace.
      expect(audit.filter((a) => a.target_id === draft)).toEqual([]);
    });
  });
});
