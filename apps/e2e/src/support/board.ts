import type { Page } from 'playwright-core';
import { main } from './hub';

/** The rubric's criteria, as the review form labels them. */
export const CRITERIA = [
  'Impact on patient outcomes',
  'Impact on patient experience',
  'Impact on staff',
  'Feasibility',
  'Strength of evidence',
  'Fit with open standards and interoperability',
];

export function scoreRadio(page: Page, criterion: string, score: number) {
  return main(page)
    .getByRole('group', { name: criterion })
    .getByRole('radio', { name: String(score), exact: true });
}
