import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Case-law search in tiers (see search.service.ts and ADR 16), measured on 100,000 records
 * (apps/bench search.bench.ts):
 *
 * - `digest_search_match`: one narrow row per published, not archived record — its `seq` and its
 *   `full_doc` stored out of line (EXTERNAL) — with the GIN index that finds which records match.
 *   Reading the keys of 27,000 matches then visits ~650 heap pages instead of ~12,700 pages of the
 *   wide `digest_published` rows (whose `seq` is the last column, behind `rank_doc`). A trigger on
 *   `digest_published` keeps it in step with every write (publish, archive, restore, delete), in
 *   the same transaction, whoever writes.
 * - `digest_published_title_doc`: a GIN index over the title's vector (the A positions of
 *   `rank_doc`), to find the records whose title holds a query word — the only ones that can reach
 *   a rank of 0.1 — and rank just those when they fill the page.
 */
export class DigestSearchTiers1764060000003 implements MigrationInterface {
  name = 'DigestSearchTiers1764060000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE digest_search_match (
        seq integer PRIMARY KEY,
        full_doc tsvector NOT NULL
      )`);
    await q.query(`ALTER TABLE digest_search_match ALTER COLUMN full_doc SET STORAGE EXTERNAL`);
    await q.query(`INSERT INTO digest_search_match (seq, full_doc)
      SELECT seq, full_doc FROM digest_published WHERE NOT archived`);
    await q.query(`CREATE INDEX digest_search_match_full_doc ON digest_search_match USING gin (full_doc)`);
    await q.query(`
      CREATE FUNCTION digest_search_match_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM digest_search_match WHERE seq = OLD.seq;
        END IF;
        IF TG_OP <> 'DELETE' AND NOT NEW.archived THEN
          INSERT INTO digest_search_match (seq, full_doc) VALUES (NEW.seq, NEW.full_doc);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER digest_search_match_sync
      AFTER INSERT OR UPDATE OR DELETE ON digest_published
      FOR EACH ROW EXECUTE FUNCTION digest_search_match_sync()`);
    await q.query(`CREATE INDEX digest_published_title_doc ON digest_published
      USING gin (to_tsvector(lang_config, title)) WHERE NOT archived`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX digest_published_title_doc`);
    await q.query(`DROP TRIGGER digest_search_match_sync ON digest_published`);
    await q.query(`DROP FUNCTION digest_search_match_sync()`);
    await q.query(`DROP TABLE digest_search_match`);
  }
}
