import { nextTick, reactive, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

/** One page of a GraphQL connection, as the list queries return it. */
interface Connection {
  edges: readonly { node: unknown }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

type ItemOf<Page extends Connection> = Page['edges'][number]['node'];

export type ListState = 'loading' | 'ready' | 'failed' | 'loading-more';

export interface ListPageOptions<Filters extends object, Page extends Connection> {
  /** The route this list lives on; the watch stays quiet while the router is leaving it. */
  routeName: string;
  filtersFromQuery: (query: LocationQuery) => Filters;
  /** The address to go to for the filters chosen in the forms, given those now shown. */
  queryFromChosen: (chosen: Filters, applied: Filters) => LocationQueryRaw;
  /** What the forms show for the filters in the address; by default the filters themselves. */
  formFilters?: (applied: Filters) => Filters;
  fetchPage: (filters: Filters, after?: string) => Promise<Page>;
  /** The result links; after "show more", focus moves to the first one not seen before. */
  resultLinkSelector: string;
}

/**
 * A searchable, filterable list whose filters live in the address: a shared link or the
 * back button shows the same results, and "show more" appends the next page of the connection.
 */
export function useListPage<Filters extends object, Page extends Connection>(options: ListPageOptions<Filters, Page>) {
  const route = useRoute();
  const router = useRouter();
  const formFilters = options.formFilters ?? ((applied: Filters) => ({ ...applied }));

  /** The filters as the address has them (what is shown) and as the forms have them (what will be applied). */
  const applied: ShallowRef<Filters> = shallowRef(options.filtersFromQuery(route.query));
  // The forms bind straight to these fields, so they must stay one reactive object that is never replaced.
  const chosen = reactive(formFilters(applied.value)) as Filters;
  const items: ShallowRef<ItemOf<Page>[]> = shallowRef([]);
  const page: Ref<Omit<Page, 'edges'> | null> = shallowRef(null);
  const state = shallowRef<ListState>('loading');

  function nodesOf(result: Page): ItemOf<Page>[] {
    return result.edges.map((edge) => edge.node);
  }

  watch(
    () => route.query,
    async (query) => {
      if (route.name !== options.routeName) return;
      applied.value = options.filtersFromQuery(query);
      Object.assign(chosen, formFilters(applied.value));
      state.value = 'loading';
      try {
        const result = await options.fetchPage(applied.value);
        items.value = nodesOf(result);
        page.value = result;
        state.value = 'ready';
      } catch (error) {
        console.error(error);
        state.value = 'failed';
      }
    },
    { immediate: true },
  );

  async function apply(): Promise<void> {
    await router.push({ name: options.routeName, query: options.queryFromChosen(chosen, applied.value) });
  }

  async function showMore(): Promise<void> {
    const after = page.value?.pageInfo.endCursor;
    if (!after) return;
    const firstNew = items.value.length;
    state.value = 'loading-more';
    try {
      const result = await options.fetchPage(applied.value, after);
      items.value = [...items.value, ...nodesOf(result)];
      page.value = result;
      state.value = 'ready';
      await nextTick();
      // Keyboard users carry on from the first result they have not seen, not from the button's old place.
      document.querySelectorAll<HTMLElement>(options.resultLinkSelector)[firstNew]?.focus();
    } catch (error) {
      console.error(error);
      state.value = 'failed';
    }
  }

  return { applied, chosen, items, page, state, apply, showMore };
}
