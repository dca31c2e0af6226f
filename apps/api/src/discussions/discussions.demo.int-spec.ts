import { COUNTRY_CODES } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type DemoRunResult, runDemoLoaders } from '../database/demo/demo-loader.js';
import { DEMO_LOADERS } from '../database/demo/demo-loaders.js';
import { SIGN_IN, totpNow, VERIFY_TOTP } from '../../test/factories/member.factory.js';
import { createTestApp, type TestAgent, type TestApp } from '../../test/test-app.js';
import { discussionsDemoLoader } from './discussions.demo.js';

const OTHER_LANGUAGES = ['fr', 'es', 'ru', 'ar', 'zh'];
const TABLES = [
  'discussion_group',
  'discussion_group_member',
  'discussion_category',
  'discussion_category_group',
  'discussion_thread',
  'discussion_post',
  'discussion_post_revision',
  'discussion_mention',
  'discussion_thread_read',
  'discussion_subscription',
  'discussion_flag',
  'notification',
  'notification_preference',
];

describe('case-discussion demo community', () => {
  let t: TestApp;
  let ds: DataSource;
  let first: DemoRunResult;
  let member: TestAgent;
  let loadMs: number;

  const signInMember = async (email: string): Promise<TestAgent> => {
    const password = first.logins.find((l) => l.role === 'MEMBER')!.password;
    const agent = t.agent();
    const res = await agent.gql(SIGN_IN, { input: { email, password } });
    expect(res.body.data.signIn.state).toBe('ACTIVE');
    return agent;
  };
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => {
          const [row] = await t.sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`);
          return [table, row!.n] as const;
        }),
      ),
    );

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get<DataSource>(getDataSourceToken());
    const started = performance.now();
    first = await runDemoLoaders(t.app, ds, DEMO_LOADERS);
    loadMs = performance.now() - started;
    member = await signInMember(first.logins.find((l) => l.role === 'MEMBER')!.email);
  });
  afterAll(() => t.close());

  it('loads after the identity loader, in a few seconds', () => {
    expect(first.loaded).toEqual([
      'identity:community-v1',
      'discussions-v1',
      'messaging:conversations-v1',
      'jit:workspaces-v1',
      'digest:case-law-v1',
    ]);
    expect(loadMs).toBeLessThan(20_000);
  });

  it('names and describes every category in the six languages', async () => {
    const rows = await t.sql<
      { slug: string; name: string; names: Record<string, string>; descriptions: Record<string, string> }[]
    >(`SELECT slug, name, names, descriptions FROM discussion_category`);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const missing = rows.flatMap((row) =>
      OTHER_LANGUAGES.filter((l) => !row.names[l]?.trim() || !row.descriptions[l]?.trim()).map(
        (l) => `${row.slug}:${l}`,
      ),
    );
    expect(missing).toEqual([]);
    expect(rows.every((row) => row.name.trim().length > 0)).toBe(true);
    const restricted = await t.sql<unknown[]>(`SELECT DISTINCT category_id FROM discussion_category_group`);
    expect(restricted.length).toBeGreaterThanOrEqual(2);
  });

  it('puts members in every group; moderators in some groups, the admin in none', async () => {
    const groups = await t.sql<{ slug: string; members: number; moderators: number; admins: number }[]>(
      `SELECT g.slug, count(u.id)::int AS members,
         count(u.id) FILTER (WHERE u.role = 'MODERATOR')::int AS moderators,
         count(u.id) FILTER (WHERE u.role = 'ADMIN')::int AS admins
       FROM discussion_group g LEFT JOIN discussion_group_member m ON m.group_id = g.id
       LEFT JOIN app_user u ON u.id = m.user_id GROUP BY g.slug`,
    );
    expect(groups.length).toBeGreaterThanOrEqual(3);
    for (const g of groups) expect(g.members).toBeGreaterThanOrEqual(4);
    expect(groups.every((g) => g.admins === 0)).toBe(true);
    expect(groups.some((g) => g.moderators > 0)).toBe(true);
    expect(groups.some((g) => g.moderators === 0)).toBe(true);
    const [{ n: suspended }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_group_member m JOIN app_user u ON u.id = m.user_id
       WHERE u.status <> 'ACTIVE'`,
    );
    expect(suspended).toBe(0);
  });

  it('writes 40+ threads in every category, with 1–8 replies, tags and valid countries', async () => {
    const threads = await t.sql<
      { category: string; last_seq: number; tags: string[]; countries: string[]; language: string }[]
    >(
      `SELECT c.slug AS category, t.last_seq, t.tags, t.countries, t.language
       FROM discussion_thread t JOIN discussion_category c ON c.id = t.category_id`,
    );
    expect(threads.length).toBeGreaterThanOrEqual(40);
    const perCategory = new Map<string, number>();
    for (const thread of threads) {
      perCategory.set(thread.category, (perCategory.get(thread.category) ?? 0) + 1);
      expect(thread.last_seq).toBeGreaterThanOrEqual(2);
      expect(thread.last_seq).toBeLessThanOrEqual(9);
      expect(thread.tags.length).toBeGreaterThanOrEqual(1);
      expect(thread.tags.length).toBeLessThanOrEqual(10);
      for (const country of thread.countries) expect(COUNTRY_CODES).toContain(country);
    }
    const [{ n: categories }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_category`,
    );
    expect(perCategory.size).toBe(categories);
    for (const n of perCategory.values()) expect(n).toBeGreaterThanOrEqual(3);
    expect(new Set(threads.map((th) => th.language))).toEqual(new Set(['en', ...OTHER_LANGUAGES]));
    const [{ n: withReference }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_thread WHERE case_reference IS NOT NULL`,
    );
    expect(withReference).toBeGreaterThanOrEqual(5);
  });

  it('has replies in four languages or more, answering earlier posts and mentioning members', async () => {
    const languages = await t.sql<{ language: string; replies: number }[]>(
      `SELECT t.language, count(*)::int AS replies FROM discussion_post p
       JOIN discussion_thread t ON t.id = p.thread_id WHERE p.seq > 1 GROUP BY t.language`,
    );
    expect(languages.filter((l) => l.replies >= 3).length).toBeGreaterThanOrEqual(4);
    const [stats] = await t.sql<{ answers: number; mentions: number; bad_answers: number }[]>(
      `SELECT count(*) FILTER (WHERE p.reply_to_id IS NOT NULL)::int AS answers,
         (SELECT count(*)::int FROM discussion_mention) AS mentions,
         count(*) FILTER (WHERE q.id IS NOT NULL AND (q.thread_id <> p.thread_id OR q.seq >= p.seq))::int AS bad_answers
       FROM discussion_post p LEFT JOIN discussion_post q ON q.id = p.reply_to_id`,
    );
    expect(stats!.answers).toBeGreaterThanOrEqual(20);
    expect(stats!.mentions).toBeGreaterThanOrEqual(5);
    expect(stats!.bad_answers).toBe(0);
    // Every mention is of someone who can see the thread.
    const [{ n: unseen }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_mention m
       JOIN discussion_post p ON p.id = m.post_id JOIN discussion_thread t ON t.id = p.thread_id
       WHERE EXISTS (SELECT 1 FROM discussion_category_group g WHERE g.category_id = t.category_id)
         AND NOT EXISTS (SELECT 1 FROM discussion_category_group g
                         JOIN discussion_group_member gm ON gm.group_id = g.group_id
                         WHERE g.category_id = t.category_id AND gm.user_id = m.user_id)`,
    );
    expect(unseen).toBe(0);
  });

  it('renders every post to safe HTML, with mentions, lists, quotes and tables', async () => {
    const [html] = await t.sql<
      { unsafe: number; mentions: number; lists: number; quotes: number; tables: number; links: number }[]
    >(
      `SELECT count(*) FILTER (WHERE body_html ~* '<script|javascript:|onerror=')::int AS unsafe,
         count(*) FILTER (WHERE body_html LIKE '%class="mention"%')::int AS mentions,
         count(*) FILTER (WHERE body_html LIKE '%<li>%')::int AS lists,
         count(*) FILTER (WHERE body_html LIKE '%<blockquote>%')::int AS quotes,
         count(*) FILTER (WHERE body_html LIKE '%<table>%')::int AS tables,
         count(*) FILTER (WHERE body_html LIKE '%href="https://example.org/%')::int AS links
       FROM discussion_post`,
    );
    expect(html).toEqual({
      unsafe: 0,
      mentions: expect.any(Number),
      lists: expect.any(Number),
      quotes: expect.any(Number),
      tables: expect.any(Number),
      links: expect.any(Number),
    });
    for (const n of [html!.mentions, html!.lists, html!.quotes, html!.tables, html!.links]) {
      expect(n).toBeGreaterThan(0);
    }
    // Markdown is never indented into a code block by the data's layout.
    const [{ n: code }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_post WHERE body_html LIKE '%<pre>%'`,
    );
    expect(code).toBe(0);
  });

  it('spreads activity over the past ten weeks, in order, with consistent thread activity', async () => {
    const [time] = await t.sql<
      {
        out_of_order: number;
        stale_last_post: number;
        bad_reply_count: number;
        oldest_days: number;
        newest_hours: number;
        future: number;
        recent_threads: number;
      }[]
    >(
      `SELECT
         (SELECT count(*)::int FROM discussion_post p JOIN discussion_post q
            ON q.thread_id = p.thread_id AND q.seq = p.seq + 1 WHERE q.created_at <= p.created_at) AS out_of_order,
         (SELECT count(*)::int FROM discussion_thread t JOIN discussion_post l ON l.thread_id = t.id AND l.seq = t.last_seq
            JOIN discussion_post o ON o.thread_id = t.id AND o.seq = 1
            WHERE t.last_post_at <> l.created_at OR t.created_at <> o.created_at) AS stale_last_post,
         (SELECT count(*)::int FROM discussion_thread t WHERE t.reply_count <>
            (SELECT count(*) FROM discussion_post p WHERE p.thread_id = t.id AND p.seq > 1 AND p.deleted_at IS NULL))
            AS bad_reply_count,
         (SELECT extract(epoch FROM now() - min(created_at)) / 86400 FROM discussion_post)::float AS oldest_days,
         (SELECT extract(epoch FROM now() - max(created_at)) / 3600 FROM discussion_post)::float AS newest_hours,
         (SELECT count(*)::int FROM discussion_post WHERE created_at > now()) AS future,
         (SELECT count(*)::int FROM discussion_thread WHERE last_post_at > now() - interval '7 days') AS recent_threads`,
    );
    expect(time).toMatchObject({ out_of_order: 0, stale_last_post: 0, bad_reply_count: 0, future: 0 });
    expect(time!.oldest_days).toBeGreaterThan(60);
    expect(time!.oldest_days).toBeLessThan(75);
    expect(time!.newest_hours).toBeLessThan(24);
    expect(time!.recent_threads).toBeGreaterThanOrEqual(5);
  });

  it('shows moderation at work: pinned, locked, edited, deleted, hidden and flagged', async () => {
    const [m] = await t.sql<
      {
        pinned: number;
        locked: number;
        revisions: number;
        deleted: number;
        hidden: number;
        open_flags: number;
        resolved_flags: number;
      }[]
    >(
      `SELECT (SELECT count(*)::int FROM discussion_thread WHERE pinned_at IS NOT NULL) AS pinned,
         (SELECT count(*)::int FROM discussion_thread WHERE locked_at IS NOT NULL) AS locked,
         (SELECT count(*)::int FROM discussion_post_revision r JOIN discussion_post p ON p.id = r.post_id
            WHERE p.edit_count > 0 AND r.created_at = p.edited_at AND p.edited_at > p.created_at) AS revisions,
         (SELECT count(*)::int FROM discussion_post WHERE deleted_as = 'AUTHOR' AND deleted_at > created_at) AS deleted,
         (SELECT count(*)::int FROM discussion_post WHERE hidden_at > created_at AND hidden_reason <> '') AS hidden,
         (SELECT count(DISTINCT post_id)::int FROM discussion_flag WHERE resolved_at IS NULL) AS open_flags,
         (SELECT count(*)::int FROM discussion_flag WHERE resolution = 'HIDDEN') AS resolved_flags`,
    );
    expect(m!.pinned).toBeGreaterThanOrEqual(1);
    expect(m!.locked).toBe(1);
    expect(m!.revisions).toBeGreaterThanOrEqual(1);
    expect(m!.deleted).toBeGreaterThanOrEqual(1);
    expect(m!.hidden).toBeGreaterThanOrEqual(1);
    expect(m!.open_flags).toBeGreaterThanOrEqual(2);
    expect(m!.resolved_flags).toBeGreaterThanOrEqual(1);

    // The moderators' queue is not empty.
    const login = first.logins.find((l) => l.role === 'MODERATOR')!;
    const moderator = t.agent();
    await moderator.gql(SIGN_IN, { input: { email: login.email, password: login.password } });
    await moderator.gql(VERIFY_TOTP, { code: await totpNow(login.note!.replace('TOTP secret ', '')) });
    const queue = await moderator.gql('{ moderationQueueCount }');
    expect(queue.body.data.moderationQueueCount).toBeGreaterThanOrEqual(2);
  });

  it('hides restricted categories from members outside their groups', async () => {
    const query = '{ discussionCategories { slug restricted names { language } } }';
    const inWestAfrica = (await member.gql(query)).body.data.discussionCategories as {
      slug: string;
      restricted: boolean;
      names: { language: string }[];
    }[];
    const slugs = inWestAfrica.map((c) => c.slug);
    expect(slugs).toContain('sahel-corridor');
    expect(slugs).not.toContain('balkan-stockpiles');
    for (const c of inWestAfrica) {
      expect(c.names.map((n) => n.language).sort()).toEqual([...OTHER_LANGUAGES].sort());
    }

    const caribbean = await signInMember('marcus.joseph@demo.cop-portal.org');
    const outside = (await caribbean.gql(query)).body.data.discussionCategories as { slug: string }[];
    expect(outside.map((c) => c.slug)).not.toContain('sahel-corridor');
    expect(outside.map((c) => c.slug)).not.toContain('balkan-stockpiles');
    expect(outside.length).toBeGreaterThanOrEqual(6);
    const [{ n: open }] = await t.sql<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion_thread t
       WHERE NOT EXISTS (SELECT 1 FROM discussion_category_group g WHERE g.category_id = t.category_id)`,
    );
    const threads = await caribbean.gql('{ discussionThreads(first: 1) { total } }');
    expect(threads.body.data.discussionThreads.total).toBe(open);
  });

  it('gives the first demo member a mix of read and unread threads', async () => {
    const res = await member.gql(
      '{ discussionThreads(first: 100) { total items { readState { lastReadSeq unread } } } }',
    );
    const items = res.body.data.discussionThreads.items as {
      readState: { lastReadSeq: number; unread: boolean };
    }[];
    const read = items.filter((i) => !i.readState.unread).length;
    const partly = items.filter((i) => i.readState.unread && i.readState.lastReadSeq > 0).length;
    const untouched = items.filter((i) => i.readState.lastReadSeq === 0).length;
    expect(read).toBeGreaterThanOrEqual(5);
    expect(partly).toBeGreaterThanOrEqual(5);
    expect(untouched).toBeGreaterThanOrEqual(5);
    const notifications = await member.gql('{ notifications(first: 50) { items { read } } }');
    const list = notifications.body.data.notifications.items as { read: boolean }[];
    expect(list.some((n) => n.read)).toBe(true);
    expect(list.some((n) => !n.read)).toBe(true);
  });

  it('queues no notification e-mail and leaves e-mail preferences untouched', async () => {
    const [row] = await t.sql<{ preferences: number; notifications: number; not_emailed: number }[]>(
      `SELECT (SELECT count(*)::int FROM notification_preference) AS preferences,
         (SELECT count(*)::int FROM notification) AS notifications,
         (SELECT count(*)::int FROM notification
            WHERE emailed_at IS NULL AND kind IN ('MENTION', 'THREAD_REPLY', 'NEW_THREAD')) AS not_emailed`,
    );
    expect(row).toEqual({ preferences: 0, notifications: expect.any(Number), not_emailed: 0 });
    expect(row!.notifications).toBeGreaterThan(50);
  });

  it('loads once, and a second load of the same data duplicates nothing', async () => {
    const before = await counts();
    const again = await runDemoLoaders(t.app, ds, DEMO_LOADERS);
    expect(again).toEqual({
      loaded: [],
      skipped: [
        'identity:community-v1',
        'discussions-v1',
        'messaging:conversations-v1',
        'jit:workspaces-v1',
        'digest:case-law-v1',
      ],
      logins: [],
    });
    expect(await counts()).toEqual(before);
    // Even run directly (as after a load interrupted half-way), it adds nothing that exists.
    await discussionsDemoLoader.load(t.app);
    expect(await counts()).toEqual(before);
  });
});
