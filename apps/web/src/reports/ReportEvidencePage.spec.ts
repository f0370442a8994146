import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { COMPLETE_ANSWERS } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { useReportDraft } from './reportDraft';

describe('evidence links', () => {
  it('adds and removes rows, keeps the filled ones, and moves focus to the row that is there', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper, router } = await renderApp('/report/evidence');
    useReportDraft().save({ ...structuredClone(COMPLETE_ANSWERS), evidence: [] });

    await wrapper.get('#evidence-0-label').setValue('Audit 2025');
    await wrapper.get('#evidence-0-url').setValue('https://example.org/audit');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Add another link')!
      .trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('evidence-1-label');
    await wrapper.get('#evidence-1-label').setValue('Minutes');

    await wrapper.get('main form').trigger('submit');
    const link = wrapper.get('.nhsuk-error-summary a');
    expect([link.attributes('href'), link.text()]).toEqual(['#evidence-1-url', 'Enter the web address of the evidence']);

    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Remove link 2')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('#evidence-1-label').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('evidence-0-label');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('report-check');
    expect(useReportDraft().answers.evidence).toEqual([{ label: 'Audit 2025', url: 'https://example.org/audit' }]);
  });

  it('sets the button that adds a link apart from Continue', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper } = await renderApp('/report/evidence');

    const add = wrapper.findAll('main button').find((button) => button.text() === 'Add another link')!;
    expect(add.element.parentElement?.classList).toContain('nhsuk-u-margin-bottom-6');
    expect(add.element.parentElement?.querySelector('button[type="submit"]')).toBeNull();
  });
});
