import { Role } from '@cop/contracts';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { cookieOf } from '../../test/factories/discussion.factory.js';
import { createMember, signIn } from '../../test/factories/member.factory.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

function gqlWith(t: TestApp, cookie: string, query: string, variables: Record<string, unknown> = {}) {
  return request(t.app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('apollo-require-preflight', '1')
    .set('cookie', cookie)
    .send({ query, variables });
}

/** The error code of a GraphQL answer, or 'OK'. */
async function outcome(res: Promise<request.Response> | request.Response): Promise<string> {
  const body = (await res).body as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? 'OK';
}

/** Retries until `check` answers `want` (the other instance hears of a change through NOTIFY). */
async function eventually(check: () => Promise<string>, want: string, ms = 3000): Promise<string> {
  const deadline = Date.now() + ms;
  let got = await check();
  while (got !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    got = await check();
  }
  return got;
}

const SESSION_READ = 'FROM user_session s JOIN app_user u';

/**
 * Each api instance remembers the sessions it read for SESSION_CACHE_MS. Here it is a minute,
 * so that only the invalidation — never the expiry — can explain what a test sees: sign-out,
 * ending a session from another device, suspension and reactivation apply at once, on this
 * instance and on the other.
 */
describe('session cache', () => {
  let a: TestApp;
  let b: TestApp;
  const reads: string[] = [];

  beforeAll(async () => {
    const env = { SESSION_CACHE_MS: '60000' };
    a = await createTestApp({ env });
    b = await createTestApp({ env, database: a.db });
    const logger = a.app.get<DataSource>(getDataSourceToken()).logger as TypeOrmLogger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (query.includes(SESSION_READ)) reads.push(query);
      return logQuery(query, parameters, runner);
    };
    // Let the adapters' LISTEN connections settle on both instances.
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('reads a session once for a burst of requests', async () => {
    const member = await signIn(a, await createMember(a));
    await member.gql('{ viewer { id } }');
    reads.length = 0;
    for (let n = 0; n < 5; n++) expect(await outcome(member.gql('{ viewer { id } }'))).toBe('OK');
    expect(reads).toHaveLength(0);
  });

  it('refuses a signed-out session at once', async () => {
    const member = await signIn(a, await createMember(a));
    const cookie = cookieOf(member);
    expect(await outcome(gqlWith(a, cookie, '{ myProfile { id } }'))).toBe('OK');
    expect(await outcome(gqlWith(b, cookie, '{ myProfile { id } }'))).toBe('OK');
    expect(await outcome(member.gql('mutation { signOut }'))).toBe('OK');
    expect(await outcome(gqlWith(a, cookie, '{ myProfile { id } }'))).toBe('UNAUTHENTICATED');
    expect(
      await eventually(() => outcome(gqlWith(b, cookie, '{ myProfile { id } }')), 'UNAUTHENTICATED'),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses on one instance a session ended from another device through the other', async () => {
    const who = await createMember(a);
    const laptop = await signIn(a, who);
    const cookie = cookieOf(laptop);
    expect(await outcome(gqlWith(a, cookie, '{ myProfile { id } }'))).toBe('OK');
    const phone = await signIn(b, who);
    const sessions = (await phone.gql('{ mySessions { id current } }')).body.data.mySessions as {
      id: string;
      current: boolean;
    }[];
    const other = sessions.find((s) => !s.current)!;
    expect(
      (await phone.gql('mutation E($id: ID!) { endSession(id: $id) }', { id: other.id })).body.data,
    ).toEqual({
      endSession: true,
    });
    expect(
      await eventually(() => outcome(gqlWith(a, cookie, '{ myProfile { id } }')), 'UNAUTHENTICATED'),
    ).toBe('UNAUTHENTICATED');
  });

  it('applies a suspension and a reactivation made through the other instance at once', async () => {
    const admin = await signIn(b, await createMember(b, { role: Role.ADMIN }));
    const target = await createMember(a);
    const held = await signIn(a, target);
    expect(await outcome(held.gql('{ directory { total } }'))).toBe('OK');

    await admin.gql('mutation S($id: ID!) { suspendMember(memberId: $id) { status } }', { id: target.id });
    expect(await eventually(() => outcome(held.gql('{ directory { total } }')), 'UNAUTHENTICATED')).toBe(
      'UNAUTHENTICATED',
    );

    const whileSuspended = await signIn(a, target);
    expect(await outcome(whileSuspended.gql('{ directory { total } }'))).toBe('FORBIDDEN');
    await admin.gql('mutation S($id: ID!) { reactivateMember(memberId: $id) { status } }', { id: target.id });
    expect(await eventually(() => outcome(whileSuspended.gql('{ directory { total } }')), 'OK')).toBe('OK');
  });
});
