import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, NotFoundError } from '../platform/graphql/errors';
import { createOnce } from '../platform/idempotency/idempotency';
import { AuditService } from '../audit/audit.service';
import { pick } from '../audit/diff';
import { CommentEntity } from './comments.entity';
import type { AddCommentInput } from './comments.inputs';
import { CommentsRepository } from './comments.repository';
import { assertOpenToAll } from './idea-access.rules';
import { IdeaReadsService } from './idea-reads.service';
import { renderMarkdown } from './markdown';

@Injectable()
export class CommentsService {
  constructor(
    private readonly database: Database,
    private readonly comments: CommentsRepository,
    private readonly reads: IdeaReadsService,
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, input: AddCommentInput): Promise<CommentEntity> {
    const bodyHtml = renderMarkdown(input.body);
    return this.database.transaction(async (tx) => {
      assertOpenToAll(await this.reads.lockVisible(tx, actor, input.ideaId));
      if (input.parentId) {
        const parent = await this.comments.findShown(tx, input.parentId, input.ideaId);
        if (!parent) throw BadUserInputError.field('parentId', 'Reply to a comment on this idea');
        if (parent.parentId)
          throw BadUserInputError.field('parentId', 'Reply to the first comment in the thread: replies go one level deep');
      }
      return createOnce(
        tx,
        { scope: 'addComment', key: input.idempotencyKey, accountId: actor.accountId },
        {
          create: async () => {
            const comment = await this.comments.insert(tx, {
              ideaId: input.ideaId,
              parentId: input.parentId ?? null,
              authorId: actor.accountId,
              body: input.body,
              bodyHtml,
            });
            await this.comments.countAdded(tx, input.ideaId);
            await this.audit.record(tx, {
              actor,
              action: 'addComment',
              entityType: 'Comment',
              entityId: comment.id,
              after: pick(comment, ['ideaId', 'parentId', 'body']),
            });
            return { id: comment.id, result: comment };
          },
          replay: async (id) => {
            const comment = await this.comments.findOwn(tx, id, actor.accountId);
            if (!comment) throw new NotFoundError('Comment');
            return comment;
          },
        },
      );
    });
  }

  /** The comments of several ideas, oldest first: one query for a whole page of ideas. */
  listForIdeas(ideaIds: readonly string[], includeHidden: boolean): Promise<CommentEntity[]> {
    return this.comments.forIdeas(this.database.pool, ideaIds, includeHidden);
  }

  /** After hiding or restoring: the count is of what everyone sees, so replies under a hidden comment do not count. */
  recount(db: Queryable, ideaId: string): Promise<void> {
    return this.comments.recount(db, ideaId);
  }
}
