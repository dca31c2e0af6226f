import { rm } from 'node:fs/promises';
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { demoLogins, freePort, startPortal } from '../../web-e2e/src/support/portal-server.js';
import { load, type LoadResult, report } from './measure.js';

const THREADS = 10_000;
const CONNECTIONS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/**
 * A signed-in member reading a page of 20 discussion threads (titles, authors, reply counts,
 * unread state) out of 10,000, with 200 concurrent connections: session lookup, access policy,
 * visibility of restricted categories, one page query with read state and authors joined (they
 * prime the request's loaders) — against, in the same run and on the same database, a bare Apollo Server whose resolver
 * does one SELECT of 20 rows through pg, in a process of its own (bare-apollo.server.ts), so that
 * neither server shares an event loop with autocannon. Target: at least half the baseline's
 * throughput. BENCH_EXPLAIN=1 also prints the page query's plan and a `{ viewer { id } }` floor.
 */
async function main(): Promise<void> {
  const portal = await startPortal();
  const databaseUrl = `postgres://cop:cop-embedded-local@127.0.0.1:${portal.pgPort}/cop_portal`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let bare: ChildProcess | null = null;
  try {
    await seed(pool);
    const member = demoLogins(portal.output()).find((l) => l.role === 'MEMBER');
    if (!member) throw new Error('the portal printed no demo member login');
    const signIn = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: JSON.stringify({
        query: 'mutation S($i: SignInInput!) { signIn(input: $i) { state } }',
        variables: { i: { email: member.email, password: member.password } },
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const headers = { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie };
    const portalBody = JSON.stringify({
      query: `{ discussionThreads(first: 20) { items { id title replyCount lastPostAt
        author { id fullName } readState { unread firstUnreadSeq } } } }`,
    });
    const sample = await (
      await fetch(`${portal.url}/graphql`, { method: 'POST', headers, body: portalBody })
    ).text();
    const items = (JSON.parse(sample) as { data?: { discussionThreads: { items: unknown[] } } }).data
      ?.discussionThreads.items;
    if (items?.length !== 20) throw new Error(`unexpected answer: ${sample.slice(0, 300)}`);

    const barePort = await freePort();
    bare = fork(fileURLToPath(new URL('./bare-apollo.server.js', import.meta.url)), [], {
      env: { ...process.env, PORT: String(barePort), DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      bare!.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      bare!.once('exit', (code) => reject(new Error(`the bare server exited (${code})`)));
    });
    const bareUrl = `http://127.0.0.1:${barePort}/`;
    const bareBody = JSON.stringify({ query: '{ threads { id title replyCount lastPostAt } }' });

    if (process.env.BENCH_EXPLAIN) {
      const plan = await pool.query(
        `EXPLAIN ANALYZE SELECT t.id FROM discussion_thread t
         LEFT JOIN discussion_thread_read r ON r.thread_id = t.id AND r.user_id = $1
         LEFT JOIN discussion_subscription s ON s.thread_id = t.id AND s.user_id = $1
         WHERE (NOT EXISTS (SELECT 1 FROM discussion_category_group vcg WHERE vcg.category_id = t.category_id)
           OR EXISTS (SELECT 1 FROM discussion_category_group vcg JOIN discussion_group_member vgm ON vgm.group_id = vcg.group_id
                      WHERE vcg.category_id = t.category_id AND vgm.user_id = $1))
         ORDER BY (t.pinned_at IS NULL), t.last_post_at DESC, t.id LIMIT 20`,
        ['00000000-0000-4000-8000-000000000000'],
      );
      console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
      const floorBody = JSON.stringify({ query: '{ viewer { id } }' });
      console.table([
        await load({
          name: 'portal viewer',
          url: `${portal.url}/graphql`,
          method: 'POST',
          headers,
          body: floorBody,
          connections: CONNECTIONS,
          seconds: 5,
        }),
      ]);
    }
    await load({
      name: 'warm-up',
      url: `${portal.url}/graphql`,
      method: 'POST',
      headers,
      body: portalBody,
      seconds: 3,
    });
    await load({ name: 'warm-up', url: bareUrl, method: 'POST', headers, body: bareBody, seconds: 2 });
    // Alternating rounds, so that a passing load on the machine hits both sides alike; the figures
    // reported are those of the round with the median ratio.
    const rounds: { baseline: LoadResult; subject: LoadResult; ratio: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const baseline = await load({
        name: 'bare Apollo + pg (1 SELECT)',
        url: bareUrl,
        method: 'POST',
        headers,
        body: bareBody,
        connections: CONNECTIONS,
        seconds: SECONDS,
      });
      const subject = await load({
        name: 'portal thread page',
        url: `${portal.url}/graphql`,
        method: 'POST',
        headers,
        body: portalBody,
        connections: CONNECTIONS,
        seconds: SECONDS,
      });
      const ratio = subject.requestsPerSec / Math.max(1, baseline.requestsPerSec);
      rounds.push({ baseline, subject, ratio });
      console.log(
        `round ${round}: ${subject.requestsPerSec} / ${baseline.requestsPerSec} req/s = ${ratio.toFixed(3)}`,
      );
    }
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)]!;
    const ok = report(
      `Signed-in page of 20 threads out of ${THREADS.toLocaleString('en')} (${CONNECTIONS} connections, ${SECONDS} s, median of ${ROUNDS} rounds)`,
      median.baseline,
      median.subject,
      { minThroughputRatio: 0.5 },
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    bare?.kill('SIGTERM');
    await pool.end();
    await portal.stop();
    await rm(portal.dataDir, { recursive: true, force: true });
  }
}

/** 10,000 threads in a few open categories of their own, by the demo members, a minute apart. */
async function seed(pool: pg.Pool): Promise<void> {
  await pool.query(
    `INSERT INTO discussion_category (slug, name, position)
     SELECT 'bench-' || i, 'Bench category ' || i, 100 + i FROM generate_series(1, 4) AS i`,
  );
  await pool.query(
    `WITH u AS (SELECT array_agg(id ORDER BY id) AS ids FROM app_user WHERE status = 'ACTIVE'),
          c AS (SELECT array_agg(id ORDER BY id) AS ids FROM discussion_category WHERE slug LIKE 'bench-%')
     INSERT INTO discussion_thread (category_id, author_id, title, tags, countries, language, search_config,
       last_seq, reply_count, last_post_at, last_post_author_id, created_at)
     SELECT c.ids[1 + i % array_length(c.ids, 1)], u.ids[1 + i % array_length(u.ids, 1)],
       'Bench thread ' || i || ': converted alarm pistols seen at the border', ARRAY['bench'], ARRAY['RS'],
       'en', 'english', 1 + i % 5, i % 5, now() - make_interval(mins => i),
       u.ids[1 + (i * 7) % array_length(u.ids, 1)], now() - make_interval(mins => i + 60)
     FROM generate_series(1, $1::int) AS i, u, c`,
    [THREADS],
  );
  await pool.query('ANALYZE');
}

void main();
