import { CSRF_HEADER } from '@cop/contracts';
import { Client, cacheExchange, fetchExchange } from 'urql';

export const GRAPHQL_PATH = '/graphql';

export interface GraphqlClientOptions {
  /** Replaces the network in tests. */
  fetch?: typeof fetch;
}

/**
 * The one GraphQL client of the web. Same-origin cookies carry the session; the CSRF header makes
 * every request "non-simple", which the api's CSRF prevention requires. Every operation is a POST so
 * variables (search terms, names) never end up in URLs, proxy logs or browser history.
 */
export function createGraphqlClient(options: GraphqlClientOptions = {}): Client {
  return new Client({
    url: GRAPHQL_PATH,
    fetch: options.fetch,
    fetchOptions: {
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: '1' },
    },
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
  });
}
