import { IdentityMode } from '@ideas-hub/domain';

/**
 * How the report pages name the way a report was sent: the domain's labels speak as the reporter ("with my
 * name"), these about the report, as a table column's word (adjective) or the answer to "how" (adverb).
 */
export const SENT: Record<IdentityMode, { adjective: string; adverb: string }> = {
  [IdentityMode.OPEN]: { adjective: 'Open', adverb: 'Openly' },
  [IdentityMode.CONFIDENTIAL]: { adjective: 'Confidential', adverb: 'Confidentially' },
  [IdentityMode.ANONYMOUS]: { adjective: 'Anonymous', adverb: 'Anonymously' },
};
