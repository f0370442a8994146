import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import NhsInput from './NhsInput.vue';

describe('NhsInput', () => {
  it('labels the input and describes it by its hint', () => {
    const wrapper = mount(NhsInput, {
      props: { id: 'password', label: 'Password', hint: 'Must be at least 10 characters', modelValue: '' },
    });

    expect(wrapper.get('label').attributes('for')).toBe('password');
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('password-hint');
    expect(wrapper.find('.nhsuk-form-group--error').exists()).toBe(false);
  });

  it('shows an error beside the field and tells assistive technology about it', () => {
    const wrapper = mount(NhsInput, {
      props: { id: 'email', label: 'Email address', error: 'Enter your email address', modelValue: '' },
    });

    const input = wrapper.get('input');
    expect(input.classes()).toContain('nhsuk-input--error');
    expect(input.attributes('aria-describedby')).toBe('email-error');
    expect(wrapper.get('#email-error').text()).toBe('Error: Enter your email address');
    expect(wrapper.classes()).toContain('nhsuk-form-group--error');
  });

  it('updates the model as the user types', async () => {
    const wrapper = mount(NhsInput, {
      props: {
        id: 'name',
        label: 'Full name',
        modelValue: '',
        'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }),
      },
    });

    await wrapper.get('input').setValue('Ada Lovelace');
    expect(wrapper.props('modelValue')).toBe('Ada Lovelace');
  });
});
