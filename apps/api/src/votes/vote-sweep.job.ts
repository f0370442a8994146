import { VOTE_LIMITS } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { IntervalJob } from '../platform/jobs/interval-job';
import { VoteCloser } from './votes.closing';
import { VoteEligibility } from './votes.eligibility';
import { closingTime, voteLink } from './votes.service';

const SWEEP_EVERY_MS = 30_000;

/**
 * The scheduled side of votes: closes those whose time has run out (reads close them too, so
 * nobody waits on this) and reminds members who have not voted when less than a day is left.
 * Safe to run on several instances at once: closing locks each vote, reminders are deduplicated.
 */
@Injectable()
export class VoteSweep extends IntervalJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly closer: VoteCloser,
    private readonly eligibility: VoteEligibility,
    private readonly notifications: NotificationsService,
  ) {
    super();
  }

  protected everyMs(): number {
    return SWEEP_EVERY_MS;
  }

  protected runOnce(): Promise<void> {
    return this.sweep();
  }

  async sweep(): Promise<void> {
    await this.closer.closeExpired();
    await this.remindClosing();
  }

  private async remindClosing(): Promise<void> {
    const closing: { id: string; recommendation_id: string; title: string; closes_at: Date }[] = await this.db.query(
      `SELECT v.id, v.recommendation_id, r.title, v.closes_at FROM votes v JOIN recommendations r ON r.id = v.recommendation_id
        WHERE v.closed_at IS NULL AND v.closes_at > clock_timestamp() AND v.closes_at <= clock_timestamp() + make_interval(hours => $1)`,
      [VOTE_LIMITS.reminderHours],
    );
    for (const vote of closing) {
      const { eligible } = await this.eligibility.of(vote.recommendation_id);
      const voted: { member_id: string }[] = await this.db.query(`SELECT member_id FROM ballots WHERE vote_id = $1`, [vote.id]);
      const done = new Set(voted.map((row) => row.member_id));
      await this.notifications.notify(
        this.db.manager,
        eligible.filter((id) => !done.has(id)),
        {
          kind: 'VOTE_CLOSING',
          message: `The vote on “${vote.title}” closes on ${closingTime(vote.closes_at)} and you have not voted yet.`,
          link: voteLink(vote.recommendation_id),
          dedupeKey: `vote-closing:${vote.id}`,
        },
      );
    }
  }
}
