import { ErrorCode } from '@ideas-hub/domain';
import { computed, shallowRef, type ShallowRef } from 'vue';
import { GraphQLRequestError } from '../graphql/client';
import type { ErrorSummaryItem } from './types';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** NHS.UK's wording for the service itself failing: nothing the user typed can fix it. */
export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** What to tell people when an action (not a form) fails: the API's own words where they are written for people. */
function failureMessage(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) {
    console.error(error);
    return SERVICE_PROBLEM;
  }
  return error.hasCode(ErrorCode.INTERNAL_SERVER_ERROR) ? SERVICE_PROBLEM : error.message;
}

/** The problems of a page's actions (endorse, follow), shown in its error summary: each failure replaces the last. */
export function useActionProblems() {
  const problems = shallowRef<readonly ErrorSummaryItem[]>([]);
  const failed = (error: unknown): void => {
    problems.value = [{ text: failureMessage(error) }];
  };
  const clear = (): void => {
    problems.value = [];
  };
  return { problems, failed, clear };
}

/**
 * The errors of one form: per field (shown inline and linked from the summary) and for the
 * form as a whole (summary only). `fieldIds` maps each input property to the id of the
 * element to focus, in the order the fields appear on the page.
 */
export function useFormErrors<F extends string>(fieldIds: Readonly<Record<F, string>>) {
  const fields = Object.keys(fieldIds) as F[];
  const fieldErrors: ShallowRef<FieldErrors<F>> = shallowRef({});
  const formErrors = shallowRef<readonly string[]>([]);

  const summary = computed<ErrorSummaryItem[]>(() => [
    ...fields.flatMap((field) => {
      const text = fieldErrors.value[field];
      return text ? [{ text, href: `#${fieldIds[field]}` }] : [];
    }),
    ...formErrors.value.map((text) => ({ text })),
  ]);

  function show(errors: FieldErrors<F>, others: readonly string[] = []): void {
    fieldErrors.value = errors;
    formErrors.value = others;
  }

  /** Shows why a request failed: the API's field problems beside their fields, anything else in the summary. */
  function showFailure(error: unknown): void {
    if (!(error instanceof GraphQLRequestError)) {
      console.error(error);
      show({}, [SERVICE_PROBLEM]);
      return;
    }
    const byField: FieldErrors<F> = {};
    const others = new Set<string>();
    for (const problem of error.errors) {
      const { code, fields: problems = [] } = problem.extensions ?? {};
      for (const { field, message } of problems) {
        if (isField(field)) byField[field] ??= message;
        else others.add(message);
      }
      if (problems.length === 0) {
        // Internal errors carry no message meant for people; every other code's message is written for them.
        others.add(code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR ? SERVICE_PROBLEM : problem.message);
      }
    }
    show(byField, [...others]);
  }

  function isField(name: string): name is F {
    return Object.hasOwn(fieldIds, name);
  }

  return { fieldErrors, summary, show, showFailure };
}
