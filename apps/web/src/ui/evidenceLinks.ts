/** One evidence link as a form holds it (an idea's, a report's, a recommendation's). */
export interface EvidenceRow {
  label: string;
  url: string;
}

/** How the API names a part of an evidence link in BAD_USER_INPUT: `evidence.0.url`. */
export type EvidenceField = `evidence.${number}.${keyof EvidenceRow}`;

/** The id of a part's box, where its error message and the error summary's link point. */
export function evidenceInputId(index: number, part: keyof EvidenceRow): string {
  return `evidence-${index}-${part}`;
}

/** The id of each part's box, for every link a form can hold. */
export function evidenceFieldIds(max: number): Record<EvidenceField, string> {
  const parts = Array.from({ length: max }, (_, index) =>
    (['label', 'url'] as const).map((part) => [`evidence.${index}.${part}`, evidenceInputId(index, part)]),
  );
  return Object.fromEntries(parts.flat()) as Record<EvidenceField, string>;
}
