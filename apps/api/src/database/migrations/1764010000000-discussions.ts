import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Case discussion: categories (open, or restricted to groups), regional and thematic groups,
 * threads and posts with edit history, unread marks, subscriptions, mentions, flags and generic
 * links. Search: a weighted tsvector per thread (title, tags) and per post (body), each built from
 * the content's own language configuration and from 'simple' (so a query in any language finds
 * exact words), with GIN indexes; pg_trgm on titles for near matches.
 */
export class Discussions1764010000000 implements MigrationInterface {
  name = 'Discussions1764010000000';

  async up(q: QueryRunner): Promise<void> {
    // array_to_string is only STABLE; tags are plain text, so joining them is immutable in fact.
    await q.query(`
      CREATE FUNCTION discussion_join_words(words text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string(words, ' '), '') $$`);
    await q.query(`CREATE TYPE discussion_group_kind AS ENUM ('REGIONAL', 'THEMATIC')`);
    await q.query(`
      CREATE TABLE discussion_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
        kind discussion_group_kind NOT NULL,
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE discussion_group_member (
        group_id uuid NOT NULL REFERENCES discussion_group(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query(`CREATE INDEX discussion_group_member_user ON discussion_group_member (user_id)`);
    await q.query(`
      CREATE TABLE discussion_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 120),
        names jsonb NOT NULL DEFAULT '{}',
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
        descriptions jsonb NOT NULL DEFAULT '{}',
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE discussion_category_group (
        category_id uuid NOT NULL REFERENCES discussion_category(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES discussion_group(id) ON DELETE CASCADE,
        PRIMARY KEY (category_id, group_id)
      )`);
    await q.query(`CREATE INDEX discussion_category_group_group ON discussion_category_group (group_id)`);
    await q.query(`
      CREATE TABLE discussion_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES discussion_category(id) ON DELETE RESTRICT,
        author_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
        tags text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        case_reference text CHECK (char_length(case_reference) <= 120),
        language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es', 'ru', 'ar', 'zh')),
        search_config regconfig NOT NULL DEFAULT 'simple',
        last_seq integer NOT NULL DEFAULT 0,
        reply_count integer NOT NULL DEFAULT 0,
        last_post_at timestamptz NOT NULL DEFAULT now(),
        last_post_author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        pinned_at timestamptz,
        locked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector(search_config, title), 'A') ||
          setweight(to_tsvector('simple', title), 'A') ||
          setweight(to_tsvector('simple', discussion_join_words(tags)), 'B') ||
          setweight(to_tsvector('simple', coalesce(case_reference, '')), 'B')
        ) STORED
      )`);
    await q.query(
      `CREATE INDEX discussion_thread_category_activity ON discussion_thread (category_id, (pinned_at IS NULL), last_post_at DESC, id)`,
    );
    await q.query(
      `CREATE INDEX discussion_thread_activity ON discussion_thread ((pinned_at IS NULL), last_post_at DESC, id)`,
    );
    await q.query(`CREATE INDEX discussion_thread_author ON discussion_thread (author_id)`);
    await q.query(`CREATE INDEX discussion_thread_tags ON discussion_thread USING gin (tags)`);
    await q.query(`CREATE INDEX discussion_thread_countries ON discussion_thread USING gin (countries)`);
    await q.query(`CREATE INDEX discussion_thread_search ON discussion_thread USING gin (search)`);
    await q.query(
      `CREATE INDEX discussion_thread_title_trgm ON discussion_thread USING gin (title gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE discussion_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES discussion_thread(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user(id) ON DELETE RESTRICT,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 20000),
        body_html text NOT NULL,
        reply_to_id uuid REFERENCES discussion_post(id) ON DELETE SET NULL,
        search_config regconfig NOT NULL DEFAULT 'simple',
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        edit_count integer NOT NULL DEFAULT 0,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        deleted_as text CHECK (deleted_as IN ('AUTHOR', 'MODERATOR')),
        hidden_at timestamptz,
        hidden_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        hidden_reason text CHECK (char_length(hidden_reason) <= 1000),
        search tsvector GENERATED ALWAYS AS (
          to_tsvector(search_config, body) || to_tsvector('simple', body)
        ) STORED,
        UNIQUE (thread_id, seq)
      )`);
    await q.query(`CREATE INDEX discussion_post_author ON discussion_post (author_id, created_at DESC)`);
    await q.query(`CREATE INDEX discussion_post_search ON discussion_post USING gin (search)`);
    await q.query(`
      CREATE TABLE discussion_post_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES discussion_post(id) ON DELETE CASCADE,
        editor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        title text,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX discussion_post_revision_post ON discussion_post_revision (post_id, created_at)`,
    );
    await q.query(`
      CREATE TABLE discussion_mention (
        post_id uuid NOT NULL REFERENCES discussion_post(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE discussion_thread_read (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES discussion_thread(id) ON DELETE CASCADE,
        last_read_seq integer NOT NULL DEFAULT 0,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, thread_id)
      )`);
    await q.query(`
      CREATE TABLE discussion_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        thread_id uuid REFERENCES discussion_thread(id) ON DELETE CASCADE,
        category_id uuid REFERENCES discussion_category(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('WATCHING', 'MUTED')),
        reason text NOT NULL CHECK (reason IN ('MANUAL', 'STARTED', 'REPLIED', 'MENTIONED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((thread_id IS NULL) <> (category_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX discussion_subscription_thread ON discussion_subscription (thread_id, user_id) WHERE thread_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX discussion_subscription_category ON discussion_subscription (category_id, user_id) WHERE category_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX discussion_subscription_user ON discussion_subscription (user_id)`);
    await q.query(`
      CREATE TABLE discussion_flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES discussion_post(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 3 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        resolution text CHECK (resolution IN ('HIDDEN', 'DISMISSED'))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX discussion_flag_open ON discussion_flag (post_id, reporter_id) WHERE resolved_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX discussion_flag_queue ON discussion_flag (created_at) WHERE resolved_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE discussion_thread_link (
        thread_id uuid NOT NULL REFERENCES discussion_thread(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type ~ '^[a-z_]{2,40}$'),
        target_id uuid NOT NULL,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, target_type, target_id)
      )`);
    await q.query(
      `CREATE INDEX discussion_thread_link_target ON discussion_thread_link (target_type, target_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'discussion_thread_link',
      'discussion_flag',
      'discussion_subscription',
      'discussion_thread_read',
      'discussion_mention',
      'discussion_post_revision',
      'discussion_post',
      'discussion_thread',
      'discussion_category_group',
      'discussion_category',
      'discussion_group_member',
      'discussion_group',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('DROP TYPE discussion_group_kind');
    await q.query('DROP FUNCTION discussion_join_words(text[])');
  }
}
