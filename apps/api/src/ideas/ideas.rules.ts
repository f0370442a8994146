import { findPatientData, IDEA_MESSAGES as M, patientDataMessage } from '@ideas-hub/domain';
import type { FieldError } from '../platform/graphql/errors';
import type { IdeaContent } from './ideas.inputs';

/** Everything an idea needs before the board sees it, each missing part named at once. */
export function missingFields(idea: IdeaContent): FieldError[] {
  const missing: FieldError[] = [];
  if (!idea.title) missing.push({ field: 'title', message: M.titleMissing });
  if (!idea.summary) missing.push({ field: 'summary', message: M.summaryMissing });
  if (!idea.problem) missing.push({ field: 'problem', message: M.problemMissing });
  if (!idea.proposal) missing.push({ field: 'proposal', message: M.proposalMissing });
  if (!idea.benefits?.length) missing.push({ field: 'benefits', message: M.benefitsMissing });
  if (!idea.themeId) missing.push({ field: 'themeId', message: M.themeMissing });
  return missing;
}

const FREE_TEXT = ['title', 'summary', 'problem', 'proposal'] as const;

/** Ideas are public: text that looks like it identifies a patient must come out before anyone else reads it. */
export function patientDataErrors(idea: IdeaContent): FieldError[] {
  return FREE_TEXT.flatMap((field) => {
    const found = findPatientData(idea[field] ?? '');
    return found.length ? [{ field, message: patientDataMessage(found) }] : [];
  });
}

/** What stops an idea from going public, or nothing when it is ready. */
export function publicationErrors(idea: IdeaContent): FieldError[] {
  return [...missingFields(idea), ...patientDataErrors(idea)];
}
