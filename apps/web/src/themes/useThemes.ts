import { onMounted, shallowRef } from 'vue';
import { request } from '../graphql/client';
import { IdeaThemesDocument, type IdeaThemesQuery } from '../graphql/generated/graphql';

export type Theme = IdeaThemesQuery['themes'][number];

/** The curated themes, asked for when the page opens; empty until they arrive (or if they cannot). */
export function useThemes() {
  const themes = shallowRef<readonly Theme[]>([]);
  const failed = shallowRef(false);
  onMounted(async () => {
    try {
      themes.value = (await request(IdeaThemesDocument)).themes;
    } catch (error) {
      console.error(error);
      failed.value = true;
    }
  });
  return { themes, failed };
}
