import type { RouteLocationRaw } from 'vue-router';
import { useRoute, useRouter } from 'vue-router';
import { useFormErrors } from '../ui/useFormErrors';
import { useFormSubmit, type Checked } from '../ui/useFormSubmit';
import { useReportDraft, type ReportAnswers } from './reportDraft';
import { nextStep, type ReportStepName } from './reportSteps';

/** The query a "Change" link adds, so that the page goes back to the check page instead of onwards. */
export const FROM_CHECK = { from: 'check' } as const;

/**
 * One question page of a report: checks its answers, keeps them in the draft, and moves on
 * to the next question (or back to "Check your answers" when the answer was being changed).
 * `after` may send the person somewhere else first, such as to sign in.
 */
export function useReportStep<F extends string>(
  step: ReportStepName,
  fieldIds: Readonly<Record<F, string>>,
  check: () => Checked<Partial<ReportAnswers>, F>,
  after?: () => RouteLocationRaw | undefined,
) {
  const draft = useReportDraft();
  const route = useRoute();
  const router = useRouter();
  const errors = useFormErrors<F>(fieldIds);
  const { submit } = useFormSubmit(errors, check, async (answers) => {
    draft.save(answers);
    const changing = route.query.from === FROM_CHECK.from;
    await router.push(after?.() ?? { name: changing ? 'report-check' : nextStep(step) });
  });
  return { ...errors, submit, draft };
}
