import { computed } from 'vue';

/**
 * The id of one radio or checkbox: error summaries link to the first option's id, so pages and
 * NhsRadios or NhsCheckboxes must agree on it.
 */
export function radioId(name: string, value: string): string {
  return `${name}-${value}`;
}

/**
 * The ids of a field's hint and error (`${id}-hint`, `${id}-error`, where an error summary links) and the
 * aria-describedby that names those shown: screen readers read the hint and the error when the field gets focus.
 */
export function useDescribedBy(field: { id: string; hint?: string; error?: string }) {
  const hintId = computed(() => `${field.id}-hint`);
  const errorId = computed(() => `${field.id}-error`);
  const describedBy = computed(() => [field.hint && hintId.value, field.error && errorId.value].filter(Boolean).join(' ') || undefined);
  return { hintId, errorId, describedBy };
}
