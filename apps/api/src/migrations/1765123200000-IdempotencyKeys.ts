import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per client-generated idempotency key: a form sent twice (a double click, a retry after
 * a lost response) creates one thing. The primary key on the key's hash is what makes it race-safe;
 * only the SHA-256 of the key is kept, so a database reader cannot replay someone's request.
 */
export class IdempotencyKeys1765123200000 implements MigrationInterface {
  name = 'IdempotencyKeys1765123200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_keys (
        key_hash bytea PRIMARY KEY CHECK (length(key_hash) = 32),
        scope text NOT NULL CHECK (length(scope) BETWEEN 1 AND 64),
        account_id uuid REFERENCES accounts(id) ON DELETE CASCADE,
        result_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Expiry deletes by age.
    await db.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
