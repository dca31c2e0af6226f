import { createTestApp, type TestApp } from '../../test/test-app.js';

/**
 * The outbox queries as the api serves them. Who may call them is the access domain's guard
 * (policy notifications.outbox.read: admins); here, that a caller without a session is refused and
 * that the page size multiplies the cost.
 */
describe('the outbox over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { GRAPHQL_MAX_COST: '500' } });
  });
  afterAll(() => t?.close());

  it('costs its page size times each message, so a large page of a costly selection is refused', async () => {
    const res = await t.gql('{ outbox(first: 100) { total items { id to subject sentAt text links } } }');
    expect(res.body.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('answers only to a signed-in caller (admins, by policy)', async () => {
    for (const query of [
      '{ outbox(first: 10) { enabled total items { id to subject sentAt text links } } }',
      '{ outboxMessage(id: "x.eml") { id links } }',
    ]) {
      const res = await t.gql(query);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.body.data).toBeNull();
    }
  });
});
