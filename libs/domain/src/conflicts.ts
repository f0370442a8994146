/**
 * Why a CONFLICT happened: `extensions.reason` beside `extensions.code`, so that a client shows the sentence
 * that fits (reload and edit again, or wait for the vote to close) instead of guessing from the message.
 */
export enum ConflictReason {
  /** Someone saved a newer version since the form was opened: `latestVersion` is the one to reload. */
  STALE_VERSION = 'STALE_VERSION',
  /** The board has started to review it, so its author can no longer change it. */
  REVIEW_STARTED = 'REVIEW_STARTED',
  /** A vote is open on it, so nothing may change it until the vote closes. */
  VOTE_OPEN = 'VOTE_OPEN',
  /** The vote has closed: no ballot or close can be added to it. */
  VOTE_CLOSED = 'VOTE_CLOSED',
  /** A vote has already passed on this revision: publish it instead of voting again. */
  VOTE_PASSED = 'VOTE_PASSED',
  /** Publication needs a passed vote on the latest revision, and there is none. */
  VOTE_NEEDED = 'VOTE_NEEDED',
  /** Published already: what was published stays as the board voted on it. */
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
  /** Not published yet: only a published recommendation can have this done to it. */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** Still a draft, seen only by its author. */
  STILL_DRAFT = 'STILL_DRAFT',
  /** Submitted already: it is edited, not saved as a draft. */
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  /** Merged into another idea: `mergedIntoId` names the one to go to. */
  MERGED = 'MERGED',
  /** Hidden by a moderator. */
  HIDDEN = 'HIDDEN',
  /** Its status does not allow this step: `status` is where it stands. */
  WRONG_STATUS = 'WRONG_STATUS',
  /** A one-time form (a report, a registration) was sent already. */
  ALREADY_SENT = 'ALREADY_SENT',
  /** An idempotency key came back with different content. */
  KEY_REUSED = 'KEY_REUSED',
  /** No receipt code could be drawn for a report: send it again. */
  NO_RECEIPT = 'NO_RECEIPT',
  /** An administrator tried to take away their own access. */
  OWN_ACCESS = 'OWN_ACCESS',
}

/** What each reason carries in `extensions`, beside `code` and `reason`. */
export interface ConflictDetails {
  [ConflictReason.STALE_VERSION]: { latestVersion: number };
  [ConflictReason.REVIEW_STARTED]: Record<string, never>;
  [ConflictReason.VOTE_OPEN]: { voteId?: string; latestVersion?: number };
  [ConflictReason.VOTE_CLOSED]: { voteId?: string };
  [ConflictReason.VOTE_PASSED]: { voteId: string };
  [ConflictReason.VOTE_NEEDED]: { revisionNumber: number; result?: string };
  [ConflictReason.ALREADY_PUBLISHED]: { latestVersion?: number };
  [ConflictReason.NOT_PUBLISHED]: Record<string, never>;
  [ConflictReason.STILL_DRAFT]: Record<string, never>;
  [ConflictReason.ALREADY_SUBMITTED]: Record<string, never>;
  [ConflictReason.MERGED]: { mergedIntoId?: string | null };
  [ConflictReason.HIDDEN]: Record<string, never>;
  [ConflictReason.WRONG_STATUS]: { status: string };
  [ConflictReason.ALREADY_SENT]: { field?: string };
  [ConflictReason.KEY_REUSED]: { field: string };
  [ConflictReason.NO_RECEIPT]: Record<string, never>;
  [ConflictReason.OWN_ACCESS]: Record<string, never>;
}

/** A conflict as a client reads it: its reason, and that reason's details. */
export type Conflict = { [R in ConflictReason]: { reason: R } & ConflictDetails[R] }[ConflictReason];
