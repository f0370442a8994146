import { VoteChoice } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { NotFoundError } from '../platform/graphql/errors';
import { VoteEligibility } from './votes.eligibility';
import { VoteEntity } from './votes.entity';
import { EMPTY_TALLY, TALLY_KEY, voteResult } from './votes.rules';

/**
 * Reads a vote and locks its row for the rest of the transaction. Casting and closing both take
 * this lock, so a ballot either commits before the close (and is counted) or waits for it and then
 * finds the vote closed: it is never stored after the close. An exclusive lock rather than a shared
 * one for casting: waiters queue in turn, so a stream of ballots cannot hold off the chair's close.
 */
export async function lockVote(manager: EntityManager, id: string): Promise<VoteEntity> {
  const vote = await manager.findOne(VoteEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!vote) throw new NotFoundError('Vote');
  return vote;
}

/** Counting a vote: by the chair, or when its closing time has passed (on read and by the scheduled sweep). */
@Injectable()
export class VoteCloser {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly eligibility: VoteEligibility,
    private readonly audit: AuditService,
  ) {}

  /**
   * Closes a vote the caller has locked for update and found open. Eligibility and recusals are
   * taken as they stand now and kept with the vote, so the record never changes afterwards.
   */
  async close(manager: EntityManager, vote: VoteEntity, actor: Actor | null): Promise<void> {
    const { eligible, recused } = await this.eligibility.of(vote.recommendationId, manager);
    if (recused.size > 0) {
      await manager.query(
        `INSERT INTO vote_recusals (vote_id, member_id, reason) SELECT $1, member, reason FROM unnest($2::uuid[], $3::text[]) AS r(member, reason)`,
        [vote.id, [...recused.keys()], [...recused.values()]],
      );
    }
    // A ballot counts only if its member could still vote at the close (not recused since, still on the board).
    const [ballots]: [{ choice: VoteChoice; counted: boolean }[]] = await manager.query(
      `UPDATE ballots SET counted = (member_id = ANY($2::uuid[])) WHERE vote_id = $1 RETURNING choice, counted`,
      [vote.id, eligible],
    );
    const tally = { ...EMPTY_TALLY };
    for (const ballot of ballots) if (ballot.counted) tally[TALLY_KEY[ballot.choice]] += 1;
    const result = voteResult(vote.quorum, eligible.length, tally);
    // clock_timestamp, not now(): the close happens once the lock is ours, after every ballot that got in first.
    // A vote that ran out of time closed when its time ran out.
    const [[closed]]: [[{ closed_at: Date }]] = await manager.query(
      `UPDATE votes SET closed_at = LEAST(clock_timestamp(), closes_at), result = $2, eligible_count = $3,
              tally_for = $4, tally_against = $5, tally_abstain = $6
        WHERE id = $1 RETURNING closed_at`,
      [vote.id, result, eligible.length, tally.for, tally.against, tally.abstain],
    );
    await this.audit.record(manager, {
      actor,
      action: 'closeVote',
      entityType: 'Vote',
      entityId: vote.id,
      before: { closedAt: null, result: null },
      after: { closedAt: closed.closed_at, result, eligibleCount: eligible.length, tally, recused: [...recused.keys()] },
    });
  }

  /**
   * Closes the votes whose closing time has passed (of one recommendation, when given), each in
   * the caller's transaction or else in its own. Returns how many it closed.
   */
  async closeExpired(manager?: EntityManager, recommendationId?: string): Promise<number> {
    const due: { id: string }[] = await (manager ?? this.db.manager).query(
      `SELECT id FROM votes WHERE closed_at IS NULL AND closes_at <= clock_timestamp() AND ($1::uuid IS NULL OR recommendation_id = $1)
        ORDER BY closes_at`,
      [recommendationId ?? null],
    );
    let closed = 0;
    for (const { id } of due) {
      const closeOne = async (inside: EntityManager) => {
        const vote = await lockVote(inside, id);
        // Someone else (the chair, another reader, another instance's sweep) may have closed it meanwhile.
        if (vote.closedAt !== null) return;
        await this.close(inside, vote, null);
        closed += 1;
      };
      await (manager ? closeOne(manager) : this.db.transaction(closeOne));
    }
    return closed;
  }
}
