import { CSRF_HEADER } from '@cop/contracts';
import { describe, expect, it } from 'vitest';
import { HealthQuery } from '../features/home/graphql/health';
import { answering, healthAnswer } from '../test/graphql';
import { createGraphqlClient } from './client';

describe('GraphQL client', () => {
  it('posts to /graphql with the session cookie and the CSRF header, variables kept out of the URL', async () => {
    const network = answering(healthAnswer('OK'));
    const client = createGraphqlClient({ fetch: network });

    const result = await client.query(HealthQuery, {}).toPromise();

    expect(result.data?.health.status).toBe('OK');
    expect(network).toHaveBeenCalledTimes(1);
    const [url, init] = network.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get(CSRF_HEADER)).toBe('1');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'Health' });
  });
});
