import { onMounted, shallowRef, type ShallowRef } from 'vue';

export type LoadState = 'loading' | 'ready' | 'failed';

/**
 * What a component shows once the API has given it: asked for when the component appears, null until
 * then. A failure is handed to `onFailed` (by default the console), so that the page can say so in its
 * own words or show the problem in its error summary.
 */
export function useLoadOnMount<Data>(fetch: () => Promise<Data>, onFailed: (error: unknown) => void = console.error) {
  const data: ShallowRef<Data | null> = shallowRef(null);
  const state = shallowRef<LoadState>('loading');
  onMounted(async () => {
    try {
      data.value = await fetch();
      state.value = 'ready';
    } catch (error) {
      onFailed(error);
      state.value = 'failed';
    }
  });
  return { data, state };
}
