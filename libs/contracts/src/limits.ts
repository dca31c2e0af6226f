/** Defaults of the GraphQL limits; the api reads the real values from its config. */
export const GRAPHQL_DEFAULT_MAX_DEPTH = 10;
export const GRAPHQL_DEFAULT_MAX_COST = 2000;
