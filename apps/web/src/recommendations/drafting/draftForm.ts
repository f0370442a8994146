import { LIMITS, RECOMMENDATION_LIMITS as L, RECOMMENDATION_MESSAGES as M } from '@ideas-hub/domain';
import type { RecommendationInput, RecommendationTextFragment } from '../../graphql/generated/graphql';
import type { EvidenceRow } from '../../ideas/ideaForm';
import { radioId } from '../../ui/ids';
import type { FieldErrors } from '../../ui/useFormErrors';

export const CHANGED_MESSAGE =
  'This recommendation was changed by someone else after you opened it, so your changes were not saved. ' +
  'Their version is shown below and your text is still in the form: check it against theirs, then save again.';

export interface ActionRow {
  action: string;
  owner: string;
}

/** An idea the recommendation draws on, with its title so that its checkbox can be labelled. */
export interface LinkedIdea {
  id: string;
  title: string;
}

/** The draft form as a person fills it in. */
export interface RecommendationForm {
  title: string;
  summary: string;
  rationale: string;
  actions: ActionRow[];
  audience: string;
  themeId: string;
  organisations: string[];
  evidence: EvidenceRow[];
  ideas: LinkedIdea[];
  reportIds: string[];
}

type ListField =
  'title' | 'summary' | 'rationale' | 'actions' | 'audience' | 'themeId' | 'organisations' | 'evidence' | 'ideaIds' | 'reportIds';
/** A field the API may name in BAD_USER_INPUT: a form field, or one part of an action or evidence link (`actions.0.owner`). */
export type RecommendationField = ListField | `actions.${number}.${keyof ActionRow}` | `evidence.${number}.${keyof EvidenceRow}`;

export function emptyRecommendationForm(): RecommendationForm {
  return {
    title: '',
    summary: '',
    rationale: '',
    actions: [{ action: '', owner: '' }],
    audience: '',
    themeId: '',
    organisations: [],
    evidence: [],
    ideas: [],
    reportIds: [],
  };
}

/** The form filled from a draft, with the reports it draws on, so that an edit keeps them. */
export function recommendationFormFrom(recommendation: RecommendationTextFragment): RecommendationForm {
  return {
    title: recommendation.title,
    summary: recommendation.summary,
    rationale: recommendation.rationale,
    actions: recommendation.actions.map(({ action, owner }) => ({ action, owner })),
    audience: recommendation.audience,
    themeId: recommendation.theme?.id ?? '',
    organisations: [...recommendation.organisations],
    evidence: recommendation.evidence.map(({ label, url }) => ({ label, url })),
    ideas: recommendation.ideas.map(({ id, title }) => ({ id, title })),
    reportIds: [...recommendation.reportIds],
  };
}

/** The id of the element each field's error links to, in the order the fields appear on the page. */
export function recommendationFieldIds(firstThemeId = ''): Record<RecommendationField, string> {
  const rows = (field: string, parts: readonly string[], count: number) =>
    Array.from({ length: count }, (_, index) => parts.map((part) => [`${field}.${index}.${part}`, `${field}-${index}-${part}`])).flat();
  return Object.fromEntries([
    ['title', 'title'],
    ['summary', 'summary'],
    ['rationale', 'rationale'],
    ['actions', 'actions-0-action'],
    ...rows('actions', ['action', 'owner'], L.actionsMax),
    ['audience', 'audience'],
    ['themeId', radioId('theme', firstThemeId)],
    ['organisations', 'organisations-0'],
    ['evidence', 'evidence-0-label'],
    ...rows('evidence', ['label', 'url'], LIMITS.evidenceLinksMax),
    ['ideaIds', 'idea-search'],
    ['reportIds', 'report-filter'],
  ]) as Record<RecommendationField, string>;
}

const blankAction = (row: ActionRow) => !row.action.trim() && !row.owner.trim();
const blankEvidence = (row: EvidenceRow) => !row.label.trim() && !row.url.trim();

/**
 * Rows left wholly blank are rows the person added and did not use, not half-finished answers: they
 * are dropped from the form before checking, so that the rows the API names are the rows on the page.
 * One action row stays, for the person to fill in.
 */
export function dropBlankRows(form: RecommendationForm): void {
  form.actions = form.actions.filter((row) => !blankAction(row));
  if (form.actions.length === 0) form.actions.push({ action: '', owner: '' });
  form.organisations = form.organisations.filter((name) => name.trim());
  form.evidence = form.evidence.filter((row) => !blankEvidence(row));
}

function checkText(value: string, max: number, missing: string, tooLong: string): string | undefined {
  const text = value.trim();
  if (!text) return missing;
  return text.length > max ? tooLong : undefined;
}

/** The checks the API makes too, with the same words, so that most problems are found before anything is sent. */
export function checkRecommendation(form: RecommendationForm): FieldErrors<RecommendationField> {
  const errors: FieldErrors<RecommendationField> = {
    title: checkText(form.title, L.titleMax, M.titleMissing, M.titleTooLong),
    summary: checkText(form.summary, L.summaryMax, M.summaryMissing, M.summaryTooLong),
    rationale: checkText(form.rationale, L.rationaleMax, M.rationaleMissing, M.rationaleTooLong),
    audience: checkText(form.audience, L.audienceMax, M.audienceMissing, M.audienceTooLong),
    themeId: form.themeId ? undefined : M.themeMissing,
  };
  const actions = form.actions.filter((row) => !blankAction(row));
  if (actions.length === 0) errors.actions = M.actionsMissing;
  else if (actions.length > L.actionsMax) errors.actions = M.actionsTooMany;
  form.actions.forEach((row, index) => {
    if (blankAction(row)) return;
    errors[`actions.${index}.action`] = checkText(row.action, L.actionMax, M.actionMissing, M.actionTooLong);
    errors[`actions.${index}.owner`] = checkText(row.owner, L.ownerMax, M.ownerMissing, M.ownerTooLong);
  });
  const organisations = form.organisations.map((name) => name.trim()).filter(Boolean);
  if (organisations.length > L.organisationsMax) errors.organisations = M.organisationsTooMany;
  else if (organisations.some((name) => name.length > L.organisationMax)) errors.organisations = M.organisationTooLong;
  if (form.ideas.length === 0 && form.reportIds.length === 0) errors.ideaIds = M.sourcesMissing;
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

export function recommendationInput(form: RecommendationForm): RecommendationInput {
  return {
    title: form.title.trim(),
    summary: form.summary.trim(),
    rationale: form.rationale.trim(),
    actions: form.actions.filter((row) => !blankAction(row)).map((row) => ({ action: row.action.trim(), owner: row.owner.trim() })),
    audience: form.audience.trim(),
    themeId: form.themeId,
    organisations: form.organisations.map((name) => name.trim()).filter(Boolean),
    evidence: form.evidence.filter((row) => !blankEvidence(row)).map((row) => ({ label: row.label.trim(), url: row.url.trim() })),
    ideaIds: form.ideas.map((idea) => idea.id),
    reportIds: form.reportIds,
  };
}
