import type { CaseContent } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { dataOf, errorOf } from '../../test/factories/jit.factory.js';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { setArchived, writePublished } from './published-index.js';
import { looksLikeCaseNumber } from './search.service.js';

/**
 * Search as a practitioner uses it: words in any of the content languages (stemmed), phrases,
 * title matches before summary matches before the rest, facet counts that follow the filters,
 * court and case-number lookups, highlighted snippets that stay plain text — and only published,
 * not archived, versions: never a draft, a working copy or an archived record.
 */

const SEARCH = `query S($input: DigestSearchInput!) {
  digestSearch(input: $input) {
    total
    hits { rank case { id title country court courtLevel caseNumber decisionDate outcome status archived }
           snippet { text match } }
    facets { countries { value count } regions { value count } years { value count }
      offences { value count } protocolArticles { value count } conventionArticles { value count }
      weapons { value count } modus { value count } outcomes { value count } courtLevels { value count } }
  } }`;

type Part = { text: string; match: boolean };
type Hit = {
  rank: number | null;
  case: { id: string; title: string; decisionDate: string };
  snippet: Part[];
};
type Facets = Record<string, { value: string; count: number }[]>;
type Result = { total: number; hits: Hit[]; facets: Facets };

const LONG = 'The court examined the evidence and the expert reports in detail before ruling on the charges.';

function content(over: Partial<CaseContent> = {}): CaseContent {
  return {
    title: 'Prosecutor v. K.M.',
    country: 'RS',
    jurisdiction: null,
    court: 'Higher Court in Belgrade',
    courtLevel: 'FIRST_INSTANCE',
    caseNumber: null,
    decisionDate: '2020-05-04',
    proceduralStage: 'FIRST_INSTANCE',
    relatedCaseIds: [],
    legalSystem: 'CIVIL_LAW',
    decisionLanguage: 'sr',
    contentLanguage: 'en',
    offences: ['illicit-possession'],
    protocolArticles: [5],
    conventionArticles: [],
    weapons: [{ type: 'handguns', quantity: 2 }],
    modusOperandi: ['vehicle-concealment'],
    route: [],
    defendants: [],
    outcome: 'CONVICTION',
    summary: 'Two pistols were found in a car at a routine check.',
    facts: LONG,
    reasoning: LONG,
    commentary: '',
    goodPractices: [],
    lessons: [],
    keywords: [],
    sources: [],
    ...over,
  };
}

describe('digest search', () => {
  let t: TestApp;
  let db: DataSource;
  let reader: TestAgent;
  const ids: Record<string, string> = {};

  async function search(input: Record<string, unknown>): Promise<Result> {
    return dataOf<{ digestSearch: Result }>(await reader.gql(SEARCH, { input })).digestSearch;
  }
  const titles = (r: Result) => r.hits.map((h) => h.case.title);
  const count = (facets: Facets, facet: string, value: string) =>
    facets[facet]!.find((f) => f.value === value)?.count ?? 0;

  /** A record published once with `published`; the working copy may differ (a revision in progress). */
  async function publish(
    key: string,
    published: CaseContent,
    options: { working?: CaseContent; archived?: boolean } = {},
  ): Promise<void> {
    const [row] = (await db.query(
      `INSERT INTO digest_case (status, content, revision, published_revision, published_at, archived_at)
       VALUES ($1, $2, $3, 1, now(), $4) RETURNING id`,
      [
        options.archived ? 'ARCHIVED' : options.working ? 'DRAFT' : 'PUBLISHED',
        options.working ?? published,
        options.working ? 2 : 1,
        options.archived ? new Date() : null,
      ],
    )) as { id: string }[];
    await db.transaction(async (m) => {
      await writePublished(m, row!.id, 1, published);
      if (options.archived) await setArchived(m, row!.id, true);
    });
    ids[key] = row!.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
    reader = await signIn(t, await createMember(t, { fullName: 'Bo Lindqvist' }));

    // Ranking: "zastava" in the title, in the summary, only in the facts (two, by date).
    await publish(
      'title',
      content({ title: 'Zastava rifles smuggled by lorry', decisionDate: '2015-01-01' }),
    );
    await publish(
      'summary',
      content({
        title: 'Prosecutor v. D.P.',
        summary: 'Zastava pistols, zastava rifles and more zastava parts were seized.',
        decisionDate: '2024-01-01',
      }),
    );
    await publish(
      'restOld',
      content({
        title: 'Prosecutor v. A.B.',
        facts: `${LONG} A Zastava was found.`,
        decisionDate: '2016-03-03',
      }),
    );
    await publish(
      'restNew',
      content({
        title: 'Prosecutor v. C.D.',
        facts: `${LONG} A Zastava was found.`,
        decisionDate: '2023-03-03',
      }),
    );

    // Languages.
    await publish(
      'fr',
      content({
        title: 'Ministère public c. L.T.',
        country: 'FR',
        court: 'Tribunal judiciaire de Marseille',
        contentLanguage: 'fr',
        decisionLanguage: 'fr',
        summary: "Des armes d'alarme transformées ont été vendues par colis postaux.",
        offences: ['conversion-reactivation'],
        weapons: [{ type: 'converted-alarm-weapons', quantity: 14 }],
        modusOperandi: ['postal-parcels'],
        protocolArticles: [9],
        outcome: 'PLEA_AGREEMENT',
        courtLevel: 'FIRST_INSTANCE',
        decisionDate: '2021-06-01',
      }),
    );
    await publish(
      'es',
      content({
        title: 'Fiscalía c. R.G.',
        country: 'MX',
        court: 'Juzgado de Distrito en Materia Penal de Sonora',
        contentLanguage: 'es',
        decisionLanguage: 'es',
        summary: 'Los traficantes ocultaron fusiles en el tanque de combustible de un camión.',
        offences: ['illicit-trafficking', 'organized-criminal-group'],
        conventionArticles: [5],
        weapons: [{ type: 'rifles', quantity: 40 }],
        modusOperandi: ['vehicle-concealment'],
        protocolArticles: [5, 8],
        outcome: 'CONVICTION',
        courtLevel: 'APPEAL',
        decisionDate: '2019-09-09',
      }),
    );
    // Phrases, case numbers, courts, snippets.
    await publish(
      'phrase',
      content({
        title: 'Prosecutor v. M.O.',
        country: 'DE',
        court: 'Oberlandesgericht Düsseldorf',
        caseNumber: 'III-4 StS 2/19',
        summary: 'The pistols were concealed in the fuel tank of a van.',
        decisionDate: '2019-02-02',
      }),
    );
    await publish(
      'scattered',
      content({
        title: 'Prosecutor v. N.N.',
        country: 'NL',
        court: 'Rechtbank Rotterdam',
        caseNumber: 'ROT-2018-04577',
        summary: 'The tank was full of fuel; the pistols were in the boot.',
        decisionDate: '2018-02-02',
      }),
    );
    await publish(
      'xss',
      content({
        title: 'Prosecutor v. X.S.',
        country: 'GB',
        court: 'Crown Court at Birmingham',
        summary: 'Revolvers <img src=x onerror=alert(1)> were <b>bought</b> online \u0002 from a broker.',
        decisionDate: '2022-02-02',
      }),
    );
    // Never found: an archived record, a draft (never published), a working copy's new words.
    await publish(
      'archived',
      content({ title: 'Archived Zastava matter', country: 'UA', offences: ['diversion'] }),
      {
        archived: true,
      },
    );
    await db.query(`INSERT INTO digest_case (status, content) VALUES ('DRAFT', $1)`, [
      content({ title: 'Draft Zastava matter', country: 'BR' }),
    ]);
    await publish(
      'revised',
      content({ title: 'Prosecutor v. R.V.', country: 'IT', decisionDate: '2017-07-07' }),
      {
        working: content({
          title: 'Zastava revision in progress',
          country: 'IT',
          summary: 'Kalashnikov overhaul.',
        }),
      },
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('ranks title matches first, then summary matches, then records matching elsewhere by date', async () => {
    const r = await search({ text: 'zastava' });
    expect(r.total).toBe(4);
    expect(r.hits.map((h) => h.case.id)).toEqual([ids.title, ids.summary, ids.restNew, ids.restOld]);
    expect(r.hits[0]!.rank!).toBeGreaterThan(r.hits[1]!.rank!);
    expect(r.hits[1]!.rank!).toBeGreaterThan(0);
    expect(r.hits[2]!.rank).toBe(0);
  });

  it('stems French, Spanish and English words alike, whatever the language of the query', async () => {
    expect(titles(await search({ text: 'arme transformée' }))).toEqual(['Ministère public c. L.T.']);
    expect(titles(await search({ text: 'traficante' }))).toEqual(['Fiscalía c. R.G.']);
    expect(titles(await search({ text: 'combustibles' }))).toEqual(['Fiscalía c. R.G.']);
    const english = await search({ text: 'conceal pistol' });
    expect(english.hits.map((h) => h.case.id)).toContain(ids.phrase);
  });

  it('matches quoted phrases only where the words follow each other', async () => {
    const phrase = await search({ text: '"fuel tank"' });
    expect(phrase.hits.map((h) => h.case.id)).toEqual([ids.phrase]);
    const words = await search({ text: 'fuel tank' });
    expect(words.hits.map((h) => h.case.id).sort()).toEqual([ids.phrase, ids.scattered].sort());
  });

  it('counts facets over published, not archived records, and the counts follow the other filters', async () => {
    const all = await search({});
    expect(all.total).toBe(10);
    expect(count(all.facets, 'countries', 'RS')).toBe(4);
    expect(count(all.facets, 'countries', 'UA')).toBe(0); // archived
    expect(count(all.facets, 'countries', 'BR')).toBe(0); // draft
    expect(count(all.facets, 'countries', 'IT')).toBe(1); // the published version of the revised one
    expect(count(all.facets, 'offences', 'diversion')).toBe(0);
    expect(count(all.facets, 'regions', 'southern-europe')).toBe(5);
    expect(count(all.facets, 'regions', 'western-europe')).toBe(3);
    expect(count(all.facets, 'years', '2019')).toBe(2);
    expect(count(all.facets, 'protocolArticles', '5')).toBe(9);
    expect(count(all.facets, 'courtLevels', 'APPEAL')).toBe(1);
    const sum = (facet: string) => all.facets[facet]!.reduce((n, f) => n + f.count, 0);
    expect(sum('countries')).toBe(10);
    expect(sum('outcomes')).toBe(10);

    // A country filter narrows the hits and the other facets, not the country facet itself.
    const rs = await search({ countries: ['RS'] });
    expect(rs.total).toBe(4);
    expect(count(rs.facets, 'countries', 'RS')).toBe(4);
    expect(count(rs.facets, 'countries', 'FR')).toBe(1);
    expect(count(rs.facets, 'years', '2019')).toBe(0);
    expect(count(rs.facets, 'regions', 'southern-europe')).toBe(4);
    expect(count(rs.facets, 'regions', 'western-europe')).toBe(0);

    // Two filters: each facet applies the other one.
    const both = await search({ countries: ['RS', 'MX'], protocolArticles: [8] });
    expect(both.hits.map((h) => h.case.id)).toEqual([ids.es]);
    expect(count(both.facets, 'countries', 'MX')).toBe(1);
    expect(count(both.facets, 'countries', 'RS')).toBe(0);
    expect(count(both.facets, 'protocolArticles', '5')).toBe(5);
    expect(count(both.facets, 'protocolArticles', '8')).toBe(1);

    // Text + facets.
    const zastava = await search({ text: 'zastava', yearFrom: 2020 });
    expect(zastava.hits.map((h) => h.case.id)).toEqual([ids.summary, ids.restNew]);
    expect(count(zastava.facets, 'years', '2015')).toBe(1);
    expect(count(zastava.facets, 'countries', 'RS')).toBe(2);
    const lists = await search({
      offences: ['organized-criminal-group'],
      weapons: ['rifles'],
      modus: ['vehicle-concealment'],
      outcomes: ['CONVICTION'],
      courtLevels: ['APPEAL'],
      conventionArticles: [5],
      regions: ['central-america'],
    });
    expect(lists.hits.map((h) => h.case.id)).toEqual([ids.es]);
  });

  it('never finds drafts, working copies or archived records', async () => {
    for (const text of ['archived', 'draft', 'revision', 'kalashnikov']) {
      const r = await search({ text });
      expect(r.total).toBe(0);
    }
    const it = await search({ countries: ['IT'] });
    expect(titles(it)).toEqual(['Prosecutor v. R.V.']);
    expect((await search({ countries: ['UA'] })).total).toBe(0);
    expect((await search({ countries: ['BR'] })).total).toBe(0);
  });

  it('marks the matched words of the snippet and keeps markup as plain text', async () => {
    const r = await search({ text: 'revolvers broker' });
    expect(r.hits.map((h) => h.case.id)).toEqual([ids.xss]);
    const snippet = r.hits[0]!.snippet;
    expect(snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Revolvers', 'broker']);
    const text = snippet.map((p) => p.text).join('');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<b>bought</b>');
    expect(text.includes('\u0002') || text.includes('\u0003')).toBe(false);
    const plain = await search({ countries: ['GB'] });
    expect(plain.hits[0]!.snippet).toEqual([
      { text: expect.stringContaining('<img src=x') as string, match: false },
    ]);
  });

  it('finds a case number and a misspelt court name by trigrams', async () => {
    expect(looksLikeCaseNumber('ROT-2018-04577')).toBe(true);
    expect(looksLikeCaseNumber('firearms trafficking')).toBe(false);
    const number = await search({ text: 'ROT-2018-04577' });
    expect(number.hits[0]!.case.id).toBe(ids.scattered);
    const part = await search({ text: '2018-045' });
    expect(part.hits.map((h) => h.case.id)).toEqual([ids.scattered]);
    const court = await search({ text: 'Oberlandesgerict Dusseldorf' });
    expect(court.hits.map((h) => h.case.id)).toEqual([ids.phrase]);
  });

  it('sorts by date either way and pages', async () => {
    const desc = await search({ sort: 'DATE_DESC', first: 3 });
    expect(desc.hits.map((h) => h.case.decisionDate)).toEqual(['2024-01-01', '2023-03-03', '2022-02-02']);
    const asc = await search({ sort: 'DATE_ASC', first: 2, offset: 1 });
    expect(asc.hits.map((h) => h.case.decisionDate)).toEqual(['2016-03-03', '2017-07-07']);
    expect(asc.total).toBe(10);
    const byDate = await search({ text: 'zastava', sort: 'DATE_ASC' });
    expect(byDate.hits.map((h) => h.case.id)).toEqual([ids.title, ids.restOld, ids.restNew, ids.summary]);
    const pages = [
      await search({ first: 4 }),
      await search({ first: 4, offset: 4 }),
      await search({ first: 4, offset: 8 }),
    ];
    const seen = pages.flatMap((p) => p.hits.map((h) => h.case.id));
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(pages[2]!.hits).toHaveLength(2);
  });

  /** The query as search.service.ts builds it: parsed with every configuration, OR-ed. */
  const QUERY = `(SELECT string_agg(DISTINCT '(' || t || ')', ' | ')::tsquery FROM unnest(ARRAY[
    websearch_to_tsquery('english', $1)::text, websearch_to_tsquery('french', $1)::text,
    websearch_to_tsquery('spanish', $1)::text, websearch_to_tsquery('russian', $1)::text,
    websearch_to_tsquery('simple', $1)::text]) AS t WHERE t <> '')`;

  /** The reference ranking: every match ranked in SQL, best first, then newest (as documented). */
  async function sqlRanking(text: string): Promise<{ id: string; rank: number }[]> {
    return (await db.query(
      `WITH q AS (SELECT ${QUERY} AS query)
       SELECT case_id AS id, ts_rank('{0, 0, 0.1, 1}', rank_doc, q.query)::real AS rank
       FROM digest_published, q WHERE NOT archived AND full_doc @@ q.query
       ORDER BY round(ts_rank('{0, 0, 0.1, 1}', rank_doc, q.query)::real * 1e6) DESC, decision_date DESC, case_id`,
      [text],
    )) as { id: string; rank: number }[];
  }

  it('pages a ranked search exactly as ranking every match would, one record at a time', async () => {
    // Words every configuration parses alike: ts_rank combines them in pairs (its AND formula).
    await publish('pair1', content({ title: 'Tokarev and Makarov pistols', country: 'PL' }));
    await publish(
      'pair2',
      content({
        title: 'Prosecutor v. P.P.',
        country: 'PL',
        summary: 'A Tokarev and a Makarov, then another Makarov.',
      }),
    );
    for (const text of [
      'zastava',
      'pistols',
      'fuel tank',
      // Phrases: the records to rank are found with the phrase loosened to & (no positions read).
      '"fuel tank"',
      'pistols -"fuel tank"',
      '"concealed in the fuel tank" | zastava',
      'zastava -lorry',
      'court evidence',
      'tokarev makarov',
    ]) {
      const expected = await sqlRanking(text);
      const seen: { id: string; rank: number }[] = [];
      for (let offset = 0; offset < expected.length + 1; offset++) {
        const r = await search({ text, first: 1, offset });
        expect(r.total).toBe(expected.length);
        seen.push(...r.hits.map((h) => ({ id: h.case.id, rank: h.rank! })));
      }
      expect(seen.map((h) => h.id)).toEqual(expected.map((h) => h.id));
      seen.forEach((h, k) => expect(h.rank).toBeCloseTo(expected[k]!.rank, 6));
      const page = await search({ text, first: 3 });
      expect(page.hits.map((h) => h.case.id)).toEqual(expected.slice(0, 3).map((h) => h.id));
    }
  });

  it('pages a ranked search with filters exactly as ranking every filtered match would', async () => {
    // Filters leaving few records: those are ranked by key while the matches are found.
    for (const [text, countries] of [
      ['pistols', ['PL', 'RS']],
      ['court evidence', ['RS', 'DE']],
      ['"fuel tank"', ['PL', 'RS', 'DE', 'FR']],
    ] as const) {
      const expected = (await db.query(
        `WITH q AS (SELECT ${QUERY} AS query)
         SELECT case_id AS id FROM digest_published, q
         WHERE NOT archived AND full_doc @@ q.query AND country = ANY($2::text[])
         ORDER BY round(ts_rank('{0, 0, 0.1, 1}', rank_doc, q.query)::real * 1e6) DESC, decision_date DESC, case_id`,
        [text, countries],
      )) as { id: string }[];
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length + 1; offset++) {
        const r = await search({ text, countries: [...countries], first: 1, offset });
        expect(r.total).toBe(expected.length);
        seen.push(...r.hits.map((h) => h.case.id));
      }
      expect(seen).toEqual(expected.map((h) => h.id));
    }
  });

  it('counts totals and facets exactly for a text search with filters', async () => {
    const r = await search({ text: 'court evidence', countries: ['RS', 'DE'] });
    const rows = (await db.query(
      `SELECT country, year FROM digest_published WHERE NOT archived AND full_doc @@ ${QUERY}`,
      ['court evidence'],
    )) as { country: string; year: number }[];
    expect(rows.length).toBeGreaterThan(5);
    expect(r.total).toBe(rows.filter((x) => ['RS', 'DE'].includes(x.country)).length);
    // Disjunctive: the country facet ignores the country filter, the year facet applies it.
    for (const country of new Set(rows.map((x) => x.country))) {
      expect(count(r.facets, 'countries', country)).toBe(rows.filter((x) => x.country === country).length);
    }
    for (const year of new Set(rows.map((x) => x.year))) {
      expect(count(r.facets, 'years', String(year))).toBe(
        rows.filter((x) => x.year === year && ['RS', 'DE'].includes(x.country)).length,
      );
    }
  });

  it('follows archiving, restoring and republishing at the next search', async () => {
    await publish('later', content({ title: 'Nagant pistols in a lorry', country: 'SE' }));
    expect((await search({ text: 'nagant' })).hits.map((h) => h.case.id)).toEqual([ids.later]);
    expect(count((await search({})).facets, 'countries', 'SE')).toBe(1);

    await db.transaction((m) => setArchived(m, ids.later!, true));
    expect((await search({ text: 'nagant' })).total).toBe(0);
    expect(count((await search({})).facets, 'countries', 'SE')).toBe(0);

    await db.transaction((m) => setArchived(m, ids.later!, false));
    expect((await search({ text: 'nagant' })).hits.map((h) => h.case.id)).toEqual([ids.later]);

    await db.transaction((m) =>
      writePublished(m, ids.later!, 2, content({ title: 'Walther pistols in a lorry', country: 'SE' })),
    );
    expect((await search({ text: 'nagant' })).total).toBe(0);
    expect((await search({ text: 'walther' })).hits.map((h) => h.case.id)).toEqual([ids.later]);
    expect((await db.query(`SELECT count(*)::int AS n FROM digest_search_match`)) as unknown).toEqual(
      (await db.query(`SELECT count(*)::int AS n FROM digest_published WHERE NOT archived`)) as unknown,
    );

    await db.transaction((m) => setArchived(m, ids.later!, true));
  });

  it.each([
    ['a year range the wrong way round', { yearFrom: 2022, yearTo: 2020 }, 'yearTo'],
    ['more than 50 records', { first: 51 }, 'first'],
    ['an unknown country', { countries: ['XX'] }, 'countries'],
    ['an unknown region', { regions: ['atlantis'] }, 'regions'],
    ['an article outside the Protocol', { protocolArticles: [99] }, 'protocolArticles'],
    ['a negative offset', { offset: -1 }, 'offset'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, field) => {
    const error = errorOf(await reader.gql(SEARCH, { input }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields?.map((f) => f.field)).toContainEqual(expect.stringContaining(field));
  });

  it('is for signed-in members only', async () => {
    const res = await t.gql(SEARCH, { input: {} });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
