import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Members and their applications, single-use tokens, invitations, sessions, second factors,
 * national focal points, and the hash-chained audit trail.
 */
export class IdentityAndAccess1763910000000 implements MigrationInterface {
  name = 'IdentityAndAccess1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE member_role AS ENUM ('MEMBER', 'MODERATOR', 'ADMIN')`);
    await q.query(
      `CREATE TYPE account_status AS ENUM ('EMAIL_UNCONFIRMED', 'PENDING', 'APPROVED', 'ACTIVE', 'REJECTED', 'SUSPENDED', 'DEACTIVATED')`,
    );
    await q.query(
      `CREATE TYPE practitioner_type AS ENUM ('PROSECUTOR', 'INVESTIGATOR', 'JUDGE', 'CUSTOMS', 'FIREARMS_CONTROL_AUTHORITY', 'ANALYST', 'OTHER')`,
    );
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 2 AND 120),
        country char(2) REFERENCES country (code),
        institution text CHECK (length(institution) <= 200),
        practitioner_type practitioner_type,
        position text CHECK (length(position) <= 120),
        languages text[] NOT NULL DEFAULT '{}',
        expertise text[] NOT NULL DEFAULT '{}',
        bio text NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
        locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'es', 'ru', 'ar', 'zh')),
        photo_key text,
        role member_role NOT NULL DEFAULT 'MEMBER',
        status account_status NOT NULL,
        password_hash text,
        password_changed_at timestamptz,
        totp_secret text,
        totp_enabled_at timestamptz,
        totp_last_code text,
        totp_last_code_at timestamptz,
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX app_user_name_trgm ON app_user USING gin (full_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX app_user_institution_trgm ON app_user USING gin (institution gin_trgm_ops)`);
    await q.query(`CREATE INDEX app_user_directory ON app_user (status, country, practitioner_type)`);
    await q.query(`CREATE INDEX app_user_languages ON app_user USING gin (languages)`);
    await q.query(`CREATE INDEX app_user_expertise ON app_user USING gin (expertise)`);

    await q.query(`
      CREATE TABLE membership_application (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        motivation text NOT NULL DEFAULT '' CHECK (length(motivation) <= 4000),
        voucher_email citext,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        email_confirmed_at timestamptz,
        decision text CHECK (decision IN ('APPROVED', 'REJECTED')),
        decision_reason text CHECK (length(decision_reason) <= 2000),
        decided_at timestamptz,
        decided_by uuid REFERENCES app_user (id)
      )`);
    await q.query(
      `CREATE INDEX membership_application_queue ON membership_application (submitted_at) WHERE decision IS NULL`,
    );

    await q.query(`
      CREATE TABLE user_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('EMAIL_CONFIRMATION', 'SET_PASSWORD', 'PASSWORD_RESET', 'INVITATION')),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX user_token_user ON user_token (user_id, purpose) WHERE used_at IS NULL`);

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        email citext NOT NULL,
        role member_role NOT NULL,
        invited_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        state text NOT NULL CHECK (state IN ('ACTIVE', 'MFA_REQUIRED', 'MFA_ENROLLMENT_REQUIRED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_session_open ON user_session (user_id) WHERE ended_at IS NULL`);

    await q.query(`
      CREATE TABLE recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )`);

    await q.query(`
      CREATE TABLE focal_point (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        country char(2) NOT NULL REFERENCES country (code),
        authority text NOT NULL CHECK (authority IN ('FIREARMS_PROTOCOL_COMPETENT_AUTHORITY', 'MLA_CENTRAL_AUTHORITY', 'EXTRADITION_AUTHORITY', 'TRACING_CONTACT_POINT', 'NATIONAL_FIREARMS_COMMISSION', 'OTHER')),
        contact_hours text NOT NULL DEFAULT '' CHECK (length(contact_hours) <= 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, country, authority)
      )`);

    // Per-IP attempt counters of rate-limiter-flexible (its RateLimiterPostgres layout), shared by every api instance.
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        actor_label text,
        action text NOT NULL,
        target_type text,
        target_id text,
        ip text,
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash bytea,
        hash bytea NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX audit_event_actor ON audit_event (actor_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_action ON audit_event (action, occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_event');
    await q.query('DROP FUNCTION audit_event_append_only');
    await q.query('DROP TABLE rate_limit');
    await q.query('DROP TABLE focal_point');
    await q.query('DROP TABLE recovery_code');
    await q.query('DROP TABLE user_session');
    await q.query('DROP TABLE invitation');
    await q.query('DROP TABLE user_token');
    await q.query('DROP TABLE membership_application');
    await q.query('DROP TABLE app_user');
    await q.query('DROP TYPE practitioner_type');
    await q.query('DROP TYPE account_status');
    await q.query('DROP TYPE member_role');
  }
}
