import type { RouteLocationRaw } from 'vue-router';
import type { IdeaDraftFragment } from '../../graphql/generated/graphql';
import type { IdeaField } from '../ideaForm';

/** The question pages of the submit form, in order: one topic per page. */
export const DRAFT_STEPS = [
  { key: 'title', title: 'Title of your idea', fields: ['title'] },
  { key: 'summary', title: 'Summary of your idea', fields: ['summary'] },
  { key: 'problem', title: 'The problem today', fields: ['problem'] },
  { key: 'proposal', title: 'The change you propose', fields: ['proposal'] },
  { key: 'benefits', title: 'Who would benefit', fields: ['benefits'] },
  { key: 'evidence', title: 'Evidence for your idea', fields: ['evidence'] },
  { key: 'theme', title: 'Theme and tags', fields: ['themeId', 'tags'] },
] as const satisfies readonly { key: string; title: string; fields: readonly IdeaField[] }[];

export type DraftStep = (typeof DRAFT_STEPS)[number];
export type DraftStepKey = DraftStep['key'];

export function draftStepRoute(key: DraftStepKey, id: string, fromCheck = false): RouteLocationRaw {
  return { name: `idea-draft-${key}`, params: { id }, query: fromCheck ? { change: 'yes' } : {} };
}

export function checkAnswersRoute(id: string): RouteLocationRaw {
  return { name: 'idea-draft-check', params: { id } };
}

/** Where "Continue" leads: the next question, or back to check your answers when changing one answer. */
export function afterStep(key: DraftStepKey, id: string, fromCheck: boolean): RouteLocationRaw {
  const index = DRAFT_STEPS.findIndex((step) => step.key === key);
  const next = DRAFT_STEPS[index + 1];
  return fromCheck || !next ? checkAnswersRoute(id) : draftStepRoute(next.key, id);
}

/** Where the back link leads: the previous question, the start page, or check your answers. */
export function beforeStep(key: DraftStepKey, id: string | undefined, fromCheck: boolean): RouteLocationRaw {
  if (id && fromCheck) return checkAnswersRoute(id);
  const index = DRAFT_STEPS.findIndex((step) => step.key === key);
  const previous = DRAFT_STEPS[index - 1];
  return previous && id ? draftStepRoute(previous.key, id) : { name: 'idea-new' };
}

/** Where a person picks a draft back up: its first unanswered question, or check your answers. */
export function resumeDraft(idea: IdeaDraftFragment): RouteLocationRaw {
  const unanswered: Record<DraftStepKey, boolean> = {
    title: !idea.title,
    summary: !idea.summary,
    problem: !idea.problem,
    proposal: !idea.proposal,
    benefits: idea.benefits.length === 0,
    // Evidence is optional: a draft without links has not skipped anything.
    evidence: false,
    theme: !idea.theme,
  };
  const step = DRAFT_STEPS.find(({ key }) => unanswered[key]);
  return step ? draftStepRoute(step.key, idea.id) : checkAnswersRoute(idea.id);
}
