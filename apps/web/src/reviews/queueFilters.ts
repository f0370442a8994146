import {
  IDEA_STATUS_LABELS,
  IdeaStatus,
  REPORT_STATUS_LABELS,
  ReportStatus,
  REVIEWABLE_IDEA_STATUSES,
  REVIEWABLE_REPORT_STATUSES,
  ReviewItemKind,
} from '@ideas-hub/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ReviewQueueQuery, ReviewQueueQueryVariables } from '../graphql/generated/graphql';
import type { RadioOption } from '../ui/types';

type QueueCount = ReviewQueueQuery['reviewQueue']['counts'][number];

/** The queue's filters as the address holds them: empty strings mean "any". */
export interface QueueFilters {
  kind: ReviewItemKind | '';
  status: string;
  mine: boolean;
}

export const KIND_NAMES: Record<ReviewItemKind, { one: string; many: string; path: string }> = {
  [ReviewItemKind.IDEA]: { one: 'Idea', many: 'Ideas', path: 'idea' },
  [ReviewItemKind.REPORT]: { one: 'Report', many: 'Reports', path: 'report' },
};

const STATUSES: Record<ReviewItemKind, readonly string[]> = {
  [ReviewItemKind.IDEA]: REVIEWABLE_IDEA_STATUSES,
  [ReviewItemKind.REPORT]: REVIEWABLE_REPORT_STATUSES,
};

/** Ideas and reports share "Under review"; either table names it the same. */
export function statusLabel(kind: ReviewItemKind, status: string): string {
  return kind === ReviewItemKind.IDEA ? IDEA_STATUS_LABELS[status as IdeaStatus] : REPORT_STATUS_LABELS[status as ReportStatus];
}

export function kindFromPath(path: string): ReviewItemKind | undefined {
  return Object.values(ReviewItemKind).find((kind) => KIND_NAMES[kind].path === path);
}

function text(value: LocationQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function kindsOf(kind: ReviewItemKind | ''): ReviewItemKind[] {
  return kind ? [kind] : Object.values(ReviewItemKind);
}

function statusesOf(kind: ReviewItemKind | ''): string[] {
  return [...new Set(kindsOf(kind).flatMap((each) => STATUSES[each]))];
}

/** Reads the filters from the address; anything unknown (an old or mistyped link) counts as "any". */
export function filtersFromQuery(query: LocationQuery): QueueFilters {
  const kind = kindFromPath(text(query.kind)) ?? '';
  const status = text(query.status);
  return { kind, status: statusesOf(kind).includes(status) ? status : '', mine: text(query.mine) === 'yes' };
}

export function queryFromFilters(filters: QueueFilters): LocationQueryRaw {
  const status = statusesOf(filters.kind).includes(filters.status) ? filters.status : '';
  const entries = { kind: filters.kind && KIND_NAMES[filters.kind].path, status, mine: filters.mine ? 'yes' : '' };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value));
}

export function queueVariables(filters: QueueFilters): ReviewQueueQueryVariables {
  return { kind: filters.kind || null, status: filters.status || null, assignedToMe: filters.mine || null };
}

function total(counts: readonly QueueCount[], kind: ReviewItemKind | '', status = ''): number {
  return counts
    .filter((count) => (!kind || count.kind === kind) && (!status || count.status === status))
    .reduce((sum, count) => sum + count.count, 0);
}

/** The kinds, each with how many items it has in the queue. */
export function kindOptions(counts: readonly QueueCount[]): RadioOption[] {
  return [
    { value: '', label: `Ideas and reports (${total(counts, '')})` },
    ...Object.values(ReviewItemKind).map((kind) => ({ value: kind, label: `${KIND_NAMES[kind].many} (${total(counts, kind)})` })),
  ];
}

/** The statuses the chosen kind can be at in the queue, each with its count. */
export function statusOptions(counts: readonly QueueCount[], kind: ReviewItemKind | ''): RadioOption[] {
  return [
    { value: '', label: `Any status (${total(counts, kind)})` },
    ...statusesOf(kind).map((status) => {
      const label = statusLabel(
        kindsOf(kind).find((each) => STATUSES[each].includes(status))!,
        status,
      );
      return { value: status, label: `${label} (${total(counts, kind, status)})` };
    }),
  ];
}

export const REVIEWER_OPTIONS: readonly RadioOption[] = [
  { value: '', label: 'Anyone' },
  { value: 'yes', label: 'Assigned to me' },
];
