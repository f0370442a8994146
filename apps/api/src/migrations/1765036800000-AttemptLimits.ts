import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wrong passphrases are no longer counted on the report (a write at every check dated when its anonymous
 * reporter looked); failed sign-ins are counted per account here when there is no Redis, so that every
 * instance shares them. Keyed by SHA-256 of the normalised email: no email, no address.
 */
export class AttemptLimits1765036800000 implements MigrationInterface {
  name = 'AttemptLimits1765036800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE practice_gap_reports DROP COLUMN failed_passphrase_attempts`);
    await db.query(`
      CREATE TABLE sign_in_failures (
        email_hash bytea PRIMARY KEY CHECK (length(email_hash) = 32),
        failures int NOT NULL CHECK (failures > 0),
        last_failure_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sign_in_failures_expires_at ON sign_in_failures (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sign_in_failures`);
    await db.query(`ALTER TABLE practice_gap_reports ADD COLUMN failed_passphrase_attempts int NOT NULL DEFAULT 0`);
  }
}
