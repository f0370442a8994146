import type { LinkItem } from '../ui/types';

/** The question pages of a report, in the order they are asked; each route's name and page title. */
export const REPORT_STEPS = [
  { name: 'report-how', path: 'how', title: 'How do you want to report?' },
  { name: 'report-guidance', path: 'guidance', title: 'Which guidance or standard is not being followed?' },
  { name: 'report-where', path: 'where', title: 'Where is this happening?' },
  { name: 'report-what-happens', path: 'what-happens', title: 'What happens now?' },
  { name: 'report-what-should-happen', path: 'what-should-happen', title: 'What should happen?' },
  { name: 'report-impact', path: 'impact', title: 'What is the impact on patients or staff?' },
  { name: 'report-evidence', path: 'evidence', title: 'Do you have links to evidence?' },
] as const;

export type ReportStepName = (typeof REPORT_STEPS)[number]['name'];

/** The three long answers, each asked on a page of its own with the same shape. */
export const TEXT_QUESTIONS = {
  whatHappens: {
    step: 'report-what-happens',
    hint: 'Describe what you have seen, where in the care pathway it happens and how often.',
    missing: 'Describe what happens now',
    name: 'What happens now',
  },
  whatShouldHappen: {
    step: 'report-what-should-happen',
    hint: 'Describe what the guidance or standard says should happen instead.',
    missing: 'Describe what should happen',
    name: 'What should happen',
  },
  impact: {
    step: 'report-impact',
    hint: 'For example, on patient safety, outcomes or experience, or on staff time and wellbeing.',
    missing: 'Describe the impact on patients or staff',
    name: 'Impact on patients or staff',
  },
} as const satisfies Record<string, { step: ReportStepName; hint: string; missing: string; name: string }>;

export type TextQuestion = keyof typeof TEXT_QUESTIONS;

export const REPORT_START: LinkItem = { text: 'Report where best practice is not being followed', to: { name: 'report-start' } };

/** The page after `step`: the next question, or the check-your-answers page after the last one. */
export function nextStep(step: ReportStepName): ReportStepName | 'report-check' {
  const index = REPORT_STEPS.findIndex((candidate) => candidate.name === step);
  return REPORT_STEPS[index + 1]?.name ?? 'report-check';
}

/** The first question still to answer, for someone who reaches "Check your answers" without them (after a reload). */
export function firstUnansweredStep(answers: {
  identityMode: string;
  guidance: string;
  whatHappens: string;
  whatShouldHappen: string;
  impact: string;
}): ReportStepName | null {
  if (!answers.identityMode) return 'report-how';
  if (!answers.guidance) return 'report-guidance';
  const question = (Object.keys(TEXT_QUESTIONS) as TextQuestion[]).find((key) => !answers[key]);
  return question ? TEXT_QUESTIONS[question].step : null;
}
