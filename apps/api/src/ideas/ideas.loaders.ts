import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CommentEntity } from './comments.entity';
import { CommentsService } from './comments.service';
import { IdeaEntity, IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas.entity';
import { Author, IdeaQueries } from './ideas.queries';

/** One row per key, or null. */
function oneEach<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Every row of each idea, in the order fetched. */
function allOfIdea<T extends { ideaId: string }>(fetch: (ideaIds: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (ideaIds) => {
    const byIdea = new Map<string, T[]>(ideaIds.map((ideaId) => [ideaId, []]));
    for (const row of await fetch(ideaIds)) byIdea.get(row.ideaId)?.push(row);
    return ideaIds.map((ideaId) => byIdea.get(ideaId)!);
  });
}

export interface Membership {
  accountId: string;
  ideaId: string;
}

/** Whether an account endorses (or follows) each idea: every key of a request has the same account. */
function memberOf(fetch: (accountId: string, ideaIds: readonly string[]) => Promise<Set<string>>) {
  return new DataLoader<Membership, boolean, string>(
    async (keys) => {
      const found = await fetch(
        keys[0].accountId,
        keys.map((key) => key.ideaId),
      );
      return keys.map((key) => key.accountId === keys[0].accountId && found.has(key.ideaId));
    },
    { cacheKeyFn: (key) => `${key.accountId}:${key.ideaId}` },
  );
}

/**
 * The per-request loaders behind Idea's fields: a page of twenty ideas with their authors,
 * themes, history and comments costs a handful of queries, not twenty times each.
 */
@Injectable({ scope: Scope.REQUEST })
export class IdeaLoaders {
  readonly ideas: DataLoader<string, IdeaEntity | null>;
  readonly authors: DataLoader<string, Author | null>;
  readonly history: DataLoader<string, IdeaStatusChangeEntity[]>;
  readonly revisions: DataLoader<string, IdeaRevisionEntity[]>;
  readonly endorsed: DataLoader<Membership, boolean, string>;
  readonly followed: DataLoader<Membership, boolean, string>;
  readonly comments: DataLoader<string, CommentEntity[]>;
  /** For moderators, who see hidden comments to restore them. */
  readonly commentsWithHidden: DataLoader<string, CommentEntity[]>;

  constructor(queries: IdeaQueries, comments: CommentsService) {
    this.ideas = oneEach((ids) => queries.byIds(ids));
    this.authors = oneEach((ids) => queries.authors(ids));
    this.history = allOfIdea((ids) => queries.history(ids));
    this.revisions = allOfIdea((ids) => queries.revisions(ids));
    this.endorsed = memberOf((accountId, ids) => queries.endorsedBy(accountId, ids));
    this.followed = memberOf((accountId, ids) => queries.followedBy(accountId, ids));
    this.comments = allOfIdea((ids) => comments.listForIdeas(ids, false));
    this.commentsWithHidden = allOfIdea((ids) => comments.listForIdeas(ids, true));
  }
}
