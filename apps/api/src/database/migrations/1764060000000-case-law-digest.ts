import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Case-law digest.
 *
 * - `digest_term`: the moderator-curated taxonomies (offences, weapon types, modi operandi), a
 *   stable code and a name per language.
 * - `digest_case`: one row per record: workflow status, author, the working copy (`content`, a
 *   CaseContent document of libs/contracts digest.ts), the number of its latest revision and of
 *   the published one, the moderator's last comment, the discussion thread opened from it.
 * - `digest_revision`: every saved version of the content, numbered per record (diffs of any two).
 * - `digest_event`: the workflow history (created, saved, submitted, returned with a comment,
 *   published, archived, restored, translated, imported).
 * - `digest_translation`: the text fields in another language, with translator and date.
 * - `digest_published`: what ordinary members read and search — the published version flattened
 *   into columns (facets as arrays), with two generated tsvectors: `rank_doc` (title A, summary B;
 *   small, stays inline, used for ranking) and `full_doc` (title A, summary B, the rest C; GIN,
 *   used for matching), both built with the record's text-search configuration (`lang_config`:
 *   english, french, spanish, russian, or simple for Arabic and Chinese); a trigram index serves
 *   court and case-number lookups. Archived records keep their row (`archived`) so links work, and
 *   every search filters them out.
 */
export class CaseLawDigest1764060000000 implements MigrationInterface {
  name = 'CaseLawDigest1764060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE digest_term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('OFFENCE', 'WEAPON', 'MODUS')),
        code text NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(code) <= 60),
        names jsonb NOT NULL CHECK (jsonb_typeof(names) = 'object' AND names ? 'en'),
        position integer NOT NULL DEFAULT 0,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, code)
      )`);

    await q.query(`
      CREATE TABLE digest_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        published_revision integer CHECK (published_revision IS NULL OR published_revision BETWEEN 1 AND revision),
        review_comment text CHECK (char_length(review_comment) <= 4000),
        thread_id uuid REFERENCES discussion_thread(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        published_at timestamptz,
        archived_at timestamptz,
        CHECK ((status = 'ARCHIVED') = (archived_at IS NOT NULL)),
        CHECK (status <> 'PUBLISHED' OR published_revision = revision)
      )`);
    await q.query(`CREATE INDEX digest_case_author ON digest_case (author_id, updated_at DESC)`);
    await q.query(`CREATE INDEX digest_case_status ON digest_case (status, updated_at DESC)`);

    await q.query(`
      CREATE TABLE digest_revision (
        case_id uuid NOT NULL REFERENCES digest_case(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        content jsonb NOT NULL,
        editor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        note text CHECK (char_length(note) <= 1000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (case_id, number)
      )`);

    await q.query(`
      CREATE TABLE digest_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES digest_case(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CREATED', 'SAVED', 'SUBMITTED', 'RETURNED', 'PUBLISHED',
          'ARCHIVED', 'RESTORED', 'TRANSLATED', 'IMPORTED')),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        revision integer,
        comment text CHECK (char_length(comment) <= 4000),
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX digest_event_case ON digest_event (case_id, id)`);

    await q.query(`
      CREATE TABLE digest_translation (
        case_id uuid NOT NULL REFERENCES digest_case(id) ON DELETE CASCADE,
        language text NOT NULL CHECK (language IN ('en', 'fr', 'es', 'ru', 'ar', 'zh')),
        fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'object'),
        translator_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        translated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (case_id, language)
      )`);

    const rankDoc = `setweight(to_tsvector(lang_config, coalesce(title, '')), 'A')
        || setweight(to_tsvector(lang_config, coalesce(summary, '')), 'B')`;
    await q.query(`
      CREATE TABLE digest_published (
        case_id uuid PRIMARY KEY REFERENCES digest_case(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        archived boolean NOT NULL DEFAULT false,
        published_at timestamptz NOT NULL DEFAULT now(),
        title text NOT NULL,
        country char(2) NOT NULL,
        region text NOT NULL,
        jurisdiction text,
        court text NOT NULL,
        court_level text NOT NULL,
        case_number text,
        decision_date date NOT NULL,
        year integer NOT NULL GENERATED ALWAYS AS (date_part('year', decision_date)::integer) STORED,
        procedural_stage text NOT NULL,
        legal_system text NOT NULL,
        content_language text NOT NULL,
        outcome text NOT NULL,
        offences text[] NOT NULL DEFAULT '{}',
        protocol_articles integer[] NOT NULL DEFAULT '{}',
        convention_articles integer[] NOT NULL DEFAULT '{}',
        weapons text[] NOT NULL DEFAULT '{}',
        modus text[] NOT NULL DEFAULT '{}',
        route_countries text[] NOT NULL DEFAULT '{}',
        summary text NOT NULL,
        body text NOT NULL,
        lang_config regconfig NOT NULL DEFAULT 'simple',
        rank_doc tsvector GENERATED ALWAYS AS (${rankDoc}) STORED,
        full_doc tsvector GENERATED ALWAYS AS (${rankDoc}
          || setweight(to_tsvector(lang_config, coalesce(body, '')), 'C')) STORED
      )`);
    await q.query(`ALTER TABLE digest_published ALTER COLUMN full_doc SET STORAGE EXTERNAL`);
    await q.query(
      `CREATE INDEX digest_published_full_doc ON digest_published USING gin (full_doc) WHERE NOT archived`,
    );
    await q.query(
      `CREATE INDEX digest_published_date ON digest_published (decision_date DESC, case_id) WHERE NOT archived`,
    );
    await q.query(`CREATE INDEX digest_published_country ON digest_published (country) WHERE NOT archived`);
    for (const column of ['offences', 'protocol_articles', 'convention_articles', 'weapons', 'modus']) {
      await q.query(
        `CREATE INDEX digest_published_${column} ON digest_published USING gin (${column}) WHERE NOT archived`,
      );
    }
    await q.query(`CREATE INDEX digest_published_court_trgm ON digest_published
      USING gin ((court || ' ' || coalesce(case_number, '')) gin_trgm_ops) WHERE NOT archived`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'digest_published',
      'digest_translation',
      'digest_event',
      'digest_revision',
      'digest_case',
      'digest_term',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
