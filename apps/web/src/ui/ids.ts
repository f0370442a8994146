/**
 * The id of one radio or checkbox: error summaries link to the first option's id, so pages and
 * NhsRadios or NhsCheckboxes must agree on it.
 */
export function radioId(name: string, value: string): string {
  return `${name}-${value}`;
}
