import { ErrorCode } from '@ideas-hub/domain';
import * as argon2 from 'argon2';
import { DomainError } from '../platform/graphql/errors';
import { WorkLimit } from '../platform/rate-limit/work-limit';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** argon2 runs at once across the process: on two cores, two leave the event loop room to answer everyone else. */
export const ARGON2_MAX_IN_FLIGHT = 2;
/** Waiting behind them: about half a second of work at ~35 ms a hash; beyond it, "busy" at once. */
export const ARGON2_MAX_QUEUED = 16;
const BUSY_RETRY_SECONDS = 2;

/**
 * Every hash and verify of the process (sign-in, registration, receipts) shares this bound, so that
 * guessing passwords or passphrases in bulk slows the guessers and nobody else.
 */
export const argon2Load = new WorkLimit(ARGON2_MAX_IN_FLIGHT, ARGON2_MAX_QUEUED, busy);

function busy(): DomainError {
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `The hub is busy checking passwords. Wait ${BUSY_RETRY_SECONDS} seconds, then try again.`,
    {
      retryAfterSeconds: BUSY_RETRY_SECONDS,
    },
  );
}

/** Refuses before an attempt is counted, so that a refusal for the hub's load never counts against an account or a receipt. */
export function refuseWhenArgon2Busy(): void {
  if (argon2Load.full) throw busy();
}

export function hashPassword(password: string): Promise<string> {
  return argon2Load.run(() => argon2.hash(password, ARGON2_OPTIONS));
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2Load.run(() => argon2.verify(hash, password));
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash so that a sign-in for an unknown email takes
 * as long as one with a wrong password, and timing does not reveal who has an account.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  // Made once, outside the bound: a refusal for load must not leave a rejected promise here for good.
  decoyHash ??= argon2.hash('decoy password that no account has', ARGON2_OPTIONS);
  await verifyPassword(await decoyHash, password);
  return false;
}
