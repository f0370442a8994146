import { IdentityMode } from '@ideas-hub/domain';

/**
 * When an anonymous reporter writes, the time is kept to the day: an exact time could be matched
 * against a proxy's or a network's logs to find who was online then.
 */
const DAY_ONLY = `date_trunc('day', now(), 'UTC')`;

/** Milliseconds, as a JavaScript date holds them, so that a keyset cursor finds its row again. */
export const NOW = `date_trunc('milliseconds', now())`;

/** SQL for the time to store on a row the reporter writes. */
export function reporterWriteTime(identityMode: IdentityMode): string {
  return identityMode === IdentityMode.ANONYMOUS ? DAY_ONLY : NOW;
}
