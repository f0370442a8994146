import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import type { Queryable } from '../platform/database/database';
import { BadUserInputError } from '../platform/graphql/errors';
import { createOnce } from '../platform/idempotency/idempotency';
import { AuditService } from '../audit/audit.service';
import { pick } from '../audit/diff';
import { CommentEntity } from './comments.entity';
import type { AddCommentInput } from './comments.inputs';
import { assertOpenToAll, lockVisibleIdea } from './ideas.access';
import { renderMarkdown } from './markdown';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, input: AddCommentInput): Promise<CommentEntity> {
    const bodyHtml = renderMarkdown(input.body);
    return this.db.transaction(async (manager) => {
      assertOpenToAll(await lockVisibleIdea(manager, actor, input.ideaId));
      if (input.parentId) {
        const parent = await manager.findOneBy(CommentEntity, { id: input.parentId, ideaId: input.ideaId, hiddenAt: IsNull() });
        if (!parent) throw BadUserInputError.field('parentId', 'Reply to a comment on this idea');
        if (parent.parentId)
          throw BadUserInputError.field('parentId', 'Reply to the first comment in the thread: replies go one level deep');
      }
      return createOnce(
        manager,
        { scope: 'addComment', key: input.idempotencyKey, accountId: actor.accountId },
        {
          create: async () => {
            const { identifiers } = await manager.insert(CommentEntity, {
              ideaId: input.ideaId,
              parentId: input.parentId ?? null,
              authorId: actor.accountId,
              body: input.body,
              bodyHtml,
            });
            await manager.query(`UPDATE ideas SET comment_count = comment_count + 1 WHERE id = $1`, [input.ideaId]);
            const comment = await manager.findOneByOrFail(CommentEntity, { id: identifiers[0].id });
            await this.audit.record(manager, {
              actor,
              action: 'addComment',
              entityType: 'Comment',
              entityId: comment.id,
              after: pick(comment, ['ideaId', 'parentId', 'body']),
            });
            return { id: comment.id, result: comment };
          },
          replay: (id) => manager.findOneByOrFail(CommentEntity, { id, authorId: actor.accountId }),
        },
      );
    });
  }

  /** The comments of several ideas, oldest first: one query for a whole page of ideas. */
  listForIdeas(ideaIds: readonly string[], includeHidden: boolean): Promise<CommentEntity[]> {
    return this.db.manager.find(CommentEntity, {
      where: { ideaId: In([...ideaIds]), ...(includeHidden ? {} : { hiddenAt: IsNull() }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** After hiding or restoring: the count is of what everyone sees, so replies under a hidden comment do not count. */
  async recount(db: Queryable, ideaId: string): Promise<void> {
    await db.query(
      `UPDATE ideas SET comment_count = (
         SELECT count(*) FROM comments c LEFT JOIN comments parent ON parent.id = c.parent_id
          WHERE c.idea_id = $1 AND c.hidden_at IS NULL AND (parent.id IS NULL OR parent.hidden_at IS NULL))
       WHERE id = $1`,
      [ideaId],
    );
  }
}
