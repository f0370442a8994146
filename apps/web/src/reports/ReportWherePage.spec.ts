import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { useReportDraft } from './reportDraft';

const ORGANISATIONS = {
  data: {
    organisations: [
      { odsCode: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' },
      { odsCode: 'RJ1', name: 'Guy’s and St Thomas’ NHS Foundation Trust' },
    ],
  },
};

describe('where is this happening', () => {
  it('lists the organisations by name, and keeps the one chosen', async () => {
    fakeApi({ Me: SIGNED_OUT, Organisations: ORGANISATIONS });
    const { wrapper, router } = await renderApp('/report/where');

    expect(wrapper.findAll('#organisation option').map((option) => option.text())).toEqual([
      'Not chosen',
      'Guy’s and St Thomas’ NHS Foundation Trust',
      'Leeds Teaching Hospitals NHS Trust',
      'Not listed',
    ]);
    await wrapper.get('#organisation').setValue('RR8');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('report-what-happens');
    expect(useReportDraft().answers.organisation).toEqual({ odsCode: 'RR8', name: 'Leeds Teaching Hospitals NHS Trust' });
  });

  it('asks for the name of an organisation that is not listed', async () => {
    fakeApi({ Me: SIGNED_OUT, Organisations: ORGANISATIONS });
    const { wrapper, router } = await renderApp('/report/where');
    expect(wrapper.find('#organisation-name').exists()).toBe(false);

    await wrapper.get('#organisation').setValue('NOT_LISTED');
    await wrapper.get('main form').trigger('submit');
    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#organisation-name');

    await wrapper.get('#organisation-name').setValue('St Elsewhere Community Hospital');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('report-what-happens');
    expect(useReportDraft().answers).toMatchObject({ organisation: null, organisationName: 'St Elsewhere Community Hospital' });
  });
});
