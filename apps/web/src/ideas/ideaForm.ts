import { Benefit, BENEFIT_LABELS, findPatientData, IDEA_MESSAGES as M, LIMITS, normaliseTags, patientDataMessage } from '@ideas-hub/domain';
import type { EditIdeaInput, IdeaDraftFragment, IdeaDraftInput } from '../graphql/generated/graphql';
import { evidenceFieldIds, evidenceInputId, type EvidenceField, type EvidenceRow } from '../ui/evidenceLinks';
import { radioId } from '../ui/ids';
import type { RadioOption } from '../ui/types';
import type { FieldErrors } from '../ui/useFormErrors';

export type { EvidenceRow };

/** What the idea forms hold while a person types: tags as one comma-separated line. */
export interface IdeaForm {
  title: string;
  summary: string;
  problem: string;
  proposal: string;
  benefits: Benefit[];
  evidence: EvidenceRow[];
  themeId: string;
  tags: string;
}
export type IdeaField = keyof IdeaForm;
/** A field the API may name in BAD_USER_INPUT: a form field, or one part of an evidence link (`evidence.0.url`). */
export type IdeaProblemField = IdeaField | EvidenceField;

export const BENEFIT_OPTIONS: readonly RadioOption[] = Object.values(Benefit).map((value) => ({
  value,
  label: BENEFIT_LABELS[value],
}));

export const TAGS_HINT = 'Words that help people find your idea, separated by commas, like “discharge, interoperability”';

export function emptyIdeaForm(): IdeaForm {
  return { title: '', summary: '', problem: '', proposal: '', benefits: [], evidence: [], themeId: '', tags: '' };
}

export const IDEA_FIELDS = Object.keys(emptyIdeaForm()) as readonly IdeaField[];

export function ideaFormFrom(idea: IdeaDraftFragment): IdeaForm {
  return {
    title: idea.title,
    summary: idea.summary,
    problem: idea.problem,
    proposal: idea.proposal,
    benefits: [...idea.benefits],
    evidence: idea.evidence.map(({ label, url }) => ({ label, url })),
    themeId: idea.theme?.id ?? '',
    tags: idea.tags.join(', '),
  };
}

export function tagsOf(form: IdeaForm): string[] {
  return normaliseTags(form.tags.split(','));
}

/** Rows left wholly blank are rows the person added and did not use, not half-finished links. */
function evidenceOf(form: IdeaForm): EvidenceRow[] {
  return form.evidence.map((row) => ({ label: row.label.trim(), url: row.url.trim() })).filter((row) => row.label || row.url);
}

/** The id of the element each field's error links to; the theme's first radio is known once themes load. */
export function ideaFieldIds(firstThemeId = ''): Record<IdeaProblemField, string> {
  return {
    title: 'title',
    summary: 'summary',
    problem: 'problem',
    proposal: 'proposal',
    benefits: radioId('benefits', Benefit.PATIENT_OUTCOMES),
    evidence: evidenceInputId(0, 'label'),
    ...evidenceFieldIds(LIMITS.evidenceLinksMax),
    themeId: radioId('theme', firstThemeId),
    tags: 'tags',
  };
}

function checkText(value: string, max: number, missing: string, tooLong: string): string | undefined {
  const text = value.trim();
  if (!text) return missing;
  if (text.length > max) return tooLong;
  const patientData = findPatientData(text);
  return patientData.length > 0 ? patientDataMessage(patientData) : undefined;
}

function checkTags(form: IdeaForm): string | undefined {
  const tags = tagsOf(form);
  if (tags.length > LIMITS.tagsMax) return M.tagsTooMany;
  if (tags.some((tag) => tag.length > LIMITS.tagMax)) return M.tagTooLong;
  const patientData = findPatientData(tags.join(', '));
  return patientData.length > 0 ? patientDataMessage(patientData) : undefined;
}

const CHECKS: Record<IdeaField, (form: IdeaForm) => string | undefined> = {
  title: (form) => checkText(form.title, LIMITS.ideaTitleMax, M.titleMissing, M.titleTooLong),
  summary: (form) => checkText(form.summary, LIMITS.ideaSummaryMax, M.summaryMissing, M.summaryTooLong),
  problem: (form) => checkText(form.problem, LIMITS.longTextMax, M.problemMissing, M.problemTooLong),
  proposal: (form) => checkText(form.proposal, LIMITS.longTextMax, M.proposalMissing, M.proposalTooLong),
  benefits: (form) => (form.benefits.length === 0 ? M.benefitsMissing : undefined),
  // Each link's label and address are checked by the API, which names the row at fault.
  evidence: (form) => (evidenceOf(form).length > LIMITS.evidenceLinksMax ? M.evidenceTooMany : undefined),
  themeId: (form) => (form.themeId ? undefined : M.themeMissing),
  tags: checkTags,
};

/**
 * The checks the API makes too (with the same words), including the patient-data check, so
 * that a person hears about most problems before anything is sent.
 */
export function checkIdeaFields(form: IdeaForm, fields: readonly IdeaField[]): FieldErrors<IdeaField> {
  const errors: FieldErrors<IdeaField> = {};
  for (const field of fields) {
    const message = CHECKS[field](form);
    if (message) errors[field] = message;
  }
  return errors;
}

const DRAFT_VALUES: { [F in IdeaField]: (form: IdeaForm) => IdeaDraftInput[F] } = {
  title: (form) => form.title.trim(),
  summary: (form) => form.summary.trim(),
  problem: (form) => form.problem.trim(),
  proposal: (form) => form.proposal.trim(),
  benefits: (form) => form.benefits,
  evidence: evidenceOf,
  themeId: (form) => form.themeId || null,
  tags: tagsOf,
};

/** Only the answers of the page being saved: a draft keeps whatever else it already holds. */
export function draftInput(form: IdeaForm, fields: readonly IdeaField[], id?: string): IdeaDraftInput {
  const input: IdeaDraftInput = id ? { id } : {};
  for (const field of fields) Object.assign(input, { [field]: DRAFT_VALUES[field](form) });
  return input;
}

export function editInput(form: IdeaForm, id: string, expectedVersion: number): EditIdeaInput {
  return {
    id,
    expectedVersion,
    title: form.title.trim(),
    summary: form.summary.trim(),
    problem: form.problem.trim(),
    proposal: form.proposal.trim(),
    benefits: form.benefits,
    evidence: evidenceOf(form),
    themeId: form.themeId,
    tags: tagsOf(form),
  };
}
