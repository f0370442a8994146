import { ContentType } from '@ideas-hub/domain';

/** How moderation's words name a piece of content. */
export function contentNoun(type: ContentType): 'idea' | 'comment' {
  return type === ContentType.IDEA ? 'idea' : 'comment';
}
