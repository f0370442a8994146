import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { findReviewTarget } from './review-items';
import { BoardNoteEntity } from './reviews.entity';
import type { ReviewItemRef } from './reviews.inputs';

/** The board's private discussion of an item, which may go on after its review. */
@Injectable()
export class BoardNotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async discussion(actor: Actor, ref: ReviewItemRef): Promise<BoardNoteEntity[]> {
    await findReviewTarget(this.db.manager, actor, ref);
    return this.db.manager.find(BoardNoteEntity, { where: { itemKind: ref.kind, itemId: ref.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async add(actor: Actor, ref: ReviewItemRef, body: string): Promise<BoardNoteEntity> {
    return this.db.transaction(async (manager) => {
      await findReviewTarget(manager, actor, ref);
      const note = await manager.save(
        manager.create(BoardNoteEntity, { itemKind: ref.kind, itemId: ref.id, authorId: actor.accountId, body }),
      );
      await this.audit.record(manager, {
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
