/** The id of one radio: error summaries link to the first option's id, so pages and NhsRadios must agree on it. */
export function radioId(name: string, value: string): string {
  return `${name}-${value}`;
}
