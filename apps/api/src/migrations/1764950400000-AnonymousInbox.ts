import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymous submissions and what their reporters do through the receipt wait here, apart from everything
 * that names people, until a job moves each day's batch into the shared tables after the day has ended.
 * The table holds no time but the UTC day and the release moment, and no account or session column.
 */
export class AnonymousInbox1764950400000 implements MigrationInterface {
  name = 'AnonymousInbox1764950400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE anonymous_inbox (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('REPORT','ANSWER')),
        -- The report this row is (kind REPORT: the id it will have once released) or answers.
        report_id uuid NOT NULL,
        receipt_code text UNIQUE,
        payload jsonb NOT NULL,
        day date NOT NULL,
        -- Drawn by the release job once the day has ended, one moment for the whole day: never at submission, where
        -- two first submissions of a day racing could draw two moments and split the day into smaller batches.
        release_after timestamptz,
        -- SHA-256 of the client's idempotency key, never the key itself.
        idempotency_key_hash bytea UNIQUE,
        -- The passphrase for a replay of the same request, sealed with a key derived from the idempotency key.
        sealed_passphrase bytea,
        CHECK ((kind = 'REPORT') = (receipt_code IS NOT NULL)),
        CHECK (kind = 'REPORT' OR (idempotency_key_hash IS NULL AND sealed_passphrase IS NULL))
      )`);
    await db.query(`CREATE INDEX anonymous_inbox_due ON anonymous_inbox (release_after)`);
    await db.query(`CREATE INDEX anonymous_inbox_report ON anonymous_inbox (report_id)`);
    // Identified reports keep their key's hash on the row; anonymous ones carry it over at release.
    await db.query(`ALTER TABLE practice_gap_reports ADD COLUMN idempotency_key_hash bytea UNIQUE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE practice_gap_reports DROP COLUMN idempotency_key_hash`);
    await db.query(`DROP TABLE anonymous_inbox`);
  }
}
