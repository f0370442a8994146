import { VOTE_LIMITS } from '@ideas-hub/domain';
import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../notifications/notifications.service';
import { Database } from '../platform/database/database';
import { IntervalJob } from '../platform/jobs/interval-job';
import { RecommendationsRepository } from '../recommendations/recommendations.repository';
import { VoteClosingService } from './vote-closing.service';
import { VoteEligibilityService } from './vote-eligibility.service';
import { VotesRepository } from './votes.repository';
import { closingTime, voteLink } from './votes.service';

const SWEEP_EVERY_MS = 30_000;

/**
 * The scheduled side of votes: records the close of those whose time has run out (they read as closed meanwhile,
 * so nobody waits on this) and reminds members who have not voted when less than a day is left.
 * Safe to run on several instances at once: closing locks each vote, reminders are deduplicated.
 */
@Injectable()
export class VoteSweepJob extends IntervalJob {
  constructor(
    private readonly database: Database,
    private readonly votes: VotesRepository,
    private readonly recommendations: RecommendationsRepository,
    private readonly closing: VoteClosingService,
    private readonly eligibility: VoteEligibilityService,
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
    await this.closing.closeAllExpired();
    await this.remindClosing();
  }

  private async remindClosing(): Promise<void> {
    const db = this.database.pool;
    const closing = await this.votes.closingWithin(db, VOTE_LIMITS.reminderHours);
    const titles = await this.recommendations.titles(
      db,
      closing.map((vote) => vote.recommendationId),
    );
    for (const vote of closing) {
      const { eligible } = await this.eligibility.of(db, vote.recommendationId);
      const voted = await this.votes.voters(db, vote.id);
      await this.notifications.notify(
        db,
        eligible.filter((id) => !voted.has(id)),
        {
          kind: 'VOTE_CLOSING',
          message: `The vote on “${titles.get(vote.recommendationId)}” closes on ${closingTime(vote.closesAt)} and you have not voted yet.`,
          link: voteLink(vote.recommendationId),
          dedupeKey: `vote-closing:${vote.id}`,
        },
      );
    }
  }
}
