import { ContentType, IdeaStatus, LIMITS, ModerationDecision } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AuditEntryInput, AuditService } from '../audit/audit.service';
import { CommentsRepository } from '../ideas/comments.repository';
import { CommentsService } from '../ideas/comments.service';
import { canSee, seesHidden } from '../ideas/idea-access.rules';
import { IdeasRepository } from '../ideas/ideas.repository';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { NotFoundError } from '../platform/graphql/errors';
import type { FlagContentInput, ModerateContentInput } from './moderation.inputs';
import type { FlaggedContentModel } from './moderation.models';
import { ContentRef, ModerationRepository } from './moderation.repository';

const EXCERPT_LENGTH = 200;

/** The item itself, and the idea it is (or is on): the one that decides who may see it. */
interface Content {
  hiddenAt: Date | null;
  ideaId: string;
}

/** The first characters as PostgreSQL counts them (code points), so that no character is cut in half. */
const excerptOf = (text: string) => Array.from(text).slice(0, EXCERPT_LENGTH).join('');

@Injectable()
export class ModerationService {
  constructor(
    private readonly database: Database,
    private readonly moderation: ModerationRepository,
    private readonly ideas: IdeasRepository,
    private readonly commentRows: CommentsRepository,
    private readonly comments: CommentsService,
    private readonly audit: AuditService,
  ) {}

  async flag(actor: Actor, input: FlagContentInput): Promise<boolean> {
    await this.findContent(this.database.pool, actor, input);
    await this.database.transaction(async (tx) => {
      await this.moderation.flag(tx, { ...input, flaggerId: actor.accountId });
      await this.recordOn(tx, actor, input, 'flagContent', { after: { reason: input.reason } });
    });
    return true;
  }

  /** Hides or restores, keeps the decision and its reason, and settles the open flags: all at once or not at all. */
  async moderate(actor: Actor, input: ModerateContentInput): Promise<boolean> {
    await this.database.transaction(async (tx) => {
      const content = await this.findContent(tx, actor, input, true);
      const hiddenAt = input.decision === ModerationDecision.HIDE ? (content.hiddenAt ?? new Date()) : null;
      if (input.contentType === ContentType.IDEA) await this.ideas.setHiddenAt(tx, input.contentId, hiddenAt);
      else await this.commentRows.setHiddenAt(tx, input.contentId, hiddenAt);
      await this.moderation.insertDecision(tx, { ...input, moderatorId: actor.accountId });
      await this.moderation.resolveFlags(tx, input);
      if (input.contentType === ContentType.COMMENT) await this.comments.recount(tx, content.ideaId);
      await this.recordOn(tx, actor, input, 'moderateContent', {
        before: { hiddenAt: content.hiddenAt },
        after: { hiddenAt, decision: input.decision, reason: input.reason },
      });
    });
    return true;
  }

  /** Items with open flags, the longest waiting first. */
  async queue(): Promise<FlaggedContentModel[]> {
    const db = this.database.pool;
    const flagged = await this.moderation.openFlags(db, LIMITS.pageSizeMax);
    const idsOf = (type: ContentType) => flagged.filter((item) => item.contentType === type).map((item) => item.contentId);
    const comments = byId(await this.commentRows.byIds(db, idsOf(ContentType.COMMENT)));
    const ideaIds = [...idsOf(ContentType.IDEA), ...[...comments.values()].map((comment) => comment.ideaId)];
    const ideas = byId(await this.ideas.byIds(db, [...new Set(ideaIds)]));
    return flagged.flatMap(({ contentType, contentId, flagCount, reasons, lastFlaggedAt }) => {
      const comment = contentType === ContentType.COMMENT ? comments.get(contentId) : undefined;
      const idea = ideas.get(comment?.ideaId ?? contentId);
      if (!idea || (contentType === ContentType.COMMENT && !comment)) return [];
      const item: FlaggedContentModel = {
        contentType,
        contentId,
        ideaId: idea.id,
        title: idea.title,
        excerpt: excerptOf(comment?.body ?? idea.summary),
        // A comment on a hidden idea is out of sight too.
        hidden: (comment?.hiddenAt ?? idea.hiddenAt) !== null,
        flagCount,
        reasons,
        lastFlaggedAt,
      };
      return [item];
    });
  }

  /** An audit entry on the idea or comment itself. */
  private recordOn(
    tx: Queryable,
    actor: Actor,
    content: ContentRef,
    action: string,
    change: Pick<AuditEntryInput, 'before' | 'after'>,
  ): Promise<void> {
    const entityType = content.contentType === ContentType.IDEA ? 'Idea' : 'Comment';
    return this.audit.record(tx, { actor, action, entityType, entityId: content.contentId, ...change });
  }

  /** What the actor may flag or moderate: what they can see, locked when about to change. */
  private async findContent(db: Queryable, actor: Actor, { contentType, contentId }: ContentRef, lock = false): Promise<Content> {
    if (contentType === ContentType.IDEA) {
      const idea = lock ? await this.ideas.lock(db, contentId, 'FOR UPDATE') : await this.ideas.findById(db, contentId);
      if (!idea || idea.status === IdeaStatus.DRAFT || !canSee(actor, idea)) throw new NotFoundError('Idea');
      return { hiddenAt: idea.hiddenAt, ideaId: idea.id };
    }
    const [comment] = lock ? [await this.commentRows.lock(db, contentId)] : await this.commentRows.byIds(db, [contentId]);
    const idea = comment && (await this.ideas.findById(db, comment.ideaId));
    if (!comment || !idea || (comment.hiddenAt && !seesHidden(actor)) || !canSee(actor, idea)) throw new NotFoundError('Comment');
    return { hiddenAt: comment.hiddenAt, ideaId: idea.id };
  }
}

function byId<Row extends { id: string }>(list: Row[]): Map<string, Row> {
  return new Map(list.map((row) => [row.id, row]));
}
