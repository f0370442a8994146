import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderGroupedBy } from '../platform/graphql/loaders';
import { InterestEntity } from './interests.entity';
import { InterestsService } from './interests.service';

/** The registers of every member a page lists, in one query per request. */
@Injectable({ scope: Scope.REQUEST })
export class InterestLoaders {
  readonly registers: DataLoader<string, InterestEntity[]>;

  constructor(interests: InterestsService) {
    this.registers = loaderGroupedBy(
      (memberIds) => interests.registersOf(memberIds),
      (interest) => interest.memberId,
    );
  }
}
