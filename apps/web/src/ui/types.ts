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
}

export interface SummaryRow {
  key: string;
  value: string;
}
