import { IMPLEMENTATION_STATUS_LABELS, ImplementationStatus, LIMITS } from '@ideas-hub/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { PublishedRecommendationListQueryVariables } from '../../graphql/generated/graphql';
import type { RadioOption } from '../../ui/types';

/** What the public list is narrowed to, as the address holds it: empty strings mean "any". */
export interface RecommendationFilters {
  query: string;
  theme: string;
  status: ImplementationStatus | '';
}

export const IMPLEMENTATION_OPTIONS: readonly RadioOption[] = [
  { value: '', label: 'Any progress' },
  ...Object.values(ImplementationStatus).map((value) => ({ value, label: IMPLEMENTATION_STATUS_LABELS[value] })),
];

function text(value: LocationQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

/** Reads the filters from the address; anything unknown there (an old or mistyped link) counts as "any". */
export function filtersFromQuery(query: LocationQuery): RecommendationFilters {
  const status = text(query.status);
  return {
    query: text(query.q).slice(0, LIMITS.searchQueryMax),
    theme: text(query.theme),
    status: (Object.values(ImplementationStatus) as string[]).includes(status) ? (status as ImplementationStatus) : '',
  };
}

/** Only what narrows the list goes into the address, so that links stay short. */
export function queryFromFilters(filters: RecommendationFilters): LocationQueryRaw {
  const entries = { q: filters.query.trim(), theme: filters.theme, status: filters.status };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value));
}

export function listVariables(filters: RecommendationFilters, after?: string): PublishedRecommendationListQueryVariables {
  return {
    first: LIMITS.pageSizeDefault,
    after: after ?? null,
    query: filters.query || null,
    theme: filters.theme || null,
    implementationStatus: filters.status || null,
  };
}
