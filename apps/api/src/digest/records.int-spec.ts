import { Role } from '@cop/contracts';
import {
  caseInput,
  CREATE_CASE,
  GET_CASE,
  proposeCase,
  publishedCase,
  UPDATE_CASE,
} from '../../test/factories/digest.factory.js';
import { dataOf, errorOf } from '../../test/factories/jit.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Case records as their editors meet them: the form's validation (each problem on its field,
 * nothing saved), version conflicts, text kept exactly as typed (markup stays text), translations
 * read with a per-field fallback to the original, the diff of two revisions, related decisions
 * filtered by what the reader may open, and the moderators' taxonomy.
 */

const TRANSLATE = `mutation T($id: ID!, $l: String!, $f: CaseTextInput!) {
  saveDigestTranslation(id: $id, language: $l, fields: $f) { id translations { language fields { title summary goodPractices } translator { id } } } }`;
const LOCALIZED = `query L($id: ID!, $l: String!) { digestCase(id: $id) { localized(language: $l) {
  language originalLanguage title summary facts reasoning commentary goodPractices lessons fallbackFields translator { id } translatedAt } } }`;
const DIFF = `query D($id: ID!, $a: Int!, $b: Int!) { digestRevisionDiff(caseId: $id, from: $a, to: $b) { field before after } }`;
const REVISION = `query R($id: ID!, $n: Int!) { digestRevisionContent(caseId: $id, number: $n) { title weapons { type quantity } } }`;
const RELATED = `query R($id: ID!) { digestCase(id: $id) { related { id title status archived } } }`;
const TERMS = `query T($k: TaxonomyKind, $a: Boolean) { digestTerms(kind: $k, includeArchived: $a) { id kind code position archived names { language text } } }`;
const SAVE_TERM = `mutation S($id: ID, $input: DigestTermInput!) { saveDigestTerm(id: $id, input: $input) { id kind code position archived names { language text } } }`;
const ARCHIVE_TERM = `mutation A($id: ID!, $a: Boolean!) { archiveDigestTerm(id: $id, archived: $a) { id archived } }`;

const count = async (t: TestApp) =>
  Number((await t.sql<{ n: string }[]>(`SELECT count(*) AS n FROM digest_case`))[0]!.n);

describe('case records', () => {
  let t: TestApp;
  let author: TestMember;
  let a: TestAgent;
  let o: TestAgent;
  let mod: TestAgent;

  beforeAll(async () => {
    t = await createTestApp();
    author = await createMember(t, { fullName: 'Nadia Benali', country: 'MA' });
    a = await signIn(t, author);
    o = await signIn(t, await createMember(t, { fullName: 'Jonas Berg', country: 'SE' }));
    mod = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
  });
  afterAll(() => t.close());

  describe('validation', () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    it.each([
      ['an unknown country', { country: 'XX' }, 'country'],
      ['a date that does not exist', { decisionDate: '2023-02-30' }, 'decisionDate'],
      ['a decision in the future', { decisionDate: future }, 'decisionDate'],
      ['a date in another format', { decisionDate: '14/05/2024' }, 'decisionDate'],
      ['an empty title', { title: '   ' }, 'title'],
      ['a title over the limit', { title: 'x'.repeat(301) }, 'title'],
      ['an empty court', { court: '' }, 'court'],
      ['a Protocol article that is not on the list', { protocolArticles: [5, 99] }, 'protocolArticles'],
      ['a Convention article that is not on the list', { conventionArticles: [1] }, 'conventionArticles'],
      [
        'a route country that does not exist',
        { route: [{ country: 'ZZ', role: 'ORIGIN' }] },
        'route.0.country',
      ],
      ['a defendant without a label', { defendants: [{ label: ' ', charges: [] }] }, 'defendants.0.label'],
      [
        'a sentence over 1200 months',
        { defendants: [{ label: 'A', charges: [], sentenceMonths: 1201 }] },
        'defendants.0.sentenceMonths',
      ],
      [
        'a negative sentence',
        { defendants: [{ label: 'A', charges: [], sentenceMonths: -1 }] },
        'defendants.0.sentenceMonths',
      ],
      ['a javascript: source', { sources: [{ url: 'javascript:alert(1)', citation: 'x' }] }, 'sources.0.url'],
      [
        'a source without a citation',
        { sources: [{ url: 'https://example.org', citation: '' }] },
        'sources.0.citation',
      ],
      ['a weapon quantity of zero', { weapons: [{ type: 'handguns', quantity: 0 }] }, 'weapons.0.quantity'],
      ['too many keywords', { keywords: Array.from({ length: 31 }, (_, i) => `k${i}`) }, 'keywords'],
      ['a content language outside the six', { contentLanguage: 'de' }, 'contentLanguage'],
      ['an unknown offence', { offences: ['illicit-trafficking', 'jaywalking'] }, 'offences.1'],
      ['an unknown weapon type', { weapons: [{ type: 'laser-guns', quantity: 1 }] }, 'weapons.0.type'],
      ['an unknown modus operandi', { modusOperandi: ['teleportation'] }, 'modusOperandi.0'],
      [
        'a related decision that does not exist',
        { relatedCaseIds: ['00000000-0000-4000-8000-000000000000'] },
        'relatedCaseIds.0',
      ],
    ])('refuses %s on its field and saves nothing', async (_what, overrides, field) => {
      const before = await count(t);
      const err = errorOf(await a.gql(CREATE_CASE, { input: caseInput(overrides) }));
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.fields?.map((f) => f.field)).toContain(field);
      expect(await count(t)).toBe(before);
    });

    it('does not let a record point to someone else’s draft as a related decision', async () => {
      const hidden = await proposeCase(o);
      const err = errorOf(await a.gql(CREATE_CASE, { input: caseInput({ relatedCaseIds: [hidden.id] }) }));
      expect(err.fields).toEqual([{ field: 'relatedCaseIds.0', code: 'unknownCase' }]);
    });

    it('keeps the working copy unchanged when a save is refused', async () => {
      const { id } = await proposeCase(a, { title: 'Before the bad save' });
      const err = errorOf(
        await a.gql(UPDATE_CASE, { id, rev: 1, input: caseInput({ title: 'After', country: 'XX' }) }),
      );
      expect(err.fields).toEqual([{ field: 'country', code: 'isIn' }]);
      expect(
        dataOf<{ digestCase: { revision: number; content: { title: string } } }>(
          await a.gql(GET_CASE, { id }),
        ).digestCase,
      ).toMatchObject({ revision: 1, content: { title: 'Before the bad save' } });
    });
  });

  it('answers CONFLICT to a save made on a stale revision, and keeps the newer one', async () => {
    const { id } = await proposeCase(a, { title: 'Original' });
    dataOf(await mod.gql(UPDATE_CASE, { id, rev: 1, input: caseInput({ title: 'Moderator’s edit' }) }));
    const err = errorOf(
      await a.gql(UPDATE_CASE, { id, rev: 1, input: caseInput({ title: 'Author’s late edit' }) }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/Reload/);
    const current = dataOf<{ digestCase: { revision: number; content: { title: string } } }>(
      await a.gql(GET_CASE, { id }),
    ).digestCase;
    expect(current).toMatchObject({ revision: 2, content: { title: 'Moderator’s edit' } });
  });

  it('stores markup in every text field as plain text and returns it exactly as typed', async () => {
    const x = (field: string) =>
      `<img src=x onerror=alert('${field}')><script>alert(1)</script> & "${field}"`;
    const input = caseInput({
      title: x('title'),
      jurisdiction: x('jurisdiction'),
      court: x('court'),
      caseNumber: x('caseNumber').slice(0, 120),
      summary: x('summary'),
      facts: `${x('facts')}\nsecond line`,
      reasoning: x('reasoning'),
      commentary: x('commentary'),
      goodPractices: [x('goodPractices')],
      lessons: [x('lessons')],
      keywords: ['<b>bold</b>'],
      defendants: [
        {
          label: x('label').slice(0, 120),
          role: x('role'),
          charges: [x('charges')],
          verdict: x('verdict'),
          sentenceMonths: 12,
          fine: x('fine'),
          confiscation: x('confiscation'),
        },
      ],
      sources: [{ url: 'https://example.org/?q=<script>', citation: x('citation') }],
    });
    const created = dataOf<{ createDigestCase: { id: string; content: Record<string, unknown> } }>(
      await a.gql(CREATE_CASE, { input }),
    ).createDigestCase;
    const { relatedCaseIds: _r, ...expected } = input;
    expect(created.content).toMatchObject(expected);
    // The translation and the localized text keep markup as text too.
    dataOf(
      await a.gql(TRANSLATE, { id: created.id, l: 'fr', f: { title: x('titre'), goodPractices: [x('bp')] } }),
    );
    const localized = dataOf<{
      digestCase: { localized: { title: string; goodPractices: string[]; summary: string } };
    }>(await a.gql(LOCALIZED, { id: created.id, l: 'fr' })).digestCase.localized;
    expect(localized).toMatchObject({ title: x('titre'), goodPractices: [x('bp')], summary: x('summary') });
  });

  describe('translations', () => {
    let id: string;
    beforeAll(async () => {
      ({ id } = await publishedCase(a, mod, {
        title: 'Diversion from a police armoury',
        summary: 'Pistols left the armoury through falsified records.',
        goodPractices: ['Audit armoury records'],
      }));
    });

    it('shows each field in the reader’s language, the rest in the original, with translator and date', async () => {
      const saved = dataOf<{
        saveDigestTranslation: { translations: { language: string; translator: { id: string } }[] };
      }>(
        await a.gql(TRANSLATE, {
          id,
          l: 'fr',
          f: {
            title: 'Détournement d’une armurerie de police',
            goodPractices: ['Auditer les registres'],
            summary: '  ',
          },
        }),
      ).saveDigestTranslation;
      expect(saved.translations).toEqual([
        expect.objectContaining({ language: 'fr', translator: { id: author.id } }),
      ]);

      const fr = dataOf<{ digestCase: { localized: Record<string, unknown> } }>(
        await o.gql(LOCALIZED, { id, l: 'fr' }),
      ).digestCase.localized;
      expect(fr).toMatchObject({
        language: 'fr',
        originalLanguage: 'en',
        title: 'Détournement d’une armurerie de police',
        summary: 'Pistols left the armoury through falsified records.',
        goodPractices: ['Auditer les registres'],
        fallbackFields: ['summary', 'facts', 'reasoning', 'commentary', 'lessons'],
        translator: { id: author.id },
      });
      expect(fr.translatedAt).toEqual(expect.any(String));

      const es = dataOf<{ digestCase: { localized: Record<string, unknown> } }>(
        await o.gql(LOCALIZED, { id, l: 'es' }),
      ).digestCase.localized;
      expect(es).toMatchObject({
        title: 'Diversion from a police armoury',
        fallbackFields: ['title', 'summary', 'facts', 'reasoning', 'commentary', 'goodPractices', 'lessons'],
        translator: null,
        translatedAt: null,
      });
      const en = dataOf<{ digestCase: { localized: Record<string, unknown> } }>(
        await o.gql(LOCALIZED, { id, l: 'en' }),
      ).digestCase.localized;
      expect(en).toMatchObject({
        title: 'Diversion from a police armoury',
        fallbackFields: [],
        translator: null,
      });
    });

    it('refuses an unknown language, the original language, and translations by other members', async () => {
      expect(errorOf(await o.gql(LOCALIZED, { id, l: 'de' })).fields).toEqual([
        { field: 'language', code: 'isIn' },
      ]);
      expect(errorOf(await a.gql(TRANSLATE, { id, l: 'en', f: { title: 'x' } })).fields).toEqual([
        { field: 'language', code: 'sameAsOriginal' },
      ]);
      expect(errorOf(await o.gql(TRANSLATE, { id, l: 'es', f: { title: 'Desvío' } })).code).toBe('FORBIDDEN');
      // A moderator may translate any record.
      dataOf(await mod.gql(TRANSLATE, { id, l: 'es', f: { title: 'Desvío desde una armería policial' } }));
      const events = await t.sql<{ kind: string; comment: string }[]>(
        `SELECT kind, comment FROM digest_event WHERE case_id = $1 AND kind = 'TRANSLATED' ORDER BY id`,
        [id],
      );
      expect(events.map((e) => e.comment)).toEqual(['fr', 'es']);
    });
  });

  it('shows the fields that changed between any two revisions, lists as lines', async () => {
    const { id } = await proposeCase(a, { title: 'Revision one' });
    dataOf(
      await a.gql(UPDATE_CASE, {
        id,
        rev: 1,
        input: caseInput({
          title: 'Revision two',
          weapons: [
            { type: 'converted-alarm-weapons', quantity: 14 },
            { type: 'ammunition', quantity: 500 },
          ],
        }),
      }),
    );
    dataOf(
      await a.gql(UPDATE_CASE, {
        id,
        rev: 2,
        input: caseInput({ title: 'Revision three', weapons: [{ type: 'ammunition', quantity: 500 }] }),
      }),
    );

    const diff = dataOf<{
      digestRevisionDiff: { field: string; before: string | null; after: string | null }[];
    }>(await a.gql(DIFF, { id, a: 1, b: 2 })).digestRevisionDiff;
    expect(diff).toEqual([
      { field: 'title', before: 'Revision one', after: 'Revision two' },
      {
        field: 'weapons',
        before: 'type: converted-alarm-weapons; quantity: 14',
        after: 'type: converted-alarm-weapons; quantity: 14\ntype: ammunition; quantity: 500',
      },
    ]);
    const across = dataOf<{ digestRevisionDiff: { field: string }[] }>(
      await a.gql(DIFF, { id, a: 3, b: 1 }),
    ).digestRevisionDiff;
    expect(across.map((d) => d.field)).toEqual(['title', 'weapons']);
    expect(
      dataOf<{ digestRevisionDiff: unknown[] }>(await a.gql(DIFF, { id, a: 2, b: 2 })).digestRevisionDiff,
    ).toEqual([]);
    expect(
      dataOf<{ digestRevisionContent: { title: string } }>(await a.gql(REVISION, { id, n: 1 }))
        .digestRevisionContent.title,
    ).toBe('Revision one');
    expect(errorOf(await a.gql(DIFF, { id, a: 1, b: 9 })).code).toBe('NOT_FOUND');
  });

  it('lists only the related decisions the reader may open', async () => {
    const published = await publishedCase(a, mod, { title: 'Appeal decision' });
    const draft = await proposeCase(a, { title: 'Supreme court draft' });
    const { id } = await publishedCase(a, mod, {
      title: 'First instance',
      relatedCaseIds: [published.id, draft.id],
    });
    const forAuthor = dataOf<{ digestCase: { related: { title: string }[] } }>(await a.gql(RELATED, { id }))
      .digestCase.related;
    expect(forAuthor.map((r) => r.title)).toEqual(['Appeal decision', 'Supreme court draft']);
    const forOther = dataOf<{ digestCase: { related: { title: string; status: string }[] } }>(
      await o.gql(RELATED, { id }),
    ).digestCase.related;
    expect(forOther).toEqual([
      expect.objectContaining({ title: 'Appeal decision', status: 'PUBLISHED', archived: false }),
    ]);
  });

  describe('taxonomy', () => {
    it('comes with the default offences, weapon types and modi operandi named in six languages', async () => {
      const terms = dataOf<{
        digestTerms: { kind: string; code: string; names: { language: string; text: string }[] }[];
      }>(await o.gql(TERMS, {})).digestTerms;
      const codes = (kind: string) => terms.filter((term) => term.kind === kind).map((term) => term.code);
      expect(codes('OFFENCE')).toEqual(
        expect.arrayContaining([
          'illicit-manufacturing',
          'illicit-trafficking',
          'marking-offences',
          'money-laundering',
        ]),
      );
      expect(codes('WEAPON')).toEqual(
        expect.arrayContaining([
          'handguns',
          'converted-alarm-weapons',
          'privately-made-firearms',
          'ammunition',
        ]),
      );
      expect(codes('MODUS')).toEqual(
        expect.arrayContaining(['postal-parcels', 'online-darknet-sales', 'straw-purchases']),
      );
      for (const term of terms) {
        expect(term.names.map((n) => n.language).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
      }
    });

    it('lets moderators add, rename and archive terms; archived ones leave the lists and new records', async () => {
      const input = {
        kind: 'WEAPON',
        code: 'Grenade-Launchers',
        names: [{ language: 'en', text: 'Grenade launchers' }],
      };
      expect(errorOf(await a.gql(SAVE_TERM, { input })).code).toBe('FORBIDDEN');
      const term = dataOf<{ saveDigestTerm: { id: string; code: string; archived: boolean } }>(
        await mod.gql(SAVE_TERM, { input }),
      ).saveDigestTerm;
      expect(term).toMatchObject({ code: 'grenade-launchers', archived: false });
      expect(errorOf(await mod.gql(SAVE_TERM, { input })).fields).toEqual([{ field: 'code', code: 'taken' }]);
      expect(
        errorOf(
          await mod.gql(SAVE_TERM, {
            input: { ...input, names: [{ language: 'fr', text: 'Lance-grenades' }] },
          }),
        ).fields,
      ).toEqual([{ field: 'names', code: 'englishRequired' }]);
      const renamed = dataOf<{ saveDigestTerm: { names: { language: string; text: string }[] } }>(
        await mod.gql(SAVE_TERM, {
          id: term.id,
          input: {
            ...input,
            names: [
              { language: 'en', text: 'Grenade launchers' },
              { language: 'fr', text: 'Lance-grenades' },
            ],
          },
        }),
      ).saveDigestTerm;
      expect(renamed.names).toEqual([
        { language: 'en', text: 'Grenade launchers' },
        { language: 'fr', text: 'Lance-grenades' },
      ]);
      expect(
        errorOf(await mod.gql(SAVE_TERM, { id: term.id, input: { ...input, code: 'rpg' } })).fields,
      ).toEqual([{ field: 'code', code: 'fixed' }]);

      const using = await proposeCase(a, { weapons: [{ type: 'grenade-launchers', quantity: 2 }] });
      expect(errorOf(await a.gql(ARCHIVE_TERM, { id: term.id, a: true })).code).toBe('FORBIDDEN');
      dataOf(await mod.gql(ARCHIVE_TERM, { id: term.id, a: true }));
      const listed = async (includeArchived: boolean) =>
        dataOf<{ digestTerms: { code: string }[] }>(
          await o.gql(TERMS, { k: 'WEAPON', a: includeArchived }),
        ).digestTerms.map((x) => x.code);
      expect(await listed(false)).not.toContain('grenade-launchers');
      expect(await listed(true)).toContain('grenade-launchers');
      // New records may not use it; the record that already did can still be saved.
      expect(
        errorOf(
          await a.gql(CREATE_CASE, {
            input: caseInput({ weapons: [{ type: 'grenade-launchers', quantity: 1 }] }),
          }),
        ).fields,
      ).toEqual([{ field: 'weapons.0.type', code: 'unknownTerm' }]);
      dataOf(
        await a.gql(UPDATE_CASE, {
          id: using.id,
          rev: 1,
          input: caseInput({ title: 'Still saved', weapons: [{ type: 'grenade-launchers', quantity: 3 }] }),
        }),
      );

      const audit = await t.sql<{ details: { change: string } }[]>(
        `SELECT details FROM audit_event WHERE action = 'digest.term.changed' AND target_id = $1 ORDER BY id`,
        [term.id],
      );
      expect(audit.map((r) => r.details.change)).toEqual(['created', 'updated', 'archived']);
    });
  });
});
