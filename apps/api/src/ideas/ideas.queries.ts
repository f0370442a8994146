import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccountEntity } from '../accounts/accounts.entity';
import type { Actor } from '../platform/auth/actor';
import { NotFoundError } from '../platform/graphql/errors';
import { canSee } from './ideas.access';
import { IdeaEntity, IdeaRevisionEntity, IdeaStatusChangeEntity } from './ideas.entity';

export type Author = Pick<AccountEntity, 'id' | 'name' | 'profession'>;

/** Reading ideas one at a time, and the set-based reads behind the per-request loaders. */
@Injectable()
export class IdeaQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Not found, rather than forbidden, when the caller may not see it: nobody learns that a draft or hidden idea exists. */
  async findVisible(actor: Actor | null, id: string): Promise<IdeaEntity> {
    const idea = await this.db.manager.findOneBy(IdeaEntity, { id });
    if (!idea || !canSee(actor, idea)) throw new NotFoundError('Idea');
    return idea;
  }

  mine(actor: Actor): Promise<IdeaEntity[]> {
    return this.db.manager.find(IdeaEntity, { where: { authorId: actor.accountId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  byIds(ids: readonly string[]): Promise<IdeaEntity[]> {
    return this.db.manager.findBy(IdeaEntity, { id: In([...ids]) });
  }

  /** Name and profession only: the email never leaves the accounts a person can see for themselves. */
  authors(ids: readonly string[]): Promise<Author[]> {
    return this.db.manager.find(AccountEntity, { select: { id: true, name: true, profession: true }, where: { id: In([...ids]) } });
  }

  history(ideaIds: readonly string[]): Promise<IdeaStatusChangeEntity[]> {
    return this.db.manager.find(IdeaStatusChangeEntity, { where: { ideaId: In([...ideaIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  revisions(ideaIds: readonly string[]): Promise<IdeaRevisionEntity[]> {
    return this.db.manager.find(IdeaRevisionEntity, { where: { ideaId: In([...ideaIds]) }, order: { version: 'ASC' } });
  }

  /** Which of these ideas the account has endorsed, or follows. */
  async endorsedBy(accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.memberships('endorsements', accountId, ideaIds);
  }

  async followedBy(accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    return this.memberships('idea_follows', accountId, ideaIds);
  }

  private async memberships(table: 'endorsements' | 'idea_follows', accountId: string, ideaIds: readonly string[]): Promise<Set<string>> {
    const rows: { idea_id: string }[] = await this.db.query(
      `SELECT idea_id FROM ${table} WHERE account_id = $1 AND idea_id = ANY($2::uuid[])`,
      [accountId, ideaIds],
    );
    return new Set(rows.map((row) => row.idea_id));
  }
}
