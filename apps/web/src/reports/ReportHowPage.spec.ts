import { IdentityMode, Profession, Role } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { useReportDraft } from './reportDraft';

async function choose(wrapper: VueWrapper, mode: IdentityMode) {
  await wrapper.get(`#identityMode-${mode}`).setValue(true);
  await wrapper.get('main form').trigger('submit');
  await flushPromises();
}

describe('how do you want to report', () => {
  it('asks for a choice, linking the error to the first option', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper } = await renderApp('/report/how');

    await wrapper.get('main form').trigger('submit');

    expect(wrapper.findAll('.nhsuk-error-summary a').map((link) => [link.attributes('href'), link.text()])).toEqual([
      ['#identityMode-OPEN', 'Select how you want to report'],
    ]);
    expect(wrapper.find('#identityMode-OPEN').exists()).toBe(true);
  });

  it('sends someone choosing to report openly to sign in first, and back here with the choice kept', async () => {
    fakeApi({
      Me: SIGNED_OUT,
      SignIn: {
        data: {
          signIn: {
            id: '1',
            name: 'Priya Shah',
            email: 'priya@example.nhs.uk',
            profession: Profession.CLINICIAN,
            organisation: null,
            roles: [Role.CONTRIBUTOR],
          },
        },
      },
    });
    const { wrapper, router } = await renderApp('/report/how');

    await wrapper.get('#identityMode-OPEN').setValue(true);
    expect(wrapper.get('#conditional-identityMode-OPEN').text()).toContain('You need to sign in to report openly');
    await choose(wrapper, IdentityMode.OPEN);

    expect(router.currentRoute.value.fullPath).toBe('/sign-in?redirect=/report/how');
    await wrapper.get('#email').setValue('priya@example.nhs.uk');
    await wrapper.get('#password').setValue('her password');
    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('report-how');
    expect((wrapper.get('#identityMode-OPEN').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('main form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('report-guidance');
  });

  it('lets a visitor report anonymously without signing in', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { wrapper, router } = await renderApp('/report/how');

    await choose(wrapper, IdentityMode.ANONYMOUS);

    expect(router.currentRoute.value.name).toBe('report-guidance');
    expect(useReportDraft().answers.identityMode).toBe(IdentityMode.ANONYMOUS);
    expect(wrapper.get('h1').text()).toBe('Which guidance or standard is not being followed?');
  });

  it('tells a signed-in person that an anonymous report is not linked to their account', async () => {
    fakeApi({ Me: signedInAs() });
    const { wrapper, router } = await renderApp('/report/how');

    await wrapper.get('#identityMode-ANONYMOUS').setValue(true);
    expect(wrapper.get('#conditional-identityMode-ANONYMOUS').text()).toContain('will not be linked to your account');
    await choose(wrapper, IdentityMode.CONFIDENTIAL);

    expect(router.currentRoute.value.name).toBe('report-guidance');
  });
});
