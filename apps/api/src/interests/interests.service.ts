import { BOARD_ROLES, INTEREST_MESSAGES } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccountEntity } from '../accounts/accounts.entity';
import { pick } from '../audit/diff';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { BadUserInputError, NotFoundError } from '../platform/graphql/errors';
import { InterestEntity } from './interests.entity';
import type { DeclareInterestInput } from './interests.inputs';

@Injectable()
export class InterestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async boardMembers(): Promise<AccountEntity[]> {
    return this.onBoard().orderBy('account.name').addOrderBy('account.id').getMany();
  }

  /** NOT_FOUND for anyone not on the board, so that a register is only ever shown for members. */
  async findMember(id: string): Promise<AccountEntity> {
    const member = await this.onBoard().andWhere('account.id = :id', { id }).getOne();
    if (!member) throw new NotFoundError('Board member');
    return member;
  }

  /** Each member's register, the most recent interests first. */
  async registersOf(memberIds: readonly string[]): Promise<Map<string, InterestEntity[]>> {
    const rows = await this.db.manager.find(InterestEntity, {
      where: { memberId: In([...memberIds]) },
      order: { from: 'DESC', createdAt: 'DESC' },
    });
    const byMember = new Map<string, InterestEntity[]>(memberIds.map((id) => [id, []]));
    for (const row of rows) byMember.get(row.memberId)!.push(row);
    return byMember;
  }

  async declare(actor: Actor, input: DeclareInterestInput): Promise<InterestEntity> {
    const to = input.to ?? null;
    // YYYY-MM-DD strings compare as dates.
    if (to !== null && to < input.from) throw BadUserInputError.field('to', INTEREST_MESSAGES.toBeforeFrom);
    return this.db.transaction(async (manager) => {
      const interest = await manager.save(
        manager.create(InterestEntity, {
          memberId: actor.accountId,
          organisation: input.organisation,
          nature: input.nature,
          from: input.from,
          to,
        }),
      );
      await this.audit.record(manager, {
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
   * as written in their register; members with no such entry are absent.
   */
  async activeInterestsNaming(
    memberIds: readonly string[],
    organisations: readonly string[],
    on: Date,
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, string[]>> {
    if (memberIds.length === 0 || organisations.length === 0) return new Map();
    const rows: { member_id: string; organisations: string[] }[] = await manager.query(
      // Register dates are days in England: the instant is read as a London date.
      `SELECT member_id, array_agg(DISTINCT organisation ORDER BY organisation) AS organisations
         FROM interests
        WHERE member_id = ANY($1::uuid[])
          AND lower(btrim(organisation)) IN (SELECT lower(btrim(name)) FROM unnest($2::text[]) AS name)
          AND from_date <= ($3::timestamptz AT TIME ZONE 'Europe/London')::date
          AND (to_date IS NULL OR to_date >= ($3::timestamptz AT TIME ZONE 'Europe/London')::date)
        GROUP BY member_id`,
      [memberIds, organisations, on.toISOString()],
    );
    return new Map(rows.map((row) => [row.member_id, row.organisations]));
  }

  /** The chair and board members whose accounts are in use. */
  private onBoard() {
    return this.db.manager
      .createQueryBuilder(AccountEntity, 'account')
      .where('account.roles && :roles::text[] AND account.disabled_at IS NULL', { roles: BOARD_ROLES });
  }
}
