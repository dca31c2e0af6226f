import { getDataSourceToken } from '@nestjs/typeorm';
import { type CaseContent, DIGEST_REGIONS, Role } from '@cop/contracts';
import type { DataSource } from 'typeorm';
import { type DemoRunResult, runDemoLoaders } from '../database/demo/demo-loader.js';
import { identityDemoLoader } from '../identity/identity.demo.js';
import { dataOf } from '../../test/factories/jit.factory.js';
import { SIGN_IN } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { DigestValidator } from './digest.validation.js';
import { digestDemoLoader } from './digest.demo.js';

const SEARCH = `query S($input: DigestSearchInput!) { digestSearch(input: $input) {
  total hits { case { id title country status archived } snippet { text match } }
  facets { countries { value count } regions { value count } offences { value count } weapons { value count } } } }`;

type Search = {
  digestSearch: {
    total: number;
    hits: {
      case: { id: string; title: string; country: string; status: string; archived: boolean };
      snippet: { text: string; match: boolean }[];
    }[];
    facets: Record<'countries' | 'regions' | 'offences' | 'weapons', { value: string; count: number }[]>;
  };
};

describe('case-law digest demo', () => {
  let t: TestApp;
  let result: DemoRunResult;
  let member: TestAgent;
  const search = async (input: Record<string, unknown>) =>
    dataOf<Search>(await member.gql(SEARCH, { input })).digestSearch;

  beforeAll(async () => {
    t = await createTestApp();
    result = await runDemoLoaders(t.app, t.app.get<DataSource>(getDataSourceToken()), [
      identityDemoLoader,
      digestDemoLoader,
    ]);
    const login = result.logins.find((l) => l.role === 'MEMBER')!;
    member = t.agent();
    const res = await member.gql(SIGN_IN, { input: { email: login.email, password: login.password } });
    expect(res.body.data.signIn.state).toBe('ACTIVE');
  });
  afterAll(() => t.close());

  it('publishes 60+ records across 20+ countries and every region, searchable by members', async () => {
    expect(result.loaded).toEqual(['identity:community-v1', 'digest:case-law-v1']);
    const all = await search({ first: 1 });
    expect(all.total).toBeGreaterThanOrEqual(60);
    expect(all.facets.countries.length).toBeGreaterThanOrEqual(20);
    expect(all.facets.regions.map((r) => r.value).sort()).toEqual([...DIGEST_REGIONS].sort());
    // Every offence and nearly every weapon type of the taxonomy is used.
    expect(all.facets.offences.length).toBeGreaterThanOrEqual(11);
    expect(all.facets.weapons.length).toBeGreaterThanOrEqual(9);

    const text = await search({ text: 'converted alarm pistols', first: 5 });
    expect(text.total).toBeGreaterThan(3);
    expect(text.hits[0]!.case.title).toMatch(/alarm pistols/i);
    expect(text.hits[0]!.snippet.some((p) => p.match)).toBe(true);
    const facet = await search({ countries: ['SN'], offences: ['terrorism-related'] });
    expect(facet.hits.map((h) => h.case.country)).toEqual(['SN']);
  });

  it('keeps drafts, records in review and archived ones out of members’ search', async () => {
    const [counts] = await t.sql<{ published: number; archived: number; draft: number; review: number }[]>(
      `SELECT count(*) FILTER (WHERE p.case_id IS NOT NULL AND NOT p.archived)::int AS published,
              count(*) FILTER (WHERE c.status = 'ARCHIVED')::int AS archived,
              count(*) FILTER (WHERE c.status = 'DRAFT' AND c.published_revision IS NULL)::int AS draft,
              count(*) FILTER (WHERE c.status = 'IN_REVIEW')::int AS review
         FROM digest_case c LEFT JOIN digest_published p ON p.case_id = c.id`,
    );
    expect(counts!.archived).toBeGreaterThanOrEqual(2);
    expect(counts!.draft).toBeGreaterThanOrEqual(1);
    expect(counts!.review).toBeGreaterThanOrEqual(2);
    const all = await search({ first: 50 });
    expect(all.total).toBe(counts!.published);
    expect(all.hits.every((h) => h.case.status === 'PUBLISHED' || h.case.status === 'DRAFT')).toBe(true);
    expect(all.hits.every((h) => !h.case.archived)).toBe(true);
    // One record in review was returned with a comment first; one published record is being revised.
    const [returned] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM digest_event WHERE kind = 'RETURNED' AND comment IS NOT NULL`,
    );
    expect(returned!.n).toBe(1);
    const [revising] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM digest_case WHERE status = 'DRAFT' AND published_revision < revision`,
    );
    expect(revising!.n).toBe(1);
  });

  it('has French and Spanish translations, read with a fallback to the original', async () => {
    const rows = await t.sql<{ language: string; n: number }[]>(
      `SELECT language, count(*)::int AS n FROM digest_translation GROUP BY language ORDER BY language`,
    );
    expect(rows.map((r) => r.language)).toEqual(['es', 'fr']);
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBeGreaterThanOrEqual(10);
    const [dakar] = await t.sql<{ id: string }[]>(
      `SELECT case_id AS id FROM digest_published WHERE case_number = 'TGI-DK 2023/1187'`,
    );
    const res = dataOf<{ digestCase: { localized: { title: string; fallbackFields: string[] } } }>(
      await member.gql(
        `query C($id: ID!) { digestCase(id: $id) { localized(language: "fr") { title fallbackFields } } }`,
        {
          id: dakar!.id,
        },
      ),
    );
    expect(res.digestCase.localized.title).toMatch(/^Pistolets d’alarme convertis/);
    expect(res.digestCase.localized.fallbackFields).toEqual(expect.arrayContaining(['facts', 'reasoning']));
  });

  it('holds records that pass the record rules, with coherent revisions and history', async () => {
    const validator = t.app.get(DigestValidator);
    // As an ordinary member: related decisions must be published ones.
    const reader = { userId: '00000000-0000-4000-8000-000000000000', role: Role.MEMBER } as never;
    const records = await t.sql<
      { id: string; content: CaseContent; revision: number; published_revision: number | null }[]
    >(`SELECT id, content, revision, published_revision FROM digest_case`);
    expect(records.length).toBeGreaterThanOrEqual(65);
    for (const r of records) {
      const shaped = await validator.shape(r.content);
      expect({ id: r.id, problems: shaped.problems }).toEqual({ id: r.id, problems: [] });
      expect(await validator.references(reader, shaped.content!)).toEqual([]);
      // The summary is a digest-length paragraph (~80 words).
      expect(r.content.summary.split(/\s+/).length).toBeGreaterThanOrEqual(50);
    }
    const [incoherent] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM digest_case c
        WHERE c.revision <> (SELECT max(number) FROM digest_revision r WHERE r.case_id = c.id)
           OR c.content <> (SELECT content FROM digest_revision r WHERE r.case_id = c.id AND r.number = c.revision)
           OR (c.published_revision IS NOT NULL AND c.published_revision <>
                (SELECT revision FROM digest_published p WHERE p.case_id = c.id))
           OR NOT EXISTS (SELECT 1 FROM digest_event e WHERE e.case_id = c.id AND e.kind = 'CREATED')`,
    );
    expect(incoherent!.n).toBe(0);
    const [moderated] = await t.sql<{ n: number }[]>(
      `SELECT count(DISTINCT case_id)::int AS n FROM digest_revision WHERE number = 2`,
    );
    expect(moderated!.n).toBeGreaterThanOrEqual(10);
  });
});
