import { Role } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { BOARD, MARTIN, signedInAs } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

const MEMBERS = { data: { boardMembers: BOARD } };

async function fillDate(wrapper: VueWrapper, id: string, [day, month, year]: string[]) {
  await wrapper.get(`#${id}-day`).setValue(day);
  await wrapper.get(`#${id}-month`).setValue(month);
  await wrapper.get(`#${id}-year`).setValue(year);
}

async function submit(wrapper: VueWrapper) {
  wrapper.get('#interest-organisation').element.closest('form')!.dispatchEvent(new Event('submit'));
  await flushPromises();
}

const registerRows = (wrapper: VueWrapper) => wrapper.findAll('main tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()));

describe('the board, for anyone', () => {
  it('lists the members with their roles and how many interests they declare', async () => {
    fakeApi({ Me: SIGNED_OUT, BoardMembers: MEMBERS });
    const { wrapper } = await renderApp('/board/members');

    expect(wrapper.get('h1').text()).toBe('The board');
    expect(wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))).toEqual([
      ['Dr Priya Shah', 'Chair', 'Clinician', 'HealthTech Advisory Board', 'None declared'],
      ['Prof. Martin Okafor', 'Board member', 'Academic', 'University of Leeds', '1 interest'],
      ['Sarah Lindqvist', 'Board member', 'Technology expert', 'Not given', 'None declared'],
    ]);
    expect(wrapper.get('tbody a[href="/board/members/m1"]').text()).toBe('Prof. Martin Okafor');
    expect(wrapper.get('.nhsuk-footer__list a[href="/board/members"]').text()).toBe('The board');
  });

  it('publishes a member’s register of interests, without a form for visitors', async () => {
    fakeApi({ Me: SIGNED_OUT, BoardMembers: MEMBERS });
    const { wrapper } = await renderApp(`/board/members/${MARTIN.id}`);

    expect(wrapper.get('h1').text()).toBe('Prof. Martin Okafor');
    expect(document.title).toBe('Prof. Martin Okafor – HealthTech Ideas Hub');
    expect(wrapper.get('main caption').text()).toBe('Register of interests of Prof. Martin Okafor');
    expect(wrapper.findAll('main thead th').map((header) => header.text())).toEqual([
      'Organisation or supplier',
      'Nature of the interest',
      'From',
      'To',
    ]);
    expect(registerRows(wrapper)).toEqual([['Acme Health Ltd', 'Paid advisory role', '1 April 2025', 'Ongoing']]);
    expect(wrapper.find('#interest-organisation').exists()).toBe(false);
  });

  it('says when there is no such member', async () => {
    fakeApi({ Me: SIGNED_OUT, BoardMembers: MEMBERS });
    const { wrapper } = await renderApp('/board/members/nobody');
    expect(wrapper.get('h1').text()).toBe('Board member not found');
  });
});

describe('declaring an interest on your own profile', () => {
  it('checks the dates before sending, then adds the entry to the register', async () => {
    const added = { id: 'i2', organisation: 'Open Health Foundation', nature: 'Unpaid trustee', from: '2026-01-15', to: null };
    const calls = fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      BoardMembers: MEMBERS,
      DeclareInterest: { data: { declareInterest: added } },
    });
    const { wrapper } = await renderApp(`/board/members/${MARTIN.id}`);

    await wrapper.get('#interest-organisation').setValue('Open Health Foundation');
    await wrapper.get('#interest-nature').setValue('Unpaid trustee');
    await fillDate(wrapper, 'interest-from', ['31', '2', '2026']);
    await fillDate(wrapper, 'interest-to', ['1', '1', '2026']);
    await submit(wrapper);

    expect(wrapper.findAll('.nhsuk-error-summary a').map((link) => [link.attributes('href'), link.text()])).toEqual([
      ['#interest-from-day', 'The date the interest began must be a real date, for example 1 4 2025'],
    ]);
    expect(wrapper.get('#interest-from-day').classes()).toContain('nhsuk-input--error');
    expect(calls.some((call) => call.operationName === 'DeclareInterest')).toBe(false);

    await fillDate(wrapper, 'interest-from', ['15', '1', '2026']);
    await submit(wrapper);
    expect(wrapper.get('.nhsuk-error-summary a').text()).toBe('The date the interest ended must be the same as or after the date it began');

    await fillDate(wrapper, 'interest-to', ['', '', '']);
    await submit(wrapper);

    expect(calls.at(-1)?.variables).toEqual({
      input: { organisation: 'Open Health Foundation', nature: 'Unpaid trustee', from: '2026-01-15', to: null },
    });
    expect(registerRows(wrapper)).toEqual([
      ['Open Health Foundation', 'Unpaid trustee', '15 January 2026', 'Ongoing'],
      ['Acme Health Ltd', 'Paid advisory role', '1 April 2025', 'Ongoing'],
    ]);
    expect(wrapper.text()).toContain('Open Health Foundation has been added to your register of interests.');
    expect((wrapper.get('#interest-organisation').element as HTMLInputElement).value).toBe('');
  });

  it('shows the API’s problems beside the fields they concern', async () => {
    fakeApi({
      Me: signedInAs(MARTIN, Role.BOARD_MEMBER),
      BoardMembers: MEMBERS,
      DeclareInterest: {
        errors: [
          {
            message: 'Invalid input',
            extensions: { code: 'BAD_USER_INPUT' as never, fields: [{ field: 'nature', message: 'Describe the nature of the interest' }] },
          },
        ],
      },
    });
    const { wrapper } = await renderApp(`/board/members/${MARTIN.id}`);
    await wrapper.get('#interest-organisation').setValue('Acme');
    await wrapper.get('#interest-nature').setValue('Shares');
    await fillDate(wrapper, 'interest-from', ['1', '4', '2025']);
    await submit(wrapper);

    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#interest-nature');
    expect(wrapper.get('#interest-nature-error').text()).toContain('Describe the nature of the interest');
  });

  it('is not offered on another member’s profile', async () => {
    fakeApi({ Me: signedInAs({ id: 'm2', name: 'Sarah Lindqvist' }, Role.BOARD_MEMBER), BoardMembers: MEMBERS });
    const { wrapper } = await renderApp(`/board/members/${MARTIN.id}`);
    expect(wrapper.find('#interest-organisation').exists()).toBe(false);
  });
});
