import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log now lists newest first by time, then id: an anonymous report's entries carry only midnight of their
 * day and are written at release, so their ids would place them among the next day's entries. Its indexes follow
 * that order, so that every page (and every filter by person, action or entity) stays a keyset scan.
 */
export class AuditLogByTime1765209600000 implements MigrationInterface {
  name = 'AuditLogByTime1765209600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_actor, audit_log_action, audit_log_entity`);
    await db.query(`CREATE INDEX audit_log_newest ON audit_log (occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_action ON audit_log (action, occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, occurred_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_newest, audit_log_actor, audit_log_action, audit_log_entity`);
    await db.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, id DESC)`);
    await db.query(`CREATE INDEX audit_log_action ON audit_log (action, id DESC)`);
    await db.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, id DESC)`);
  }
}
