import { Profession, Role } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';

const account = (roles: Role[]) => ({
  id: '3',
  name: 'Mary Seacole',
  email: 'mary@example.com',
  profession: Profession.NURSE_MIDWIFE_AHP,
  organisation: null,
  roles,
});

describe('the account page', () => {
  it('lists the account’s details', async () => {
    fakeApi({ Me: { data: { me: account([Role.CONTRIBUTOR, Role.BOARD_MEMBER]) } } });
    const { wrapper } = await renderApp('/account');

    const rows = wrapper.findAll('.nhsuk-summary-list__row').map((row) => [row.get('dt').text(), row.get('dd').text()]);
    expect(rows).toEqual([
      ['Name', 'Mary Seacole'],
      ['Email address', 'mary@example.com'],
      ['Profession', 'Nurse, midwife or allied health professional'],
      ['Organisation', 'Not given'],
      ['Roles', 'Contributor, Board member'],
    ]);
    expect(wrapper.find('.nhsuk-table').exists()).toBe(false);
  });

  it('shows administrators every account', async () => {
    fakeApi({
      Me: { data: { me: account([Role.CONTRIBUTOR, Role.ADMIN]) } },
      Accounts: {
        data: {
          accounts: [{ id: '9', name: 'Alan Turing', email: 'alan@example.com', roles: [Role.CHAIR], disabled: true }],
        },
      },
    });
    const { wrapper } = await renderApp('/account');
    await flushPromises();

    expect(wrapper.findAll('.nhsuk-table__body td').map((cell) => cell.text())).toEqual([
      'Alan Turing',
      'alan@example.com',
      'Chair',
      'Disabled',
    ]);
  });

  it('signs out and goes to the home page', async () => {
    const calls = fakeApi({
      Me: { data: { me: account([Role.CONTRIBUTOR]) } },
      SignOut: { data: { signOut: true } },
      LatestRecommendations: { data: { recommendations: { edges: [] } } },
    });
    const { wrapper, router } = await renderApp('/account');

    await wrapper.get('main form').trigger('submit');
    await flushPromises();

    expect(calls.map((call) => call.operationName)).toContain('SignOut');
    expect(router.currentRoute.value.name).toBe('home');
    expect(wrapper.get('.nhsuk-header__account').text()).toContain('Sign in');
  });
});
