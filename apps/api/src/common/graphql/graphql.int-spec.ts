import { GRAPHQL_MAX_BODY_BYTES } from '@cop/contracts';
import { GraphqlFixtureModule } from '../../../test/fixtures/graphql-fixture.module.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('GraphQL endpoint', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [GraphqlFixtureModule],
      env: { GRAPHQL_MAX_DEPTH: '5', GRAPHQL_MAX_COST: '100' },
    });
  });
  afterAll(() => t.close());

  it('answers the public health query', async () => {
    const res = await t.gql('{ health { status serverTime } }');
    expect(res.status).toBe(200);
    expect(res.body.data.health.status).toBe('OK');
    expect(new Date(res.body.data.health.serverTime).getTime()).toBeGreaterThan(0);
  });

  describe('CSRF prevention', () => {
    it('refuses a simple cross-site request (text/plain, no preflight header)', async () => {
      const res = await t
        .http()
        .post('/graphql')
        .set('content-type', 'text/plain')
        .send('{"query":"{ health { status } }"}');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(res.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    });

    it('refuses a GET query without the preflight header, accepts it with the header', async () => {
      const query = encodeURIComponent('{ health { status } }');
      const refused = await t.http().get(`/graphql?query=${query}`);
      expect(refused.status).toBe(400);
      const accepted = await t.http().get(`/graphql?query=${query}`).set('apollo-require-preflight', '1');
      expect(accepted.status).toBe(200);
      expect(accepted.body.data.health.status).toBe('OK');
    });
  });

  describe('errors keep internals out', () => {
    it('masks an unexpected failure: no SQL, no stack, a reference the user can quote', async () => {
      const res = await t.gql('{ fixtureBrokenSql }').set('x-request-id', 'req-test-0001');
      const error = res.body.errors[0];
      expect(error.extensions.code).toBe('INTERNAL');
      expect(error.message).toContain('req-test-0001');
      const text = JSON.stringify(res.body);
      for (const leak of [
        'table_that_does_not_exist',
        'secret_column',
        'relation',
        'SELECT',
        'stacktrace',
        '.ts:',
        'QueryFailedError',
      ]) {
        expect(text).not.toContain(leak);
      }
      expect(res.headers['x-request-id']).toBe('req-test-0001');
    });

    it('explains malformed GraphQL without internals', async () => {
      const res = await t.gql('{ health { status ');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(res.body.errors[0].message).toMatch(/Syntax Error/);
      expect(JSON.stringify(res.body)).not.toContain('stacktrace');
    });

    it('explains a variable of the wrong value (an unknown enum value) as bad input', async () => {
      const res = await t.gql('query Q($r: Role!) { adminMembers(filter: { role: $r }) { total } }', {
        r: 'KING',
      });
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toContain('KING');
      expect(res.body.errors[0].message).not.toMatch(/report reference/);
    });

    it('names an unknown field', async () => {
      const res = await t.gql('{ health { password } }');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors[0].message).toContain('password');
    });

    it('replaces a forged request id by a fresh one', async () => {
      const res = await t.gql('{ health { status } }').set('x-request-id', 'bad id <script>');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('deny by default', () => {
    it('refuses a query that is not marked public when there is no session', async () => {
      const res = await t.gql('{ fixtureMembersOnly }');
      expect(res.body.data).toBeNull();
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(res.body)).not.toContain('members only');
    });

    it('refuses an endpoint that declares no policy', async () => {
      const res = await t.gql('{ fixtureNoPolicy }');
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.body)).not.toContain('nobody should read this');
    });
  });

  describe('limits', () => {
    it('refuses a query nested deeper than the limit, with a clear error', async () => {
      const res = await t.gql(
        '{ fixtureTree { child { child { child { child { child { child { level } } } } } } } }',
      );
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
      expect(res.body.errors[0].message).toBe('This query is nested too deeply: the limit is 5 levels.');
      expect(res.body.data).toBeUndefined();
    });

    it('accepts a query at the depth limit', async () => {
      const res = await t.gql('{ fixtureTree { child { child { child { level } } } } }');
      expect(res.status).toBe(200);
      expect(res.body.data.fixtureTree.child.child.child.level).toBe(3);
    });

    it('refuses a too costly query before running it, and names the cost', async () => {
      const res = await t.gql('{ fixtureTree { children(first: 20) { children(first: 20) { level } } } }');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
      expect(res.body.errors[0].message).toMatch(/cost \d+, limit 100/);
    });

    it('takes a body of a few megabytes (a case-law import) and refuses a larger one before parsing it', async () => {
      const send = (padding: number) =>
        t
          .http()
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('apollo-require-preflight', '1')
          .send(JSON.stringify({ query: '{ health { status } }', variables: { pad: 'x'.repeat(padding) } }));
      const fits = await send(3 * 1024 * 1024);
      expect(fits.status).toBe(200);
      expect(fits.body.data.health.status).toBe('OK');
      const tooLarge = await send(GRAPHQL_MAX_BODY_BYTES + 1024);
      expect(tooLarge.status).toBe(413);
    });

    it('counts page sizes passed as variables', async () => {
      const query =
        'query Q($n: Int!) { fixtureTree { children(first: $n) { children(first: $n) { level } } } }';
      expect((await t.gql(query, { n: 3 })).status).toBe(200);
      expect((await t.gql(query, { n: 50 })).body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    });
  });

  it('offers the landing page outside production', async () => {
    const res = await t
      .http()
      .get('/graphql')
      .set('accept', 'text/html')
      .set('apollo-require-preflight', '1');
    expect(res.headers['content-type']).toMatch(/html/);
  });

  it('allows introspection outside production', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('GraphQL endpoint in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const res = await t.gql('{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/introspection/i);
  });

  it('serves no landing page', async () => {
    const res = await t
      .http()
      .get('/graphql')
      .set('accept', 'text/html')
      .set('apollo-require-preflight', '1');
    expect(res.headers['content-type']).not.toMatch(/html/);
    expect(res.text).not.toMatch(/<html|sandbox/i);
  });

  it('sends a strict Content-Security-Policy with no inline scripts', async () => {
    const res = await t.http().get('/healthz');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
