import { ErrorCode, REVIEWABLE_IDEA_STATUSES, REVIEWABLE_REPORT_STATUSES, ReviewItemKind } from '@ideas-hub/domain';
import { computed, shallowRef } from 'vue';
import { GraphQLRequestError, request } from '../graphql/client';
import {
  BoardReportDocument,
  QueuedReviewItemDocument,
  ReviewIdeaDocument,
  ReviewSummaryDocument,
  ReviewWorkDocument,
  type BoardNoteItemFragment,
  type BoardReportFragment,
  type IdeaDetailFragment,
  type ReviewQueueItemFragment,
  type ReviewSummaryDetailFragment,
} from '../graphql/generated/graphql';

export type ReviewedItem =
  { kind: ReviewItemKind.IDEA; idea: IdeaDetailFragment } | { kind: ReviewItemKind.REPORT; report: BoardReportFragment };

async function fetchItem(kind: ReviewItemKind, id: string): Promise<ReviewedItem> {
  if (kind === ReviewItemKind.IDEA) return { kind, idea: (await request(ReviewIdeaDocument, { id })).idea };
  return { kind, report: (await request(BoardReportDocument, { id })).practiceGapReport };
}

/** Null once the item has left the queue: its page still shows, with no one assigned. */
async function fetchQueued(kind: ReviewItemKind, itemId: string): Promise<ReviewQueueItemFragment | null> {
  try {
    return (await request(QueuedReviewItemDocument, { itemId, kind })).reviewItem;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.hasCode(ErrorCode.NOT_FOUND)) return null;
    throw error;
  }
}

/** One item on the board's desk: what it says, its reviews, its assigned reviewers and the board's notes. */
export function useReviewItem(source: () => { kind: ReviewItemKind; id: string }) {
  const item = shallowRef<ReviewedItem | null>(null);
  const summary = shallowRef<ReviewSummaryDetailFragment | null>(null);
  const notes = shallowRef<readonly BoardNoteItemFragment[]>([]);
  const queued = shallowRef<ReviewQueueItemFragment | null>(null);
  const state = shallowRef<'loading' | 'ready' | 'not-found' | 'failed'>('loading');
  const failure = shallowRef<unknown>(null);

  async function load(): Promise<void> {
    const { kind, id } = source();
    state.value = 'loading';
    failure.value = null;
    try {
      const [found, work, inQueue] = await Promise.all([
        fetchItem(kind, id),
        request(ReviewWorkDocument, { itemId: id, kind }),
        fetchQueued(kind, id),
      ]);
      item.value = found;
      summary.value = work.reviews;
      notes.value = work.boardDiscussion;
      queued.value = inQueue;
      state.value = 'ready';
    } catch (error) {
      const notFound = error instanceof GraphQLRequestError && error.hasCode(ErrorCode.NOT_FOUND);
      state.value = notFound ? 'not-found' : 'failed';
      if (!notFound) failure.value = error;
    }
  }

  async function reloadSummary(): Promise<void> {
    const { kind, id } = source();
    summary.value = (await request(ReviewSummaryDocument, { itemId: id, kind })).reviews;
  }

  const title = computed(() => {
    const current = item.value;
    if (!current) return null;
    return current.kind === ReviewItemKind.IDEA ? current.idea.title : current.report.guidance;
  });
  const status = computed(() => {
    const current = item.value;
    if (!current) return null;
    return current.kind === ReviewItemKind.IDEA ? current.idea.status : current.report.status;
  });
  /** Reviews and assignments are for items still in the queue; the API refuses them afterwards. */
  const reviewable = computed(() => {
    const current = item.value;
    if (!current) return false;
    return current.kind === ReviewItemKind.IDEA
      ? !current.idea.hidden && REVIEWABLE_IDEA_STATUSES.includes(current.idea.status)
      : REVIEWABLE_REPORT_STATUSES.includes(current.report.status);
  });

  return { item, summary, notes, queued, state, failure, title, status, reviewable, load, reloadSummary };
}
