import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import NhsErrorSummary from './NhsErrorSummary.vue';

describe('NhsErrorSummary', () => {
  beforeEach(() => {
    document.title = 'Sign in – HealthTech Ideas Hub';
  });

  it('links each error to the field that fixes it, and lists the rest as text', () => {
    const wrapper = mount(NhsErrorSummary, {
      props: {
        items: [
          { text: 'Enter your email address', href: '#email' },
          { text: 'Enter your password', href: '#password' },
          { text: 'Too many attempts. Try again in 15 minutes.' },
        ],
      },
    });

    expect(wrapper.get('[role="alert"] h2').text()).toBe('There is a problem');
    expect(wrapper.findAll('a').map((link) => [link.attributes('href'), link.text()])).toEqual([
      ['#email', 'Enter your email address'],
      ['#password', 'Enter your password'],
    ]);
    expect(wrapper.findAll('li')[2].text()).toBe('Too many attempts. Try again in 15 minutes.');
  });

  it('takes focus when it appears and again when the errors change', async () => {
    const wrapper = mount(NhsErrorSummary, {
      props: { items: [{ text: 'Enter your email address', href: '#email' }] },
      attachTo: document.body,
    });
    expect(document.activeElement).toBe(wrapper.element);

    (document.activeElement as HTMLElement).blur();
    await wrapper.setProps({ items: [{ text: 'Enter your password', href: '#password' }] });
    expect(document.activeElement).toBe(wrapper.element);
  });

  it('moves focus to the field when its link is followed', async () => {
    const field = document.createElement('div');
    field.innerHTML = '<label for="email">Email address</label><input id="email">';
    document.body.append(field);
    const wrapper = mount(NhsErrorSummary, {
      props: { items: [{ text: 'Enter your email address', href: '#email' }] },
      attachTo: document.body,
    });

    await wrapper.get('a').trigger('click');

    expect(document.activeElement?.id).toBe('email');
    field.remove();
  });

  it('puts "Error: " before the page title while errors are shown', () => {
    const wrapper = mount(NhsErrorSummary, { props: { items: [{ text: 'Enter your email address' }] } });
    expect(document.title).toBe('Error: Sign in – HealthTech Ideas Hub');

    wrapper.unmount();
    expect(document.title).toBe('Sign in – HealthTech Ideas Hub');
  });
});
