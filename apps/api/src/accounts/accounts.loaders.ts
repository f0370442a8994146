import { Injectable, Scope } from '@nestjs/common';
import { KeyedLoader } from '../platform/graphql/loaders';
import type { AuthorRow } from './accounts.repository';
import { AccountsService } from './accounts.service';

export type { AuthorRow } from './accounts.repository';

/** The public face (name, profession) of each account a page mentions, in one query per request. */
@Injectable({ scope: Scope.REQUEST })
export class AuthorLoader extends KeyedLoader<string, AuthorRow> {
  constructor(accounts: AccountsService) {
    super(
      (ids) => accounts.authors(ids),
      (author) => author.id,
    );
  }
}
