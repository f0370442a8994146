import { ref } from 'vue';
import { useFormErrors, type FieldErrors } from './useFormErrors';

/** The result of checking a form in the browser: the input to send, or what to fix. */
export type Checked<Input, F extends string> = { ok: true; input: Input } | { ok: false; errors: FieldErrors<F> };

/**
 * Submits a form the NHS.UK way: check in the browser first, then send once
 * (a second press while sending does nothing), and show what went wrong.
 */
export function useFormSubmit<F extends string, Input>(
  errors: Pick<ReturnType<typeof useFormErrors<F>>, 'show' | 'showFailure'>,
  check: () => Checked<Input, F>,
  send: (input: Input) => Promise<unknown>,
) {
  const submitting = ref(false);

  async function submit(): Promise<void> {
    if (submitting.value) return;
    const checked = check();
    if (!checked.ok) return errors.show(checked.errors);
    submitting.value = true;
    try {
      await send(checked.input);
    } catch (error) {
      errors.showFailure(error);
    } finally {
      submitting.value = false;
    }
  }

  return { submitting, submit };
}

/**
 * A form's errors and its submit together, for the usual form that checks, sends and shows what went wrong.
 * `send` may clear the errors with `show({})` when the form stays on the page after a success.
 */
export function useCheckedForm<F extends string, Input>(
  fieldIds: Readonly<Record<F, string>>,
  check: () => Checked<Input, F>,
  send: (input: Input) => Promise<unknown>,
) {
  const errors = useFormErrors<F>(fieldIds);
  return { ...errors, ...useFormSubmit(errors, check, send) };
}
