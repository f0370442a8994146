import { ErrorCode } from '@ideas-hub/domain';
import { shallowRef, watch, type ShallowRef } from 'vue';
import { GraphQLRequestError } from '../graphql/client';
import { pageTitle } from '../service';

export type RecordPageState = 'loading' | 'ready' | 'not-found' | 'failed';

/** How a record's page speaks of it before it is shown (RecordPageLayout). */
export interface RecordPageTexts {
  /** The h1 while the record loads. */
  placeholder: string;
  /** The h1 (and the tab's title) when the address finds no record. */
  notFoundTitle: string;
  /** How messages name the record: "Loading the idea…". */
  noun: string;
}

export interface RecordPageOptions<Data> {
  /** The id in the address; the page loads again when it changes (a link to another record on the same page). */
  id: () => string;
  fetch: (id: string) => Promise<Data>;
  /** The route's title is generic; the record's own title tells people which one this tab holds. */
  titleOf: (data: Data) => string;
  notFoundTitle: string;
}

/**
 * The page of one record (an idea, a recommendation): loads it by the id in the address and
 * tells "not found" (a wrong or unpublished address, said plainly) apart from a failure of the service.
 * `load` is returned so the page can reload after a change, keeping what is shown until the new data
 * arrives so that focus stays where it was.
 */
export function useRecordPage<Data>(options: RecordPageOptions<Data>) {
  const data: ShallowRef<Data | null> = shallowRef(null);
  const state = shallowRef<RecordPageState>('loading');

  async function load(): Promise<void> {
    try {
      data.value = await options.fetch(options.id());
      state.value = 'ready';
      document.title = pageTitle(options.titleOf(data.value));
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.hasCode(ErrorCode.NOT_FOUND)) {
        state.value = 'not-found';
        document.title = pageTitle(options.notFoundTitle);
      } else {
        console.error(error);
        state.value = 'failed';
      }
    }
  }
  watch(options.id, load, { immediate: true });

  return { data, state, load };
}
