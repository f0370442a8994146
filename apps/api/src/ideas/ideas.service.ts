import { ConflictReason, IDEA_MESSAGES as M, IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../platform/graphql/errors';
import { createOnce } from '../platform/idempotency/idempotency';
import { AuditService } from '../audit/audit.service';
import { changedFields, pick } from '../audit/diff';
import { ThemeEntity } from '../themes/themes.entity';
import { IdeaEntity } from './ideas.entity';
import { recordStatusChange } from './ideas.history';
import type { EditIdeaInput, IdeaContent, IdeaDraftInput } from './ideas.inputs';
import { publicationErrors } from './ideas.rules';

const CONTENT_FIELDS = ['title', 'summary', 'problem', 'proposal', 'benefits', 'evidence', 'themeId', 'tags'] as const;

/** The parts of the input that were given: a draft leaves out (or sends null for) what it does not change. */
function givenContent(input: IdeaContent): Partial<IdeaEntity> {
  const given: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== null) given[field] = field === 'evidence' ? (value as object[]).map(({ ...link }) => link) : value;
  }
  return given as Partial<IdeaEntity>;
}

/** Writing ideas: drafts, submission and the author's edits before review. */
@Injectable()
export class IdeasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async saveDraft(actor: Actor, input: IdeaDraftInput): Promise<IdeaEntity> {
    const changes = givenContent(input);
    if (changes.title === '' || (!input.id && !changes.title)) throw BadUserInputError.field('title', M.titleMissing);
    await this.assertThemeExists(changes.themeId);
    return this.db.transaction(async (manager) => {
      if (!input.id) {
        // A double click or a retry with the form's key gets the draft the first request made.
        return createOnce(
          manager,
          { scope: 'saveIdeaDraft', key: input.idempotencyKey, accountId: actor.accountId },
          {
            create: async () => {
              const { identifiers } = await manager.insert(IdeaEntity, { ...changes, authorId: actor.accountId, status: IdeaStatus.DRAFT });
              const created = await manager.findOneByOrFail(IdeaEntity, { id: identifiers[0].id });
              await this.audit.record(manager, {
                actor,
                action: 'saveIdeaDraft',
                entityType: 'Idea',
                entityId: created.id,
                after: pick(created, CONTENT_FIELDS),
              });
              return { id: created.id, result: created };
            },
            replay: (id) => manager.findOneByOrFail(IdeaEntity, { id, authorId: actor.accountId }),
          },
        );
      }
      const idea = await this.lockOwn(manager, actor, input.id);
      if (idea.status !== IdeaStatus.DRAFT)
        throw new ConflictError(ConflictReason.ALREADY_SUBMITTED, 'This idea has been submitted: edit it instead of saving a draft');
      const before = { ...idea };
      const saved = await manager.save(Object.assign(idea, changes, { version: idea.version + 1 }));
      await this.audit.record(manager, {
        actor,
        action: 'saveIdeaDraft',
        entityType: 'Idea',
        entityId: idea.id,
        ...changedFields(before, saved, CONTENT_FIELDS),
      });
      return saved;
    });
  }

  async submit(actor: Actor, id: string): Promise<IdeaEntity> {
    return this.db.transaction(async (manager) => {
      const idea = await this.lockOwn(manager, actor, id);
      // Submitting twice (a double click, a retry after a lost answer) is a no-op: the idea as it stands.
      if (idea.status !== IdeaStatus.DRAFT) return idea;
      const errors = publicationErrors(idea);
      if (errors.length) throw new BadUserInputError(errors);
      const submitted = await manager.save(Object.assign(idea, { status: IdeaStatus.SUBMITTED, submittedAt: new Date() }));
      await recordStatusChange(manager, {
        ideaId: id,
        fromStatus: IdeaStatus.DRAFT,
        toStatus: IdeaStatus.SUBMITTED,
        actorId: actor.accountId,
      });
      await this.audit.record(manager, {
        actor,
        action: 'submitIdea',
        entityType: 'Idea',
        entityId: id,
        before: { status: IdeaStatus.DRAFT },
        after: { status: IdeaStatus.SUBMITTED },
      });
      return submitted;
    });
  }

  /**
   * Optimistic: the edit applies only to the version the author started from, so that two
   * open tabs never overwrite each other silently. Each edit is kept as a revision, and the
   * first edit also keeps the text as it was submitted.
   */
  async edit(actor: Actor, input: EditIdeaInput): Promise<IdeaEntity> {
    const content = givenContent(input);
    const errors = publicationErrors(content);
    if (errors.length) throw new BadUserInputError(errors);
    await this.assertThemeExists(content.themeId);
    const { id, expectedVersion } = input;
    return this.db.transaction(async (manager) => {
      const before = await manager.findOneBy(IdeaEntity, { id });
      await manager.query(
        `INSERT INTO idea_revisions (idea_id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, editor_id, created_at)
         SELECT id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, author_id, submitted_at
           FROM ideas WHERE id = $1 AND version = $2 AND NOT EXISTS (SELECT 1 FROM idea_revisions WHERE idea_id = $1)
         ON CONFLICT (idea_id, version) DO NOTHING`,
        [id, expectedVersion],
      );
      const result = await manager
        .createQueryBuilder()
        .update(IdeaEntity)
        .set({ ...content, version: () => 'version + 1' })
        .where('id = :id AND version = :expectedVersion AND author_id = :author AND status = :submitted', {
          id,
          expectedVersion,
          author: actor.accountId,
          submitted: IdeaStatus.SUBMITTED,
        })
        .execute();
      if (result.affected !== 1) await this.explainRefusedEdit(manager, actor, id);
      await manager.query(
        `INSERT INTO idea_revisions (idea_id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, editor_id)
         SELECT id, version, title, summary, problem, proposal, benefits, evidence, tags, theme_id, $2 FROM ideas WHERE id = $1`,
        [id, actor.accountId],
      );
      const after = await manager.findOneByOrFail(IdeaEntity, { id });
      await this.audit.record(manager, {
        actor,
        action: 'editIdea',
        entityType: 'Idea',
        entityId: id,
        ...changedFields(before!, after, [...CONTENT_FIELDS, 'version']),
      });
      return after;
    });
  }

  private async explainRefusedEdit(manager: EntityManager, actor: Actor, id: string): Promise<never> {
    const idea = await manager.findOneBy(IdeaEntity, { id });
    if (!idea || idea.authorId !== actor.accountId) throw new NotFoundError('Idea');
    if (idea.status === IdeaStatus.DRAFT)
      throw new ConflictError(ConflictReason.STILL_DRAFT, 'This idea is still a draft: save the draft instead');
    if (idea.status !== IdeaStatus.SUBMITTED)
      throw new ConflictError(ConflictReason.REVIEW_STARTED, 'The board has started to review this idea, so it can no longer be edited');
    throw new ConflictError(
      ConflictReason.STALE_VERSION,
      'This idea was changed since you opened it: reload it to see the latest version, then make your edit again',
      {
        latestVersion: idea.version,
      },
    );
  }

  /** Someone else's idea is "not found" rather than forbidden: a draft's existence is private. */
  private async lockOwn(manager: EntityManager, actor: Actor, id: string): Promise<IdeaEntity> {
    const idea = await manager.findOne(IdeaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!idea || idea.authorId !== actor.accountId) throw new NotFoundError('Idea');
    return idea;
  }

  private async assertThemeExists(themeId: string | null | undefined): Promise<void> {
    if (themeId && !(await this.db.manager.existsBy(ThemeEntity, { id: themeId }))) {
      throw BadUserInputError.field('themeId', M.themeUnknown);
    }
  }
}
