import { graphql } from '../../../graphql/generated';

/** Public liveness of the api and its database, shown on the home page. */
export const HealthQuery = graphql(`
  query Health {
    health {
      status
      serverTime
    }
  }
`);
