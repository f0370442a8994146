import { IdeaStatus } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { IdeaStatusChangeEntity } from './ideas.entity';

export interface StatusChange {
  ideaId: string;
  fromStatus: IdeaStatus | null;
  toStatus: IdeaStatus;
  reason?: string | null;
  actorId: string;
}

/** Adds to an idea's public history, inside the transaction that makes the change. */
export async function recordStatusChange(manager: EntityManager, change: StatusChange): Promise<void> {
  await manager.insert(IdeaStatusChangeEntity, { ...change, reason: change.reason ?? null });
}
