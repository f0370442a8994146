import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { routes } from '../router';
import { fakeApi, SIGNED_OUT } from '../test/fakeApi';
import { ADMIN, ASHA, signedIn } from '../test/fixtures';
import { renderApp } from '../test/renderApp';

describe('the ideas pages in the app', () => {
  it('give every page of the app its own title', () => {
    // The title question before its draft exists is the same page as the draft's title question.
    const titles = routes.filter((route) => route.name !== 'idea-new-title').map((route) => route.meta?.title);
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });

  it('are in the header: Ideas for everyone, your ideas once signed in, moderation for administrators', async () => {
    const navigation = (wrapper: Awaited<ReturnType<typeof renderApp>>['wrapper']) =>
      wrapper.findAll('.nhsuk-header a').map((link) => [link.text(), link.attributes('href')]);

    fakeApi({
      Me: SIGNED_OUT,
      IdeaThemes: { data: { themes: [] } },
      Ideas: { data: { ideas: { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } } },
    });
    const visitor = await renderApp('/ideas');
    expect(navigation(visitor.wrapper)).toContainEqual(['Ideas', '/ideas']);
    expect(navigation(visitor.wrapper)).not.toContainEqual(['Your ideas', '/my-ideas']);
    visitor.wrapper.unmount();

    fakeApi({ Me: signedIn(ADMIN), MyIdeas: { data: { myIdeas: [] } } });
    const admin = await renderApp('/my-ideas');
    expect(navigation(admin.wrapper)).toEqual(
      expect.arrayContaining([
        ['Your ideas', '/my-ideas'],
        ['Moderation', '/admin/moderation'],
      ]),
    );
  });

  it('send visitors to sign in before the questions, and bring them back', async () => {
    fakeApi({ Me: SIGNED_OUT });
    const { router, wrapper } = await renderApp('/ideas/new');

    expect(wrapper.find('main a[href="/ideas/new/title"]').exists()).toBe(false);
    expect(wrapper.get('main a[href="/sign-in?redirect=/ideas/new"]').text()).toBe('Sign in to submit an idea');

    await router.push('/ideas/d1/draft/summary');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/sign-in?redirect=/ideas/d1/draft/summary');
  });

  it('offer signed-in people the start of the questions', async () => {
    fakeApi({ Me: signedIn(ASHA) });
    const { wrapper } = await renderApp('/ideas/new');

    expect(wrapper.get('main a[href="/ideas/new/title"]').text()).toBe('Start now');
  });
});
