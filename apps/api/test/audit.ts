import type { TestHub } from './hub';

export interface AuditedRow {
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit entries a mutation wrote about one entity, oldest first. */
export async function auditRows(hub: TestHub, action: string, entityId: string): Promise<AuditedRow[]> {
  return hub.db.query(
    `SELECT actor_id, action, entity_type, entity_id, before, after FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY id`,
    [action, entityId],
  );
}
