import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InterestEntity } from './interests.entity';
import { InterestsService } from './interests.service';

/** The registers of every member a page lists, in one query per request. */
@Injectable({ scope: Scope.REQUEST })
export class RegisterLoader extends DataLoader<string, InterestEntity[]> {
  constructor(interests: InterestsService) {
    super(async (memberIds) => {
      const registers = await interests.registersOf(memberIds);
      return memberIds.map((id) => registers.get(id)!);
    });
  }
}
