import { mount } from '@vue/test-utils';
import { Header } from 'nhsuk-frontend';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import NhsHeader from './NhsHeader.vue';

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] });
const HOME = { text: 'Home', to: '/' };
const REPORT = { text: 'Report a gap', to: '/report' };
const BOARD = { text: 'Board reports', to: '/board/reports' };

function menuTexts(): string[] {
  return [...document.querySelectorAll('.nhsuk-header__navigation-item')].map((item) => item.textContent?.trim() ?? '');
}

describe('NhsHeader', () => {
  it('keeps the menu in order, with NHS.UK’s script running, when signing in adds an item', async () => {
    const wrapper = mount(NhsHeader, {
      props: { serviceName: 'HealthTech Ideas Hub', navigation: [HOME, REPORT], account: [] },
      global: { plugins: [router] },
      attachTo: document.body,
    });
    // As main.ts starts the shell's scripts once the app is mounted.
    new Header(wrapper.get('header').element);

    await wrapper.setProps({ navigation: [HOME, REPORT, BOARD] });
    window.dispatchEvent(new Event('resize'));
    await new Promise((done) => requestAnimationFrame(() => done(undefined)));

    expect(menuTexts()).toEqual(['Home', 'Report a gap', 'Board reports']);
    expect(wrapper.get('header').attributes()).toHaveProperty('data-nhsuk-header-init');
  });
});
