import { ConflictReason, IDEA_MESSAGES as M, IdeaStatus } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../platform/graphql/errors';
import { createOnce } from '../platform/idempotency/idempotency';
import { AuditService } from '../audit/audit.service';
import { changedFields, pick } from '../audit/diff';
import { ThemesService } from '../themes/themes.service';
import { IdeaHistoryRepository } from './idea-history.repository';
import { ideaAudit } from './idea-audit';
import { IdeaEntity } from './ideas.entity';
import type { EditIdeaInput, IdeaContent, IdeaDraftInput } from './ideas.inputs';
import { IdeaContentChanges, IdeasRepository } from './ideas.repository';
import { publicationErrors } from './ideas.rules';

const CONTENT_FIELDS = ['title', 'summary', 'problem', 'proposal', 'benefits', 'evidence', 'themeId', 'tags'] as const;

/** The parts of the input that were given: a draft leaves out (or sends null for) what it does not change. */
function givenContent(input: IdeaContent): IdeaContentChanges {
  const given: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== null) given[field] = field === 'evidence' ? (value as object[]).map(({ ...link }) => link) : value;
  }
  return given;
}

/** Writing ideas: drafts, submission and the author's edits before review. */
@Injectable()
export class IdeasService {
  constructor(
    private readonly database: Database,
    private readonly ideas: IdeasRepository,
    private readonly ideaHistory: IdeaHistoryRepository,
    private readonly themes: ThemesService,
    private readonly audit: AuditService,
  ) {}

  async saveDraft(actor: Actor, input: IdeaDraftInput): Promise<IdeaEntity> {
    const changes = givenContent(input);
    if (changes.title === '' || (!input.id && !changes.title)) throw BadUserInputError.field('title', M.titleMissing);
    await this.assertThemeExists(changes.themeId);
    return this.database.transaction(async (tx) => {
      if (!input.id) return this.createDraft(tx, actor, input.idempotencyKey, changes);
      const idea = await this.lockOwn(tx, actor, input.id);
      if (idea.status !== IdeaStatus.DRAFT)
        throw new ConflictError(ConflictReason.ALREADY_SUBMITTED, 'This idea has been submitted: edit it instead of saving a draft');
      const saved = await this.ideas.updateDraft(tx, idea.id, changes);
      await this.audit.record(tx, ideaAudit(actor, 'saveIdeaDraft', idea.id, changedFields(idea, saved, CONTENT_FIELDS)));
      return saved;
    });
  }

  async submit(actor: Actor, id: string): Promise<IdeaEntity> {
    return this.database.transaction(async (tx) => {
      const idea = await this.lockOwn(tx, actor, id);
      // Submitting twice (a double click, a retry after a lost answer) is a no-op: the idea as it stands.
      if (idea.status !== IdeaStatus.DRAFT) return idea;
      const errors = publicationErrors(idea);
      if (errors.length) throw new BadUserInputError(errors);
      const submitted = await this.ideas.markSubmitted(tx, id, new Date());
      await this.ideaHistory.recordStatusChange(tx, {
        ideaId: id,
        fromStatus: IdeaStatus.DRAFT,
        toStatus: IdeaStatus.SUBMITTED,
        actorId: actor.accountId,
      });
      await this.audit.record(
        tx,
        ideaAudit(actor, 'submitIdea', id, { before: { status: IdeaStatus.DRAFT }, after: { status: IdeaStatus.SUBMITTED } }),
      );
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
    return this.database.transaction(async (tx) => {
      const before = await this.ideas.findById(tx, id);
      await this.ideaHistory.keepSubmittedText(tx, id, expectedVersion);
      const after = await this.ideas.editSubmitted(tx, { id, expectedVersion, authorId: actor.accountId }, content);
      if (!before || !after) return this.explainRefusedEdit(tx, actor, id);
      await this.ideaHistory.recordRevision(tx, id, actor.accountId);
      await this.audit.record(tx, ideaAudit(actor, 'editIdea', id, changedFields(before, after, [...CONTENT_FIELDS, 'version'])));
      return after;
    });
  }

  /** A double click or a retry with the form's key gets the draft the first request made. */
  private createDraft(tx: Queryable, actor: Actor, key: string | null | undefined, content: IdeaContentChanges): Promise<IdeaEntity> {
    return createOnce(
      tx,
      { scope: 'saveIdeaDraft', key, accountId: actor.accountId },
      {
        create: async () => {
          const created = await this.ideas.insertDraft(tx, actor.accountId, content);
          await this.audit.record(tx, ideaAudit(actor, 'saveIdeaDraft', created.id, { after: pick(created, CONTENT_FIELDS) }));
          return { id: created.id, result: created };
        },
        replay: async (id) => found(await this.ideas.findOwn(tx, id, actor.accountId)),
      },
    );
  }

  private async explainRefusedEdit(tx: Queryable, actor: Actor, id: string): Promise<never> {
    const idea = await this.ideas.findById(tx, id);
    if (!idea || idea.authorId !== actor.accountId) throw new NotFoundError('Idea');
    if (idea.status === IdeaStatus.DRAFT)
      throw new ConflictError(ConflictReason.STILL_DRAFT, 'This idea is still a draft: save the draft instead');
    if (idea.status !== IdeaStatus.SUBMITTED) throw new ConflictError(ConflictReason.REVIEW_STARTED, M.reviewStarted);
    throw new ConflictError(
      ConflictReason.STALE_VERSION,
      'This idea was changed since you opened it: reload it to see the latest version, then make your edit again',
      {
        latestVersion: idea.version,
      },
    );
  }

  /** Someone else's idea is "not found" rather than forbidden: a draft's existence is private. */
  private async lockOwn(tx: Queryable, actor: Actor, id: string): Promise<IdeaEntity> {
    const idea = await this.ideas.lock(tx, id, 'FOR UPDATE');
    if (!idea || idea.authorId !== actor.accountId) throw new NotFoundError('Idea');
    return idea;
  }

  private async assertThemeExists(themeId: string | null | undefined): Promise<void> {
    if (themeId && !(await this.themes.exists(themeId))) throw BadUserInputError.field('themeId', M.themeUnknown);
  }
}

function found(idea: IdeaEntity | undefined): IdeaEntity {
  if (!idea) throw new NotFoundError('Idea');
  return idea;
}
