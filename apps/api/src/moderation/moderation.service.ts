import { ContentType, IdeaStatus, LIMITS, ModerationDecision } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CommentEntity } from '../ideas/comments.entity';
import { CommentsService } from '../ideas/comments.service';
import { canSee, seesHidden } from '../ideas/idea-access.rules';
import { IdeaEntity } from '../ideas/ideas.entity';
import type { Actor } from '../platform/auth/actor';
import { NotFoundError } from '../platform/graphql/errors';
import { ModerationDecisionEntity } from './moderation.entity';
import type { FlagContentInput, ModerateContentInput } from './moderation.inputs';
import type { FlaggedContentModel } from './moderation.models';

const EXCERPT_LENGTH = 200;

@Injectable()
export class ModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly comments: CommentsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Once per person and item: flagging again changes nothing while the first flag is open,
   * and reopens it after an administrator has decided, since the person still objects.
   */
  async flag(actor: Actor, input: FlagContentInput): Promise<boolean> {
    await this.findContent(this.db.manager, actor, input.contentType, input.contentId);
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO flags (content_type, content_id, flagger_id, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (content_type, content_id, flagger_id)
         DO UPDATE SET reason = EXCLUDED.reason, created_at = now(), resolved_at = NULL WHERE flags.resolved_at IS NOT NULL`,
        [input.contentType, input.contentId, actor.accountId, input.reason],
      );
      await this.audit.record(manager, {
        actor,
        action: 'flagContent',
        entityType: input.contentType === ContentType.IDEA ? 'Idea' : 'Comment',
        entityId: input.contentId,
        after: { reason: input.reason },
      });
    });
    return true;
  }

  /** Hides or restores, keeps the decision and its reason, and settles the open flags: all at once or not at all. */
  async moderate(actor: Actor, input: ModerateContentInput): Promise<boolean> {
    await this.db.transaction(async (manager) => {
      const content = await this.findContent(manager, actor, input.contentType, input.contentId, true);
      const hiddenAt = input.decision === ModerationDecision.HIDE ? (content.hiddenAt ?? new Date()) : null;
      const table = input.contentType === ContentType.IDEA ? 'ideas' : 'comments';
      // Only hidden_at changes: hiding is not an edit, so updated_at stays as the author left it.
      await manager.query(`UPDATE ${table} SET hidden_at = $2 WHERE id = $1`, [input.contentId, hiddenAt]);
      await manager.insert(ModerationDecisionEntity, {
        contentType: input.contentType,
        contentId: input.contentId,
        decision: input.decision,
        reason: input.reason,
        moderatorId: actor.accountId,
      });
      await manager.query(`UPDATE flags SET resolved_at = now() WHERE content_type = $1 AND content_id = $2 AND resolved_at IS NULL`, [
        input.contentType,
        input.contentId,
      ]);
      if (content instanceof CommentEntity) await this.comments.recount(manager, content.ideaId);
      await this.audit.record(manager, {
        actor,
        action: 'moderateContent',
        entityType: input.contentType === ContentType.IDEA ? 'Idea' : 'Comment',
        entityId: input.contentId,
        before: { hiddenAt: content.hiddenAt },
        after: { hiddenAt, decision: input.decision, reason: input.reason },
      });
    });
    return true;
  }

  /** Items with open flags, the longest waiting first. */
  async queue(): Promise<FlaggedContentModel[]> {
    return this.db.query(
      `WITH open AS (
         SELECT content_type, content_id, count(*)::int AS flag_count, array_agg(reason ORDER BY created_at) AS reasons,
                min(created_at) AS first_flagged_at, max(created_at) AS last_flagged_at
           FROM flags WHERE resolved_at IS NULL GROUP BY content_type, content_id)
       SELECT open.content_type AS "contentType", open.content_id AS "contentId", idea.id AS "ideaId", idea.title,
              left(coalesce(comment.body, idea.summary), $1) AS excerpt,
              coalesce(comment.hidden_at, idea.hidden_at) IS NOT NULL AS hidden,
              open.flag_count AS "flagCount", open.reasons, open.last_flagged_at AS "lastFlaggedAt"
         FROM open
         LEFT JOIN comments comment ON open.content_type = '${ContentType.COMMENT}' AND comment.id = open.content_id
         JOIN ideas idea ON idea.id = CASE WHEN open.content_type = '${ContentType.IDEA}' THEN open.content_id ELSE comment.idea_id END
        ORDER BY open.first_flagged_at, open.content_id
        LIMIT $2`,
      [EXCERPT_LENGTH, LIMITS.pageSizeMax],
    );
  }

  /** What the actor may flag or moderate: what they can see, locked when about to change. */
  private async findContent(
    manager: EntityManager,
    actor: Actor,
    type: ContentType,
    id: string,
    lock = false,
  ): Promise<IdeaEntity | CommentEntity> {
    const options = { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) };
    if (type === ContentType.IDEA) {
      const idea = await manager.findOne(IdeaEntity, options);
      if (!idea || idea.status === IdeaStatus.DRAFT || !canSee(actor, idea)) throw new NotFoundError('Idea');
      return idea;
    }
    const comment = await manager.findOne(CommentEntity, options);
    const idea = comment && (await manager.findOneBy(IdeaEntity, { id: comment.ideaId }));
    if (!comment || !idea || (comment.hiddenAt && !seesHidden(actor)) || !canSee(actor, idea)) throw new NotFoundError('Comment');
    return comment;
  }
}
