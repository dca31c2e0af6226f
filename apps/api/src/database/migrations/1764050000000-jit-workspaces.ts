import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * JIT workspaces: the workspace and its agreement extensions, members (role and the country each
 * represents), the evidence register with its append-only chain of custody (a trigger refuses any
 * UPDATE or DELETE of `jit_custody_event`), the legal requests tracker with its history, tasks with
 * comments, notes with revisions and the activity timeline. The workspace channel is a conversation
 * of kind JIT; READER members of a conversation read without writing (observers, closed
 * workspaces). Notification kind JIT_REQUEST_DUE; pg-boss queue `jit.requests.due` (daily cron).
 */
export class JitWorkspaces1764050000000 implements MigrationInterface {
  name = 'JitWorkspaces1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jit_workspace (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 160),
        reference text CHECK (char_length(reference) BETWEEN 1 AND 80),
        purpose text CHECK (char_length(purpose) <= 4000),
        countries text[] NOT NULL CHECK (cardinality(countries) BETWEEN 2 AND 30),
        agreement_signed_on date,
        agreement_ends_on date,
        status text NOT NULL DEFAULT 'SETTING_UP'
          CHECK (status IN ('SETTING_UP', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
        phase_note text CHECK (char_length(phase_note) <= 2000),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        evidence_seq integer NOT NULL DEFAULT 0,
        CHECK (agreement_ends_on IS NULL OR agreement_signed_on IS NULL OR agreement_ends_on >= agreement_signed_on),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE jit_agreement_extension (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        previous_ends_on date,
        new_ends_on date NOT NULL,
        reason text CHECK (char_length(reason) <= 1000),
        extended_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        extended_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX jit_agreement_extension_workspace ON jit_agreement_extension (workspace_id, extended_at)`,
    );
    await q.query(`
      CREATE TABLE jit_member (
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('LEADER', 'MEMBER', 'OBSERVER')),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        added_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, user_id)
      )`);
    await q.query(`CREATE INDEX jit_member_user ON jit_member (user_id)`);

    await q.query(`
      CREATE TABLE jit_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 4000),
        type text NOT NULL CHECK (type IN ('DOCUMENT', 'IMAGE', 'AUDIO_VIDEO', 'FORENSIC_REPORT', 'SEIZED_FIREARM_RECORD', 'OTHER')),
        origin_country char(2) NOT NULL CHECK (origin_country ~ '^[A-Z]{2}$'),
        collected_by text CHECK (char_length(collected_by) <= 200),
        collected_at timestamptz,
        legal_basis text CHECK (char_length(legal_basis) <= 500),
        classification text NOT NULL CHECK (char_length(classification) BETWEEN 1 AND 60),
        file_id uuid NOT NULL UNIQUE REFERENCES stored_file(id) ON DELETE RESTRICT,
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size >= 0),
        custodian_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        sealed_at timestamptz,
        sealed_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        integrity text NOT NULL DEFAULT 'UNVERIFIED' CHECK (integrity IN ('UNVERIFIED', 'OK', 'MISMATCH')),
        last_verified_at timestamptz,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        UNIQUE (workspace_id, number),
        CHECK (deleted_at IS NULL OR sealed_at IS NULL)
      )`);
    // The chain of custody: append-only, whatever the application does.
    await q.query(`
      CREATE TABLE jit_custody_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        evidence_id uuid REFERENCES jit_evidence(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('UPLOADED', 'VIEWED', 'DOWNLOADED', 'METADATA_CHANGED',
          'TRANSFERRED', 'SEALED', 'VERIFIED', 'VERIFY_FAILED', 'DELETED', 'EXPORTED')),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        session_ref text CHECK (session_ref ~ '^[0-9a-f]{12}$'),
        ip text CHECK (char_length(ip) <= 64),
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX jit_custody_event_evidence ON jit_custody_event (evidence_id, id)`);
    await q.query(`CREATE INDEX jit_custody_event_workspace ON jit_custody_event (workspace_id, id)`);
    await q.query(`
      CREATE FUNCTION jit_custody_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A whole workspace may be deleted (cascade); single custody rows may not be changed.
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM jit_workspace w WHERE w.id = OLD.workspace_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'jit_custody_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER jit_custody_event_append_only BEFORE UPDATE OR DELETE ON jit_custody_event
        FOR EACH ROW EXECUTE FUNCTION jit_custody_event_append_only()`);

    await q.query(`
      CREATE TABLE jit_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('MLA', 'EXTRADITION', 'TRACING', 'ASSET_FREEZING', 'PRESERVATION', 'OTHER')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'IN_PROGRESS',
          'EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN')),
        subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 300),
        requesting_country char(2) NOT NULL CHECK (requesting_country ~ '^[A-Z]{2}$'),
        requesting_authority text CHECK (char_length(requesting_authority) <= 200),
        requested_country char(2) NOT NULL CHECK (requested_country ~ '^[A-Z]{2}$'),
        requested_authority text CHECK (char_length(requested_authority) <= 200),
        requesting_reference text CHECK (char_length(requesting_reference) <= 100),
        requested_reference text CHECK (char_length(requested_reference) <= 100),
        drafted_on date,
        sent_on date,
        acknowledged_on date,
        due_on date,
        answered_on date,
        responsible_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        tracing jsonb,
        due_notified_on date,
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (tracing IS NULL OR type = 'TRACING')
      )`);
    await q.query(`CREATE INDEX jit_request_workspace ON jit_request (workspace_id)`);
    await q.query(`CREATE INDEX jit_request_due ON jit_request (due_on) WHERE status NOT IN
      ('EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN')`);
    await q.query(`
      CREATE TABLE jit_request_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES jit_request(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CREATED', 'EDITED', 'STATUS', 'COMMENT')),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        from_status text,
        to_status text,
        comment text CHECK (char_length(comment) <= 4000),
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX jit_request_event_request ON jit_request_event (request_id, at)`);

    await q.query(`
      CREATE TABLE jit_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 4000),
        assignee_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        due_on date,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX jit_task_workspace ON jit_task (workspace_id)`);
    await q.query(`
      CREATE TABLE jit_task_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES jit_task(id) ON DELETE CASCADE,
        author_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX jit_task_comment_task ON jit_task_comment (task_id, created_at)`);

    await q.query(`
      CREATE TABLE jit_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('STRATEGY', 'MEETING_MINUTES', 'GENERAL')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (char_length(body) <= 50000),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX jit_note_workspace ON jit_note (workspace_id, updated_at DESC)`);
    await q.query(`
      CREATE TABLE jit_note_revision (
        note_id uuid NOT NULL REFERENCES jit_note(id) ON DELETE CASCADE,
        version integer NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        edited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        edited_at timestamptz NOT NULL,
        PRIMARY KEY (note_id, version)
      )`);

    await q.query(`
      CREATE TABLE jit_activity (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES jit_workspace(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        subject_type text CHECK (subject_type ~ '^[a-z_]{1,40}$'),
        subject_id uuid,
        summary text CHECK (char_length(summary) <= 300),
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX jit_activity_workspace ON jit_activity (workspace_id, id DESC)`);

    // The workspace channel: a conversation of kind JIT, kept in sync with the membership.
    await q.query(`ALTER TABLE conversation DROP CONSTRAINT conversation_kind_check`);
    await q.query(`ALTER TABLE conversation ADD CONSTRAINT conversation_kind_check
      CHECK (kind IN ('DIRECT', 'GROUP', 'JIT'))`);
    await q.query(`ALTER TABLE conversation
      ADD COLUMN jit_workspace_id uuid UNIQUE REFERENCES jit_workspace(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE conversation ADD CONSTRAINT conversation_jit_workspace
      CHECK ((kind = 'JIT') = (jit_workspace_id IS NOT NULL))`);
    await q.query(`ALTER TABLE conversation_member DROP CONSTRAINT conversation_member_role_check`);
    await q.query(`ALTER TABLE conversation_member ADD CONSTRAINT conversation_member_role_check
      CHECK (role IN ('ADMIN', 'MEMBER', 'READER'))`);

    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check
      CHECK (kind IN ('MENTION', 'THREAD_REPLY', 'NEW_THREAD', 'POST_HIDDEN', 'POST_RESTORED', 'JIT_REQUEST_DUE'))`);
    await q.query(`SELECT pgboss.create_queue('jit.requests.due', '{"policy":"singleton"}'::json)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT pgboss.delete_queue('jit.requests.due')`);
    await q.query(`DELETE FROM notification WHERE kind = 'JIT_REQUEST_DUE'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check
      CHECK (kind IN ('MENTION', 'THREAD_REPLY', 'NEW_THREAD', 'POST_HIDDEN', 'POST_RESTORED'))`);
    await q.query(`DELETE FROM conversation WHERE kind = 'JIT'`);
    await q.query(`UPDATE conversation_member SET role = 'MEMBER' WHERE role = 'READER'`);
    await q.query(`ALTER TABLE conversation_member DROP CONSTRAINT conversation_member_role_check`);
    await q.query(`ALTER TABLE conversation_member ADD CONSTRAINT conversation_member_role_check
      CHECK (role IN ('ADMIN', 'MEMBER'))`);
    await q.query(`ALTER TABLE conversation DROP CONSTRAINT conversation_jit_workspace`);
    await q.query(`ALTER TABLE conversation DROP COLUMN jit_workspace_id`);
    await q.query(`ALTER TABLE conversation DROP CONSTRAINT conversation_kind_check`);
    await q.query(`ALTER TABLE conversation ADD CONSTRAINT conversation_kind_check
      CHECK (kind IN ('DIRECT', 'GROUP'))`);
    await q.query(`DROP TABLE jit_workspace CASCADE`);
    for (const table of [
      'jit_activity',
      'jit_note_revision',
      'jit_note',
      'jit_task_comment',
      'jit_task',
      'jit_request_event',
      'jit_request',
      'jit_custody_event',
      'jit_evidence',
      'jit_member',
      'jit_agreement_extension',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION jit_custody_event_append_only()`);
  }
}
