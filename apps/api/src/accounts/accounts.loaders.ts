import { Injectable, Scope } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { loaderByKey } from '../platform/graphql/loaders';
import type { AuthorRow } from './accounts.repository';
import { AccountsService } from './accounts.service';

export type { AuthorRow } from './accounts.repository';

/** The public face (name, profession) of each account a page mentions, in one query per request. */
@Injectable({ scope: Scope.REQUEST })
export class AuthorLoader {
  private readonly authors: DataLoader<string, AuthorRow | null>;

  constructor(accounts: AccountsService) {
    this.authors = loaderByKey(
      (ids) => accounts.authors(ids),
      (author) => author.id,
    );
  }

  load(id: string): Promise<AuthorRow | null> {
    return this.authors.load(id);
  }
}
