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

/** One row of an NhsTable: the text of each cell, in the order of the headers. */
export interface TableRow {
  key: string;
  cells: readonly string[];
}

/** What every single-control question takes (NhsInput, NhsTextarea, NhsSelect); NhsFormGroup turns it into the shell. */
export interface FieldProps {
  id: string;
  label: string;
  /** The form field's name; the id unless a form needs another. */
  name?: string;
  hint?: string;
  error?: string;
}

/** What every group of choices takes (NhsCheckboxes, NhsRadios); the name also keys the hint and error ids. */
export interface ChoiceGroupProps {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  hint?: string;
  error?: string;
  /** One question per page: the legend is the page's h1 (and takes focus when the page opens). */
  pageHeading?: boolean;
}
