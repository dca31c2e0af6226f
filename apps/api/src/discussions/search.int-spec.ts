import { Role } from '@cop/contracts';
import { createCategory, reply, startThread } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';

/**
 * Search as a practitioner uses it: words in their own language find other forms of the same word
 * (stemming per post language), misspelt names still find a title (trigrams), the matching words
 * come back marked, filters narrow the results, and removed posts are never found.
 */

const SEARCH = `query S($q: String!, $f: SearchFilter, $lang: String) {
  discussionSearch(query: $q, filter: $f, language: $lang, first: 50) {
    total
    items { thread { id } post { id } title { text match } excerpt { text match } }
  } }`;

type Part = { text: string; match: boolean };
type Hit = { thread: { id: string }; post: { id: string } | null; title: Part[]; excerpt: Part[] };

const marked = (parts: Part[]) => parts.filter((p) => p.match).map((p) => p.text);
const text = (parts: Part[]) => parts.map((p) => p.text).join('');

describe('discussion search', () => {
  let t: TestApp;
  let ana: TestMember;
  let ivan: TestMember;
  let a: TestAgent;
  let i: TestAgent;
  let reader: TestAgent;
  let mod: TestAgent;
  let weapons: string;
  let ammunition: string;
  const threads = {} as Record<'en' | 'ru' | 'fr' | 'es' | 'glock', { id: string; openingId: string }>;

  async function search(
    q: string,
    options: { f?: Record<string, unknown>; lang?: string } = {},
    as = reader,
  ) {
    const res = await as.gql(SEARCH, { q, ...options });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.discussionSearch as { total: number; items: Hit[] };
  }
  const threadIds = (page: { items: Hit[] }) => [...new Set(page.items.map((h) => h.thread.id))].sort();

  beforeAll(async () => {
    t = await createTestApp();
    ana = await createMember(t, { fullName: 'Ana Pereira' });
    ivan = await createMember(t, { fullName: 'Ivan Petrov', country: 'RU', languages: ['ru'] });
    a = await signIn(t, ana);
    i = await signIn(t, ivan);
    reader = await signIn(t, await createMember(t, { fullName: 'Bo Lindqvist' }));
    mod = await signIn(t, await createMember(t, { role: Role.MODERATOR }));
    weapons = await createCategory(t, 'Converted weapons');
    ammunition = await createCategory(t, 'Ammunition');
    const start = (
      agent: TestAgent,
      category: string,
      language: string,
      title: string,
      body: string,
      extra = {},
    ) => startThread(agent, category, { title, body, ...extra, language });
    threads.en = await start(
      a,
      weapons,
      'en',
      'Alarm pistols from Balkan workshops',
      'The weapons were converted in a garage. Interpol informed.',
      {
        tags: ['conversion'],
        countries: ['RS'],
      },
    );
    threads.ru = await start(
      i,
      weapons,
      'ru',
      'Переделка оружия',
      'Оружие было переделано в мастерской. Interpol в курсе.',
      {
        countries: ['RU'],
      },
    );
    threads.fr = await start(
      a,
      ammunition,
      'fr',
      'Armes et munitions',
      'Les armes ont été converties en armes létales. Interpol prévenu.',
      {
        tags: ['ammunition'],
      },
    );
    threads.es = await start(
      a,
      ammunition,
      'es',
      'Taller clandestino',
      'Las armas fueron convertidas en el taller. Interpol avisado.',
    );
    threads.glock = await start(
      a,
      weapons,
      'en',
      'Glock 17 pistols seized at the border',
      'Serial numbers were removed.',
    );
  });
  afterAll(() => t.close());

  it('finds an English post by another form of the word, and marks the words that matched', async () => {
    const page = await search('convert', { lang: 'en' });
    const hit = page.items.find((h) => h.post?.id === threads.en.openingId);
    expect(hit).toBeDefined();
    expect(marked(hit!.excerpt)).toEqual(['converted']);
    expect(text(hit!.excerpt)).toContain('weapons were converted in a garage');
    expect(text(hit!.title)).toBe('Alarm pistols from Balkan workshops');
  });

  it.each([
    ['en', 'workshop', 'en', 'workshops'],
    ['ru', 'оружие', 'ru', 'оружия'],
    ['fr', 'munition', 'fr', 'munitions'],
  ] as const)(
    'finds a thread by a word of its %s title in another form ("%s"), with that word marked',
    async (thread, query, lang, word) => {
      const page = await search(query, { lang });
      const hit = page.items.find((h) => h.thread.id === threads[thread].id && h.post === null);
      expect(hit).toBeDefined();
      expect(marked(hit!.title)).toEqual([word]);
      expect(hit!.excerpt).toEqual([]);
    },
  );

  it('marks an exact title word even where the thread’s language would not (English query, French title)', async () => {
    const page = await search('Armes', { lang: 'en' });
    const hit = page.items.find((h) => h.thread.id === threads.fr.id && h.post === null);
    expect(marked(hit!.title)).toEqual(['Armes']);
  });

  it.each([
    ['ru', 'оружия', 'ru', 'Оружие'],
    ['ru', 'мастерская', 'ru', 'мастерской'],
    ['fr', 'convertie', 'fr', 'converties'],
    ['es', 'convertida', 'es', 'convertidas'],
  ] as const)('finds a %s post by its own stem ("%s")', async (thread, query, lang, word) => {
    const page = await search(query, { lang });
    const hit = page.items.find((h) => h.post?.id === threads[thread].openingId);
    expect(hit).toBeDefined();
    expect(marked(hit!.excerpt)).toContain(word);
  });

  it('finds exact words in any language without saying which (the simple configuration)', async () => {
    const page = await search('Interpol');
    expect(threadIds(page)).toEqual([threads.en.id, threads.ru.id, threads.fr.id, threads.es.id].sort());
    for (const hit of page.items) expect(marked(hit.excerpt)).toEqual(['Interpol']);
    expect(page.total).toBe(4);
  });

  it('narrows results by category, tag, country, author and dates', async () => {
    const ids = async (f: Record<string, unknown>) => threadIds(await search('Interpol', { f }));
    expect(await ids({ categoryId: ammunition })).toEqual([threads.fr.id, threads.es.id].sort());
    expect(await ids({ tag: 'conversion' })).toEqual([threads.en.id]);
    expect(await ids({ country: 'RU' })).toEqual([threads.ru.id]);
    expect(await ids({ authorId: ivan.id })).toEqual([threads.ru.id]);
    expect(await ids({ categoryId: weapons, authorId: ana.id })).toEqual([threads.en.id]);

    await t.sql(`UPDATE discussion_thread SET created_at = '2021-03-01' WHERE id = $1`, [threads.es.id]);
    await t.sql(`UPDATE discussion_post SET created_at = '2021-03-01' WHERE thread_id = $1`, [threads.es.id]);
    expect(await ids({ to: '2021-12-31T00:00:00Z' })).toEqual([threads.es.id]);
    expect(await ids({ from: '2022-01-01T00:00:00Z' })).toEqual(
      [threads.en.id, threads.ru.id, threads.fr.id].sort(),
    );
    expect(
      await ids({ from: '2021-01-01T00:00:00Z', to: '2021-06-30T00:00:00Z', categoryId: weapons }),
    ).toEqual([]);
  });

  it('never finds deleted or hidden posts, not even for a moderator', async () => {
    const thread = threads.glock.id;
    const kept = await reply(reader, thread, 'The smuggler used a boat.');
    const deleted = await reply(reader, thread, 'The smuggler is my neighbour.');
    const hidden = await reply(i, thread, 'The smuggler lives at 12 Main Street.');
    await reader.gql(`mutation { deleteDiscussionPost(postId: "${deleted}") { id } }`);
    const hid = await mod.gql(
      `mutation H($input: PostReasonInput!) { hideDiscussionPost(input: $input) { hidden } }`,
      { input: { postId: hidden, reason: 'Personal address' } },
    );
    expect(hid.body.data.hideDiscussionPost.hidden).toBe(true);
    for (const as of [reader, mod, i]) {
      const posts = (await search('smuggler', {}, as)).items.map((h) => h.post?.id);
      expect(posts).toEqual([kept]);
    }
  });

  it.each([
    ['one character', 'a'],
    ['one character between spaces', '   a  '],
    ['nothing', ''],
    ['201 characters', 'x'.repeat(201)],
  ])('refuses a query of %s with BAD_USER_INPUT on the field query', async (_label, q) => {
    const res = await reader.gql(SEARCH, { q });
    expect(res.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'query', message: 'Search for 2 to 200 characters.' })],
    });
  });

  it('accepts queries of exactly 2 and 200 characters', async () => {
    expect((await search('ok')).total).toBeGreaterThanOrEqual(0);
    expect((await search('y'.repeat(200))).total).toBe(0);
  });

  it('finds a title by a misspelt word (trigrams), with the thread as the hit', async () => {
    const page = await search('Glok');
    const hit = page.items.find((h) => h.thread.id === threads.glock.id);
    expect(hit).toMatchObject({ post: null });
    expect(text(hit!.title)).toBe('Glock 17 pistols seized at the border');
    // A word that resembles nothing finds nothing.
    expect((await search('Kalashnikov')).total).toBe(0);
  });
});
