import { Injectable } from '@nestjs/common';
import { IntervalJob } from '../platform/jobs/interval-job';
import { VoteClosingService } from './vote-closing.service';
import { VotesService } from './votes.service';

const SWEEP_EVERY_MS = 30_000;

/**
 * The scheduled side of votes: records the close of those whose time has run out (they read as closed meanwhile,
 * so nobody waits on this) and reminds members who have not voted when less than a day is left.
 * Safe to run on several instances at once: closing locks each vote, reminders are deduplicated.
 */
@Injectable()
export class VoteSweepJob extends IntervalJob {
  constructor(
    private readonly closing: VoteClosingService,
    private readonly votes: VotesService,
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
    await this.votes.remindClosing();
  }
}
