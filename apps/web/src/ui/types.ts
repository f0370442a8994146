import type { RouteLocationRaw } from 'vue-router';

export interface LinkItem {
  text: string;
  to: RouteLocationRaw;
}

/** An entry of the header's account area: a link, or a button that runs an action (like signing out). */
export type HeaderAccountItem = (LinkItem & { icon?: boolean }) | { text: string; action: () => void };

export interface ErrorSummaryItem {
  text: string;
  /** `#` and the id of the field to fix; absent for problems no single field can fix. */
  href?: string;
}

export interface RadioOption {
  value: string;
  label: string;
  /** Shown under the option's label, and read with it. */
  hint?: string;
}

export interface SummaryRow {
  key: string;
  value: string;
  /** A link to change the answer (check-your-answers pages); `id` lets an error summary point at it. */
  change?: { to: RouteLocationRaw; visuallyHiddenText: string; id?: string };
  /** A problem with this answer, shown in the row. */
  error?: string;
}
