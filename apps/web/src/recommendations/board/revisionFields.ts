import type { RevisionTextFragment } from '../../graphql/generated/graphql';
import { diffWords, type DiffPart } from './wordDiff';

/** The parts of a revision a person compares, each as one text. */
const FIELDS: readonly { label: string; text: (revision: RevisionTextFragment) => string }[] = [
  { label: 'Title', text: (revision) => revision.title },
  { label: 'Summary', text: (revision) => revision.summary },
  { label: 'Rationale', text: (revision) => revision.rationale },
  {
    label: 'Actions',
    text: (revision) => revision.actions.map((row, index) => `${index + 1}. ${row.action} (who should act: ${row.owner})`).join('\n'),
  },
  { label: 'Audience', text: (revision) => revision.audience },
  { label: 'Organisations concerned', text: (revision) => revision.organisations.join('\n') },
];

export interface FieldDifference {
  label: string;
  parts: DiffPart[];
}

/** Each field's word-level difference from one revision to another. */
export function compareRevisions(from: RevisionTextFragment, to: RevisionTextFragment): FieldDifference[] {
  return FIELDS.map((field) => ({ label: field.label, parts: diffWords(field.text(from), field.text(to)) }));
}
