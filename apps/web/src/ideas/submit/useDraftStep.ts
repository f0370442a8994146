import { IdeaStatus } from '@ideas-hub/domain';
import { computed, onMounted, reactive, shallowRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { request } from '../../graphql/client';
import { IdeaDraftDocument, SaveIdeaDraftDocument, type IdeaDraftFragment } from '../../graphql/generated/graphql';
import { useFormErrors } from '../../ui/useFormErrors';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { useIdempotencyKey } from '../../ui/useIdempotencyKey';
import { checkIdeaFields, draftInput, emptyIdeaForm, ideaFieldIds, ideaFormFrom, type IdeaProblemField } from '../ideaForm';
import { afterStep, beforeStep, draftStepRoute, type DraftStep } from './draftSteps';

/** The draft a question page edits: `id` absent on the very first page, before anything is saved. */
export function useDraftId() {
  const route = useRoute();
  return computed(() => (typeof route.params.id === 'string' ? route.params.id : undefined));
}

/** Loads the draft behind a page; a submitted idea has left the submit form, so its page is shown instead. */
export function useDraft(onLoaded: (idea: IdeaDraftFragment) => void, onFailed: (error: unknown) => void) {
  const router = useRouter();
  const id = useDraftId();
  const loading = shallowRef(id.value !== undefined);

  onMounted(async () => {
    const draftId = id.value;
    if (!draftId) return;
    try {
      const { idea } = await request(IdeaDraftDocument, { id: draftId });
      if (idea.status !== IdeaStatus.DRAFT) {
        await router.replace({ name: 'idea', params: { id: idea.id } });
        return;
      }
      onLoaded(idea);
    } catch (error) {
      onFailed(error);
    } finally {
      loading.value = false;
    }
  });

  return { id, loading };
}

/**
 * One question page of the submit form: it shows the draft's answer, checks it as the API
 * would, saves it to the draft and moves on. Saving on every page lets a person leave and
 * come back from "Your ideas".
 */
export function useDraftStep(step: DraftStep) {
  const route = useRoute();
  const router = useRouter();
  const fromCheck = computed(() => route.query.change === 'yes');

  const form = reactive(emptyIdeaForm());
  // Reactive, so the theme question can point its errors at its first radio once themes load.
  const fieldIds = reactive(ideaFieldIds());
  const errors = useFormErrors<IdeaProblemField>(fieldIds);
  const { id, loading } = useDraft((idea) => Object.assign(form, ideaFormFrom(idea)), errors.showFailure);
  // Only the first save creates the draft: a retry of it must not make a second one.
  const idempotency = useIdempotencyKey();

  const { submitting, submit } = useFormSubmit(
    errors,
    () => {
      const problems = checkIdeaFields(form, step.fields);
      return Object.keys(problems).length > 0
        ? { ok: false, errors: problems }
        : { ok: true, input: draftInput(form, step.fields, id.value) };
    },
    async (input) => {
      const { saveIdeaDraft: draft } = await idempotency.send((idempotencyKey) =>
        request(SaveIdeaDraftDocument, { input: input.id ? input : { ...input, idempotencyKey } }),
      );
      // The first save creates the draft: from now on this page's address names it, so "Back" finds it.
      if (!id.value) await router.replace(draftStepRoute(step.key, draft.id));
      await router.push(afterStep(step.key, draft.id, fromCheck.value));
    },
  );

  const back = computed(() => beforeStep(step.key, id.value, fromCheck.value));

  return { form, fieldIds, fieldErrors: errors.fieldErrors, summary: errors.summary, loading, submitting, submit, back };
}
