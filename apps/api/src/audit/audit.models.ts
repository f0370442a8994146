import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../platform/graphql/pagination';
import type { AuditRow } from './audit.repository';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'The mutation that made the change, e.g. castVote.' })
  action!: string;

  @Field()
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: 'The changed fields before, as JSON.' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The changed fields after, as JSON.' })
  after!: string | null;

  actorId!: string | null;

  static from(row: AuditRow): AuditEntryModel {
    return Object.assign(new AuditEntryModel(), {
      id: row.id,
      at: row.occurredAt,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before ? JSON.stringify(row.before) : null,
      after: row.after ? JSON.stringify(row.after) : null,
      actorId: row.actorId,
    });
  }
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryModel, 'AuditEntry') {}
