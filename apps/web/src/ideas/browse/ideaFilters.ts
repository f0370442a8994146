import { IDEA_STATUS_LABELS, IdeaSort, IdeaStatus, LIMITS, Profession, PROFESSION_LABELS, TRENDING_WINDOW_DAYS } from '@ideas-hub/domain';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { IdeasQueryVariables } from '../../graphql/generated/graphql';
import type { RadioOption } from '../../ui/types';

/** What the list is narrowed to, as the address holds it: empty strings mean "any". */
export interface IdeaFilters {
  query: string;
  theme: string;
  status: IdeaStatus | '';
  profession: Profession | '';
  tag: string;
  sort: IdeaSort | '';
}

export const PAGE_SIZE = LIMITS.pageSizeDefault;

/** Drafts and merged ideas are never listed, so filtering by them would always find nothing. */
const LISTED_STATUSES = Object.values(IdeaStatus).filter((status) => status !== IdeaStatus.DRAFT && status !== IdeaStatus.MERGED);

const ANY = (label: string): RadioOption => ({ value: '', label });
export const STATUS_OPTIONS: readonly RadioOption[] = [
  ANY('Any status'),
  ...LISTED_STATUSES.map((value) => ({ value, label: IDEA_STATUS_LABELS[value] })),
];
export const PROFESSION_OPTIONS: readonly RadioOption[] = [
  ANY('Any profession'),
  ...Object.values(Profession).map((value) => ({ value, label: PROFESSION_LABELS[value] })),
];

const SORT_LABELS: Record<IdeaSort, string> = {
  [IdeaSort.RELEVANCE]: 'Best match',
  [IdeaSort.NEWEST]: 'Newest',
  [IdeaSort.MOST_ENDORSED]: 'Most endorsed',
  [IdeaSort.TRENDING]: `Trending (most endorsed in the last ${TRENDING_WINDOW_DAYS} days)`,
};

/** Best match only means something for a search. */
export function sortOptions(searching: boolean): RadioOption[] {
  return Object.values(IdeaSort)
    .filter((sort) => searching || sort !== IdeaSort.RELEVANCE)
    .map((value) => ({ value, label: SORT_LABELS[value] }));
}

export function defaultSort(query: string): IdeaSort {
  return query ? IdeaSort.RELEVANCE : IdeaSort.NEWEST;
}

export function sortOf(filters: IdeaFilters): IdeaSort {
  if (!filters.sort || (filters.sort === IdeaSort.RELEVANCE && !filters.query)) return defaultSort(filters.query);
  return filters.sort;
}

function text(value: LocationQuery[string]): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.trim() : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads the filters from the address; anything unknown there (an old or mistyped link) counts as "any". */
export function filtersFromQuery(query: LocationQuery): IdeaFilters {
  return {
    query: text(query.q).slice(0, LIMITS.searchQueryMax),
    theme: text(query.theme),
    status: oneOf(LISTED_STATUSES, text(query.status)),
    profession: oneOf(Object.values(Profession), text(query.profession)),
    tag: text(query.tag).toLowerCase(),
    sort: oneOf(Object.values(IdeaSort), text(query.sort)),
  };
}

/** Only what narrows or reorders the list goes into the address, so that links stay short. */
export function queryFromFilters(filters: IdeaFilters): LocationQueryRaw {
  const sort = sortOf(filters);
  const entries = {
    q: filters.query.trim(),
    theme: filters.theme,
    status: filters.status,
    profession: filters.profession,
    tag: filters.tag.trim().toLowerCase(),
    sort: sort === defaultSort(filters.query.trim()) ? '' : sort,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value));
}

export function ideasVariables(filters: IdeaFilters, after?: string): IdeasQueryVariables {
  return {
    first: PAGE_SIZE,
    after: after ?? null,
    query: filters.query || null,
    theme: filters.theme || null,
    status: filters.status || null,
    profession: filters.profession || null,
    tag: filters.tag || null,
    sort: sortOf(filters),
  };
}
