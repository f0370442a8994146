import { Action } from '@ideas-hub/domain';
import type { LinkItem } from '../ui/types';

/**
 * The board's pages, listed at the top of the review queue (the header's "Board" item leads there).
 * Add a board page here rather than to the header, so the header keeps few items.
 */
export const BOARD_LINKS: readonly (LinkItem & { action: Action })[] = [
  { text: 'Review queue', to: { name: 'board-review' }, action: Action.ReadReviewWork },
  { text: 'Practice gap reports', to: { name: 'board-reports' }, action: Action.ReadReports },
  { text: 'Draft recommendations', to: { name: 'board-recommendations' }, action: Action.ReadBoardRecommendations },
  { text: 'Members and registers of interests', to: { name: 'board-members' }, action: Action.ReadPublished },
];
