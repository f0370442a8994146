import { INTEREST_MESSAGES } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { AccountsRepository, BoardMemberRow } from '../accounts/accounts.repository';
import { pick } from '../audit/diff';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Database, Queryable } from '../platform/database/database';
import { BadUserInputError, NotFoundError } from '../platform/graphql/errors';
import { InterestEntity } from './interests.entity';
import type { DeclareInterestInput } from './interests.inputs';
import { InterestsRepository } from './interests.repository';

@Injectable()
export class InterestsService {
  constructor(
    private readonly database: Database,
    private readonly interests: InterestsRepository,
    private readonly accounts: AccountsRepository,
    private readonly audit: AuditService,
  ) {}

  boardMembers(): Promise<BoardMemberRow[]> {
    return this.accounts.boardMembers(this.database.pool);
  }

  /** NOT_FOUND for anyone not on the board, so that a register is only ever shown for members. */
  async findMember(id: string): Promise<BoardMemberRow> {
    const member = await this.accounts.boardMember(this.database.pool, id);
    if (!member) throw new NotFoundError('Board member');
    return member;
  }

  /** The registers of these members, the most recent interests first. */
  registersOf(memberIds: readonly string[]): Promise<InterestEntity[]> {
    return this.interests.registersOf(this.database.pool, memberIds);
  }

  async declare(actor: Actor, input: DeclareInterestInput): Promise<InterestEntity> {
    const to = input.to ?? null;
    // YYYY-MM-DD strings compare as dates.
    if (to !== null && to < input.from) throw BadUserInputError.field('to', INTEREST_MESSAGES.toBeforeFrom);
    return this.database.transaction(async (tx) => {
      const interest = await this.interests.insert(tx, {
        memberId: actor.accountId,
        organisation: input.organisation,
        nature: input.nature,
        from: input.from,
        to,
      });
      await this.audit.record(tx, {
        actor,
        action: 'declareInterest',
        entityType: 'Interest',
        entityId: interest.id,
        after: pick(interest, ['memberId', 'organisation', 'nature', 'from', 'to']),
      });
      return interest;
    });
  }

  /**
   * For recusal: which of these members had, on that day, a register entry naming one of these
   * organisations (compared trimmed and case-insensitively). Returns member id → the organisations
   * as written in their register; members with no such entry are absent. Pass the caller's transaction to read inside it.
   */
  async activeInterestsNaming(
    memberIds: readonly string[],
    organisations: readonly string[],
    on: Date,
    db: Queryable = this.database.pool,
  ): Promise<Map<string, string[]>> {
    if (memberIds.length === 0 || organisations.length === 0) return new Map();
    return this.interests.activeNaming(db, memberIds, organisations, on);
  }
}
