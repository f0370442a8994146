import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database } from '../platform/database/database';
import { BoardNotesRepository } from './board-notes.repository';
import { ReviewTargetsService } from './review-targets.service';
import type { BoardNoteEntity } from './reviews.entity';
import type { ReviewItemRef } from './reviews.inputs';

/** The board's private discussion of an item, which may go on after its review. */
@Injectable()
export class BoardNotesService {
  constructor(
    private readonly database: Database,
    private readonly notes: BoardNotesRepository,
    private readonly targets: ReviewTargetsService,
    private readonly audit: AuditService,
  ) {}

  async discussion(actor: Actor, ref: ReviewItemRef): Promise<BoardNoteEntity[]> {
    await this.targets.find(this.database.pool, actor, ref);
    return this.notes.listForItem(this.database.pool, ref);
  }

  async add(actor: Actor, ref: ReviewItemRef, body: string): Promise<BoardNoteEntity> {
    return this.database.transaction(async (tx) => {
      await this.targets.find(tx, actor, ref);
      const note = await this.notes.insert(tx, ref, actor.accountId, body);
      await this.audit.record(tx, {
        actor,
        action: 'addBoardNote',
        entityType: 'BoardNote',
        entityId: note.id,
        after: { itemKind: ref.kind, itemId: ref.id, body },
      });
      return note;
    });
  }
}
