import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { useReportDraft } from './reportDraft';

describe('the long questions of a report', () => {
  it('warns about what looks like an NHS number, links the warning to the field, and keeps it out of the draft', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper, router } = await renderApp('/report/what-happens');

    await wrapper.get('#whatHappens').setValue('The patient 943 476 5919 was not screened.');
    await wrapper.get('main form').trigger('submit');

    const link = wrapper.get('.nhsuk-error-summary a');
    expect(link.attributes('href')).toBe('#whatHappens');
    expect(link.text()).toBe(
      'Remove what looks like an NHS number (“943 476 5919”): do not include information that could identify a patient',
    );
    expect(wrapper.get('#whatHappens-error').text()).toContain('Remove what looks like an NHS number');
    expect(router.currentRoute.value.name).toBe('report-what-happens');
    expect(useReportDraft().answers.whatHappens).toBe('');

    await wrapper.get('#whatHappens').setValue('A patient was not screened.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('report-what-should-happen');
    expect(useReportDraft().answers.whatHappens).toBe('A patient was not screened.');
  });

  it('gives each long question its own page, answer and heading', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper, router } = await renderApp('/report/what-happens');
    expect(wrapper.get('h1 label').text()).toBe('What happens now?');

    await wrapper.get('#whatHappens').setValue('Screening is skipped at night.');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('h1 label').text()).toBe('What should happen?');
    expect((wrapper.get('#whatShouldHappen').element as HTMLTextAreaElement).value).toBe('');
    expect(document.activeElement?.tagName).toBe('H1');

    await wrapper.get('main form').trigger('submit');
    expect(wrapper.get('.nhsuk-error-summary a').text()).toBe('Describe what should happen');

    router.back();
    await flushPromises();
    expect((wrapper.get('#whatHappens').element as HTMLTextAreaElement).value).toBe('Screening is skipped at night.');
  });
});
