import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Case-law search, tuned on 100,000 records (apps/bench search.bench.ts):
 *
 * - `digest_published` rows are kept narrow so that matching, counting and ranking tens of
 *   thousands of records reads few pages: the long `body` and the `summary` are stored out of line
 *   (EXTERNAL, read only for the snippets of a page), `rank_doc` stays in the row uncompressed
 *   (MAIN), and rows above 1 KB are toasted.
 * - `seq`: a small integer key per record, so that a search hands the set of matching records to
 *   the API as an int array (facets, filters and order are computed there, see search.service.ts).
 * - `digest_search_state.version` is bumped in every transaction that writes `digest_published`
 *   (published-index.ts), so every API instance knows when its in-memory facet columns are stale.
 */
export class DigestSearch1764060000002 implements MigrationInterface {
  name = 'DigestSearch1764060000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE digest_published
      ALTER COLUMN body SET STORAGE EXTERNAL,
      ALTER COLUMN summary SET STORAGE EXTERNAL,
      ALTER COLUMN rank_doc SET STORAGE MAIN,
      ADD COLUMN seq integer GENERATED ALWAYS AS IDENTITY`);
    await q.query(`ALTER TABLE digest_published SET (toast_tuple_target = 1024)`);
    await q.query(`CREATE UNIQUE INDEX digest_published_seq ON digest_published (seq)`);
    await q.query(`
      CREATE TABLE digest_search_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`INSERT INTO digest_search_state DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digest_search_state`);
    await q.query(`DROP INDEX digest_published_seq`);
    await q.query(`ALTER TABLE digest_published DROP COLUMN seq, RESET (toast_tuple_target),
      ALTER COLUMN body SET STORAGE EXTENDED, ALTER COLUMN summary SET STORAGE EXTENDED,
      ALTER COLUMN rank_doc SET STORAGE EXTENDED`);
  }
}
