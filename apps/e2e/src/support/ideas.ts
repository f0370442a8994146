import type { ApiSession } from './graphql';

export interface IdeaText {
  title: string;
  summary: string;
  problem: string;
  proposal: string;
}

/** Saves a draft with every answer and, unless asked not to, submits it; returns its id. */
export async function createIdea(api: ApiSession, text: IdeaText, submit = true): Promise<string> {
  const { themes } = await api.request<{ themes: { id: string }[] }>('query { themes { id } }');
  const { saveIdeaDraft } = await api.request<{ saveIdeaDraft: { id: string } }>(
    'mutation Save($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { id } }',
    { input: { ...text, benefits: ['PATIENT_EXPERIENCE'], evidence: [], themeId: themes[0].id, tags: ['e2e'] } },
  );
  if (submit) await api.request('mutation Submit($id: ID!) { submitIdea(id: $id) { id } }', { id: saveIdeaDraft.id });
  return saveIdeaDraft.id;
}

export async function addComment(api: ApiSession, ideaId: string, body: string): Promise<string> {
  const { addComment: comment } = await api.request<{ addComment: { id: string } }>(
    'mutation Comment($input: AddCommentInput!) { addComment(input: $input) { id } }',
    { input: { ideaId, body } },
  );
  return comment.id;
}

/** Unique per run, so that journeys never find each other's ideas. */
export function uniqueWord(): string {
  return `run${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
