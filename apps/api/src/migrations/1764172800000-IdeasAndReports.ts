import { MigrationInterface, QueryRunner } from 'typeorm';

/** A small list of real NHS trusts (ODS codes), for reports to name where a gap was seen. */
const ORGANISATIONS: [odsCode: string, name: string][] = [
  ['RR8', 'Leeds Teaching Hospitals NHS Trust'],
  ['RJ1', 'Guy’s and St Thomas’ NHS Foundation Trust'],
  ['RTH', 'Oxford University Hospitals NHS Foundation Trust'],
  ['RRK', 'University Hospitals Birmingham NHS Foundation Trust'],
  ['RTD', 'The Newcastle upon Tyne Hospitals NHS Foundation Trust'],
  ['RGT', 'Cambridge University Hospitals NHS Foundation Trust'],
  ['RHM', 'University Hospital Southampton NHS Foundation Trust'],
  ['R0A', 'Manchester University NHS Foundation Trust'],
  ['RYJ', 'Imperial College Healthcare NHS Trust'],
  ['RAL', 'Royal Free London NHS Foundation Trust'],
  ['RHQ', 'Sheffield Teaching Hospitals NHS Foundation Trust'],
  ['RX1', 'Nottingham University Hospitals NHS Trust'],
  ['REM', 'Liverpool University Hospitals NHS Foundation Trust'],
  ['RA7', 'University Hospitals Bristol and Weston NHS Foundation Trust'],
  ['RK9', 'University Hospitals Plymouth NHS Trust'],
];

export class IdeasAndReports1764172800000 implements MigrationInterface {
  name = 'IdeasAndReports1764172800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      ALTER TABLE ideas
        ALTER COLUMN summary SET DEFAULT '',
        ADD COLUMN problem text NOT NULL DEFAULT '' CHECK (length(problem) <= 5000),
        ADD COLUMN proposal text NOT NULL DEFAULT '' CHECK (length(proposal) <= 5000),
        ADD COLUMN benefits text[] NOT NULL DEFAULT '{}'
          CHECK (benefits <@ ARRAY['PATIENT_OUTCOMES','PATIENT_EXPERIENCE','STAFF_TIME_AND_WELLBEING','VALUE_FOR_MONEY']),
        ADD COLUMN evidence jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(evidence) = 'array'),
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN declined_reason text,
        ADD COLUMN merged_into_id uuid REFERENCES ideas(id),
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN endorsement_count int NOT NULL DEFAULT 0 CHECK (endorsement_count >= 0),
        ADD COLUMN comment_count int NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
        ADD CONSTRAINT ideas_declined_has_reason CHECK (status <> 'DECLINED' OR declined_reason IS NOT NULL),
        ADD CONSTRAINT ideas_merged_has_target CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
        ADD CONSTRAINT ideas_submitted_has_date CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL)`);
    // Title above summary above body, with English stemming: "prescribing" finds "prescriptions".
    await db.query(`
      ALTER TABLE ideas ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(problem, '') || ' ' || coalesce(proposal, '')), 'C')
      ) STORED`);
    await db.query(`CREATE INDEX ideas_search ON ideas USING gin (search)`);
    await db.query(`CREATE INDEX ideas_title_trgm ON ideas USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX ideas_tags ON ideas USING gin (tags)`);
    // The public list: visible ideas by the keys each sort pages on.
    await db.query(
      `CREATE INDEX ideas_listed_newest ON ideas (submitted_at DESC, id DESC) WHERE status NOT IN ('DRAFT','MERGED') AND hidden_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX ideas_listed_endorsed ON ideas (endorsement_count DESC, id DESC) WHERE status NOT IN ('DRAFT','MERGED') AND hidden_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE idea_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        version int NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        problem text NOT NULL,
        proposal text NOT NULL,
        benefits text[] NOT NULL,
        evidence jsonb NOT NULL,
        tags text[] NOT NULL,
        theme_id uuid REFERENCES themes(id),
        editor_id uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (idea_id, version)
      )`);
    await db.query(`
      CREATE TABLE idea_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        reason text,
        actor_id uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX idea_status_changes_idea ON idea_status_changes (idea_id, created_at)`);
    await db.query(`
      CREATE TABLE endorsements (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, account_id)
      )`);
    await db.query(`CREATE INDEX endorsements_recent ON endorsements (created_at, idea_id)`);
    await db.query(`
      CREATE TABLE idea_follows (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, account_id)
      )`);
    await db.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES accounts(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        body_html text NOT NULL,
        hidden_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX comments_idea ON comments (idea_id, created_at)`);
    await db.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content_type text NOT NULL CHECK (content_type IN ('IDEA','COMMENT')),
        content_id uuid NOT NULL,
        flagger_id uuid NOT NULL REFERENCES accounts(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        UNIQUE (content_type, content_id, flagger_id)
      )`);
    await db.query(`
      CREATE TABLE moderation_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        content_type text NOT NULL CHECK (content_type IN ('IDEA','COMMENT')),
        content_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('HIDE','RESTORE')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        moderator_id uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX moderation_decisions_content ON moderation_decisions (content_type, content_id, created_at)`);

    await db.query(`
      CREATE TABLE organisations (
        ods_code text PRIMARY KEY,
        name text NOT NULL
      )`);
    for (const [odsCode, name] of ORGANISATIONS) {
      await db.query(`INSERT INTO organisations (ods_code, name) VALUES ($1, $2)`, [odsCode, name]);
    }

    // No column can hold who sent an anonymous report: reporter_id must be null for them.
    await db.query(`
      CREATE TABLE practice_gap_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        identity_mode text NOT NULL CHECK (identity_mode IN ('OPEN','CONFIDENTIAL','ANONYMOUS')),
        reporter_id uuid REFERENCES accounts(id),
        guidance text NOT NULL CHECK (length(guidance) BETWEEN 1 AND 300),
        guidance_url text,
        organisation_ods_code text REFERENCES organisations(ods_code),
        organisation_name text,
        what_happens text NOT NULL CHECK (length(what_happens) BETWEEN 1 AND 5000),
        what_should_happen text NOT NULL CHECK (length(what_should_happen) BETWEEN 1 AND 5000),
        impact text NOT NULL CHECK (length(impact) BETWEEN 1 AND 5000),
        evidence jsonb NOT NULL DEFAULT '[]',
        theme_id uuid REFERENCES themes(id),
        status text NOT NULL DEFAULT 'RECEIVED'
          CHECK (status IN ('RECEIVED','ACKNOWLEDGED','UNDER_REVIEW','ADDRESSED','REFERRED_ELSEWHERE','CLOSED')),
        status_note text,
        recommendation_id uuid REFERENCES recommendations(id),
        receipt_code text NOT NULL UNIQUE,
        passphrase_hash text,
        failed_passphrase_attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reports_anonymous_unlinked CHECK ((identity_mode = 'ANONYMOUS') = (reporter_id IS NULL)),
        CONSTRAINT reports_anonymous_passphrase CHECK ((identity_mode = 'ANONYMOUS') = (passphrase_hash IS NOT NULL)),
        CONSTRAINT reports_referred_where CHECK (status <> 'REFERRED_ELSEWHERE' OR status_note IS NOT NULL),
        CONSTRAINT reports_closed_reason CHECK (status <> 'CLOSED' OR status_note IS NOT NULL),
        CONSTRAINT reports_recommendation_when_addressed CHECK (recommendation_id IS NULL OR status = 'ADDRESSED')
      )`);
    await db.query(`CREATE INDEX practice_gap_reports_newest ON practice_gap_reports (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX practice_gap_reports_status ON practice_gap_reports (status, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX practice_gap_reports_reporter ON practice_gap_reports (reporter_id) WHERE reporter_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE report_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES practice_gap_reports(id) ON DELETE CASCADE,
        author_kind text NOT NULL CHECK (author_kind IN ('BOARD','REPORTER')),
        -- Set for board replies only: a reporter's answer is never linked to an account.
        board_author_id uuid REFERENCES accounts(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        -- The order within one report: an anonymous reporter's answer is dated to the day only, so the time
        -- cannot order it, and a global sequence would place it among other reports' timed messages.
        position int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((author_kind = 'BOARD') = (board_author_id IS NOT NULL)),
        UNIQUE (report_id, position)
      )`);
    await db.query(`
      CREATE TABLE report_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES practice_gap_reports(id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        note text,
        actor_id uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX report_status_changes_report ON report_status_changes (report_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_status_changes, report_messages, practice_gap_reports, organisations,
      moderation_decisions, flags, comments, idea_follows, endorsements, idea_status_changes, idea_revisions`);
    // What up() added on Foundation's own columns goes too (dropping the new columns takes the rest): up() must run again.
    await db.query(`DROP INDEX ideas_title_trgm`);
    await db.query(`
      ALTER TABLE ideas DROP COLUMN search, DROP COLUMN problem, DROP COLUMN proposal, DROP COLUMN benefits,
        DROP COLUMN evidence, DROP COLUMN tags, DROP COLUMN version, DROP COLUMN declined_reason,
        DROP COLUMN merged_into_id, DROP COLUMN hidden_at, DROP COLUMN endorsement_count, DROP COLUMN comment_count,
        DROP CONSTRAINT ideas_submitted_has_date, ALTER COLUMN summary DROP DEFAULT`);
  }
}
