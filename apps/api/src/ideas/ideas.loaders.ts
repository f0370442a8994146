import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderByKey, loaderGroupedBy, loaderOfMembership, Membership } from '../platform/graphql/loaders';
import { CommentEntity } from './comments.entity';
import { CommentsService } from './comments.service';
import { IdeaReadsService } from './idea-reads.service';
import { IdeaEntity, IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas.entity';

const ofIdea = (row: { ideaId: string }) => row.ideaId;

/**
 * The per-request loaders behind Idea's fields: a page of twenty ideas with their history, comments
 * and the caller's support costs a handful of queries, not twenty times each.
 */
@Injectable({ scope: Scope.REQUEST })
export class IdeaLoaders {
  readonly ideas: DataLoader<string, IdeaEntity | null>;
  readonly history: DataLoader<string, IdeaStatusChangeEntity[]>;
  readonly revisions: DataLoader<string, IdeaRevisionEntity[]>;
  readonly endorsed: DataLoader<Membership, boolean, string>;
  readonly followed: DataLoader<Membership, boolean, string>;
  readonly comments: DataLoader<string, CommentEntity[]>;
  /** For moderators, who see hidden comments to restore them. */
  readonly commentsWithHidden: DataLoader<string, CommentEntity[]>;

  constructor(reads: IdeaReadsService, comments: CommentsService) {
    this.ideas = loaderByKey(
      (ids) => reads.byIds(ids),
      (idea) => idea.id,
    );
    this.history = loaderGroupedBy((ids) => reads.history(ids), ofIdea);
    this.revisions = loaderGroupedBy((ids) => reads.revisions(ids), ofIdea);
    this.endorsed = loaderOfMembership((accountId, ids) => reads.endorsedBy(accountId, ids));
    this.followed = loaderOfMembership((accountId, ids) => reads.followedBy(accountId, ids));
    this.comments = loaderGroupedBy((ids) => comments.listForIdeas(ids, false), ofIdea);
    this.commentsWithHidden = loaderGroupedBy((ids) => comments.listForIdeas(ids, true), ofIdea);
  }
}
