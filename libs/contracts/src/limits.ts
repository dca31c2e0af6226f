/** Defaults of the GraphQL limits; the api reads the real values from its config. */
export const GRAPHQL_DEFAULT_MAX_DEPTH = 10;
export const GRAPHQL_DEFAULT_MAX_COST = 2000;

/**
 * The largest JSON body `/graphql` accepts (other JSON routes keep the 100 KB default). Sized for
 * the case-law import, whose file travels inside the mutation (DIGEST_LIMITS.importBytesMax plus
 * JSON escaping); anything larger answers 413 before it is parsed.
 */
export const GRAPHQL_MAX_BODY_BYTES = 6 * 1024 * 1024;
