import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardWork1764259200000 implements MigrationInterface {
  name = 'BoardWork1764259200000';

  async up(db: QueryRunner): Promise<void> {
    // ---- review ----
    await db.query(`
      CREATE TABLE review_assignments (
        item_kind text NOT NULL CHECK (item_kind IN ('IDEA','REPORT')),
        item_id uuid NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES accounts(id),
        assigned_by uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_kind, item_id, reviewer_id)
      )`);
    await db.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_kind text NOT NULL CHECK (item_kind IN ('IDEA','REPORT')),
        item_id uuid NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES accounts(id),
        patient_outcomes smallint NOT NULL CHECK (patient_outcomes BETWEEN 1 AND 5),
        patient_experience smallint NOT NULL CHECK (patient_experience BETWEEN 1 AND 5),
        staff smallint NOT NULL CHECK (staff BETWEEN 1 AND 5),
        feasibility smallint NOT NULL CHECK (feasibility BETWEEN 1 AND 5),
        evidence smallint NOT NULL CHECK (evidence BETWEEN 1 AND 5),
        open_standards smallint NOT NULL CHECK (open_standards BETWEEN 1 AND 5),
        comment text NOT NULL CHECK (length(comment) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (item_kind, item_id, reviewer_id)
      )`);
    await db.query(`
      CREATE TABLE board_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_kind text NOT NULL CHECK (item_kind IN ('IDEA','REPORT')),
        item_id uuid NOT NULL,
        author_id uuid NOT NULL REFERENCES accounts(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX board_notes_item ON board_notes (item_kind, item_id, created_at)`);

    // ---- interests and conflicts ----
    await db.query(`
      CREATE TABLE interests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES accounts(id),
        organisation text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
        nature text NOT NULL CHECK (length(nature) BETWEEN 1 AND 1000),
        from_date date NOT NULL,
        to_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (to_date IS NULL OR to_date >= from_date)
      )`);
    await db.query(`CREATE INDEX interests_member ON interests (member_id)`);

    // ---- recommendations ----
    await db.query(`
      ALTER TABLE recommendations
        ADD COLUMN actions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(actions) = 'array'),
        ADD COLUMN audience text NOT NULL DEFAULT '',
        ADD COLUMN organisations text[] NOT NULL DEFAULT '{}',
        ADD COLUMN evidence jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN revision_number int NOT NULL DEFAULT 1,
        ADD COLUMN published_revision int,
        ADD COLUMN implementation_status text
          CHECK (implementation_status IN ('ACCEPTED','IN_PROGRESS','IMPLEMENTED','NOT_TAKEN_FORWARD')),
        ADD COLUMN author_id uuid REFERENCES accounts(id),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await db.query(`
      ALTER TABLE recommendations ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(rationale, '') || ' ' || coalesce(audience, '')), 'C')
      ) STORED`);
    await db.query(`CREATE INDEX recommendations_search ON recommendations USING gin (search)`);
    await db.query(`
      CREATE TABLE recommendation_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        number int NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        rationale text NOT NULL,
        actions jsonb NOT NULL,
        audience text NOT NULL,
        theme_id uuid REFERENCES themes(id),
        organisations text[] NOT NULL,
        evidence jsonb NOT NULL,
        editor_id uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recommendation_id, number)
      )`);
    await db.query(`
      CREATE TABLE recommendation_ideas (
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        idea_id uuid NOT NULL REFERENCES ideas(id),
        PRIMARY KEY (recommendation_id, idea_id)
      )`);
    await db.query(`
      CREATE TABLE recommendation_reports (
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        report_id uuid NOT NULL REFERENCES practice_gap_reports(id),
        PRIMARY KEY (recommendation_id, report_id)
      )`);
    await db.query(`
      CREATE TABLE conflict_declarations (
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES accounts(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recommendation_id, member_id)
      )`);
    await db.query(`
      CREATE TABLE implementation_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('ACCEPTED','IN_PROGRESS','IMPLEMENTED','NOT_TAKEN_FORWARD')),
        note text CHECK (length(note) <= 5000),
        effective_date date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'NOT_TAKEN_FORWARD' OR note IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX implementation_updates_recommendation ON implementation_updates (recommendation_id, created_at)`);
    await db.query(`
      CREATE TABLE recommendation_follows (
        recommendation_id uuid NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recommendation_id, account_id)
      )`);

    // ---- votes ----
    await db.query(`
      CREATE TABLE votes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendations(id),
        revision_number int NOT NULL,
        quorum numeric(4,3) NOT NULL CHECK (quorum > 0 AND quorum <= 1),
        opened_by uuid NOT NULL REFERENCES accounts(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closes_at timestamptz NOT NULL,
        closed_at timestamptz,
        result text CHECK (result IN ('PASSED','REJECTED','NO_QUORUM')),
        -- Snapshot taken at the close: the record stays as it was counted whatever happens to accounts later.
        eligible_count int CHECK (eligible_count >= 0),
        tally_for int CHECK (tally_for >= 0),
        tally_against int CHECK (tally_against >= 0),
        tally_abstain int CHECK (tally_abstain >= 0),
        CHECK ((closed_at IS NULL) = (result IS NULL)),
        CHECK ((closed_at IS NULL) = (eligible_count IS NULL AND tally_for IS NULL AND tally_against IS NULL AND tally_abstain IS NULL)),
        CHECK (closes_at > opened_at)
      )`);
    // At most one open vote per recommendation, whatever races.
    await db.query(`CREATE UNIQUE INDEX votes_one_open ON votes (recommendation_id) WHERE closed_at IS NULL`);
    await db.query(`CREATE INDEX votes_closing ON votes (closes_at) WHERE closed_at IS NULL`);
    await db.query(`CREATE INDEX votes_recommendation ON votes (recommendation_id, opened_at DESC)`);
    // One ballot per member per vote, enforced here and not only in code.
    await db.query(`
      CREATE TABLE ballots (
        vote_id uuid NOT NULL REFERENCES votes(id),
        member_id uuid NOT NULL REFERENCES accounts(id),
        choice text NOT NULL CHECK (choice IN ('FOR','AGAINST','ABSTAIN')),
        cast_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Set at the close: false for a member recused or no longer on the board by then.
        counted boolean,
        PRIMARY KEY (vote_id, member_id)
      )`);
    await db.query(`
      CREATE TABLE vote_recusals (
        vote_id uuid NOT NULL REFERENCES votes(id),
        member_id uuid NOT NULL REFERENCES accounts(id),
        reason text NOT NULL,
        PRIMARY KEY (vote_id, member_id)
      )`);

    // ---- notifications ----
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        kind text NOT NULL,
        message text NOT NULL,
        link text NOT NULL,
        dedupe_key text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recipient_id, dedupe_key)
      )`);
    await db.query(`CREATE INDEX notifications_recipient ON notifications (recipient_id, created_at DESC)`);

    // ---- audit: append-only, enforced by the database ----
    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb
      )`);
    await db.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, id DESC)`);
    await db.query(`CREATE INDEX audit_log_action ON audit_log (action, id DESC)`);
    await db.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, id DESC)`);
    await db.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log, notifications, vote_recusals, ballots, votes, recommendation_follows,
      implementation_updates, conflict_declarations, recommendation_reports, recommendation_ideas,
      recommendation_revisions, interests, board_notes, reviews, review_assignments`);
    await db.query(`DROP FUNCTION audit_log_is_append_only()`);
    await db.query(`
      ALTER TABLE recommendations DROP COLUMN search, DROP COLUMN actions, DROP COLUMN audience, DROP COLUMN organisations,
        DROP COLUMN evidence, DROP COLUMN version, DROP COLUMN revision_number, DROP COLUMN published_revision,
        DROP COLUMN implementation_status, DROP COLUMN author_id, DROP COLUMN updated_at`);
  }
}
