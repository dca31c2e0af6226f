import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { pdf } from '../../test/fixtures/files.js';
import { createCategory, reply, startThread, uploadFile } from '../../test/factories/discussion.factory.js';
import { createMember, signIn, type TestMember } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { currentRequestId } from '../common/http/request-context.js';

/**
 * The DataLoader bar: a page costs the same number of SQL queries whatever number of rows it
 * shows. How queries are counted: TypeORM hands every statement it runs — repositories, query
 * builders, raw `query()`, transactions — to `dataSource.logger.logQuery` before sending it,
 * whether logging is on or not, so wrapping that method sees them all. Each is attributed to the
 * HTTP request it belongs to through the request-context AsyncLocalStorage (`currentRequestId()`):
 * the test sends its own X-Request-Id and counts only the statements run under it, so the job
 * queue, timers and other background work never blur the count. The session check of the request
 * is counted too, on both sides of each comparison.
 */

const THREAD_LIST = `query L($f: ThreadFilter) { discussionThreads(filter: $f, first: 20) { items {
  title author { fullName } lastPostAuthor { fullName } category { name } replyCount
  readState { unread firstUnreadSeq } watchLevel
} } }`;

const THREAD_PAGE = `query T($id: ID!) { discussionThread(id: $id) { id title
  posts(first: 50) { total items {
    seq body author { fullName } attachments { name downloadUrl } replyTo { seq excerpt author { fullName } }
  } }
} }`;

describe('query count per GraphQL request', () => {
  let t: TestApp;
  const statements = new Map<string, string[]>();
  let authors: TestMember[];
  let agents: TestAgent[];
  let reader: TestAgent;

  /** Runs a GraphQL request as `agent` and answers its data and the SQL statements it ran. */
  async function measure(agent: TestAgent, query: string, variables: Record<string, unknown>) {
    // The session check writes last_seen_at once a minute: refresh it first, so that write
    // never falls into one measured request and not the other.
    await agent.gql('{ viewer { id } }');
    const id = `count-${randomUUID()}`;
    statements.set(id, []);
    const res = await agent.agent
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('apollo-require-preflight', '1')
      .set(REQUEST_ID_HEADER, id)
      .send({ query, variables });
    expect(res.body.errors).toBeUndefined();
    const sql = statements.get(id)!;
    statements.delete(id);
    return { data: res.body.data, sql };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const logger = t.app.get<DataSource>(getDataSourceToken()).logger as TypeOrmLogger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      const id = currentRequestId();
      if (id) statements.get(id)?.push(query.replace(/\s+/g, ' ').slice(0, 120));
      return logQuery(query, parameters, queryRunner);
    };
    authors = await Promise.all(
      ['Ana Pereira', 'Bo Lindqvist', 'Cy Okafor', 'Dana Ilić', 'Eko Santoso'].map((fullName) =>
        createMember(t, { fullName }),
      ),
    );
    agents = await Promise.all(authors.map((m) => signIn(t, m)));
    reader = await signIn(t, await createMember(t, { fullName: 'Rita Reader' }));
  });
  afterAll(() => t.close());

  /** `count` threads spread over three categories and five authors, each with a reply by another. */
  async function seedThreads(count: number): Promise<string[]> {
    const categories = [
      await createCategory(t, 'Firearms'),
      await createCategory(t, 'Ammunition'),
      await createCategory(t, 'Explosives'),
    ];
    const ids: string[] = [];
    for (let n = 0; n < count; n++) {
      const thread = await startThread(agents[n % 5]!, categories[n % 3]!, { title: `Thread number ${n}` });
      await reply(agents[(n + 1) % 5]!, thread.id, `Answer ${n}`);
      ids.push(thread.id);
    }
    // Some read, some not, some watched: read states and watch levels differ between rows.
    for (const id of ids.filter((_, n) => n % 2 === 0)) {
      await reader.gql(`mutation { markDiscussionThreadRead(threadId: "${id}", seq: 1) { id } }`);
    }
    return categories;
  }

  it('lists a page of threads with the same number of queries for 5 threads as for 60', async () => {
    const few = await seedThreads(5);
    const small = await measure(reader, THREAD_LIST, {});
    expect(small.data.discussionThreads.items).toHaveLength(5);

    const many = await seedThreads(55);
    const large = await measure(reader, THREAD_LIST, {});
    expect(large.data.discussionThreads.items).toHaveLength(20);
    // Every field is filled: nobody and nothing is missing from a row.
    for (const item of large.data.discussionThreads.items) {
      expect(item.author.fullName).toEqual(expect.any(String));
      expect(item.lastPostAuthor.fullName).toEqual(expect.any(String));
      expect(['Firearms', 'Ammunition', 'Explosives']).toContain(item.category.name);
    }
    expect(
      new Set(large.data.discussionThreads.items.map((i: { category: { name: string } }) => i.category.name))
        .size,
    ).toBe(3);
    expect(large.sql.length).toBeGreaterThan(1);
    expect(large.sql).toEqual(small.sql);
    // Filtered by a category: one statement differs (the filter), the count does not.
    const inFew = await measure(reader, THREAD_LIST, { f: { categoryId: few[0] } });
    const inMany = await measure(reader, THREAD_LIST, { f: { categoryId: many[0] } });
    expect(inFew.data.discussionThreads.items).toHaveLength(2);
    expect(inMany.data.discussionThreads.items.length).toBeGreaterThan(15);
    expect(inMany.sql).toEqual(inFew.sql);
    expect(inMany.sql.length).toBe(small.sql.length);
  });

  it('shows a thread page with the same number of queries for 3 posts as for 40', async () => {
    const category = await createCategory(t, 'Thread pages');
    const seed = async (posts: number) => {
      const file = await uploadFile(agents[0]!, pdf('first'), 'first.pdf');
      const thread = await startThread(agents[0]!, category, { attachmentIds: [file.id] });
      let previous = thread.openingId;
      for (let n = 1; n < posts; n++) {
        const agent = agents[n % 5]!;
        const attachmentIds = n % 3 === 0 ? [(await uploadFile(agent, pdf(`p${n}`), `p${n}.pdf`)).id] : [];
        const res = await agent.gql(
          `mutation R($input: ReplyInput!) { replyToDiscussionThread(input: $input) { id } }`,
          { input: { threadId: thread.id, body: `Reply ${n}`, replyToPostId: previous, attachmentIds } },
        );
        expect(res.body.errors).toBeUndefined();
        previous = res.body.data.replyToDiscussionThread.id;
      }
      return thread.id;
    };
    const short = await measure(reader, THREAD_PAGE, { id: await seed(3) });
    expect(short.data.discussionThread.posts.items).toHaveLength(3);
    const long = await measure(reader, THREAD_PAGE, { id: await seed(40) });
    const items = long.data.discussionThread.posts.items;
    expect(items).toHaveLength(40);
    expect(items[39].replyTo).toEqual({
      seq: 39,
      excerpt: 'Reply 38',
      author: { fullName: expect.any(String) },
    });
    expect(items[3].attachments).toEqual([
      { name: 'p3.pdf', downloadUrl: expect.stringMatching(/^\/api\/files\//) },
    ]);
    expect(new Set(items.map((i: { author: { fullName: string } }) => i.author.fullName)).size).toBe(5);
    expect(long.sql.length).toBeGreaterThan(1);
    expect(long.sql).toEqual(short.sql);
  });
});
