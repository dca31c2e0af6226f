import { Foundation1763830000000 } from './1763830000000-foundation.js';

/**
 * Every migration, oldest first. Listed explicitly (not globbed) so the same list runs from the
 * compiled api, the CLI and the tests. Never edit a merged migration: add a new one.
 */
export const MIGRATIONS = [Foundation1763830000000];
