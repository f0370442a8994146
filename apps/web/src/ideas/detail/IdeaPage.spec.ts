import { ContentType, ErrorCode, IdeaStatus, ModerationDecision } from '@ideas-hub/domain';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { failingOnce, fakeApi, idempotencyKeysOf, SIGNED_OUT, UUID_V4, type FakeResponse } from '../../test/fakeApi';
import { aComment, ADMIN, anIdea, ASHA, BEN, signedIn } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

async function ideaPage(me: FakeResponse, idea = anIdea(), answers: Parameters<typeof fakeApi>[0] = {}) {
  const calls = fakeApi({ Me: me, Idea: { data: { idea } }, ...answers });
  const rendered = await renderApp(`/ideas/${idea.id}`);
  return { calls, ...rendered };
}

function button(wrapper: VueWrapper, text: string) {
  return wrapper.findAll('main button').find((candidate) => candidate.text() === text);
}

describe('an idea’s page', () => {
  it('shows the idea, its author, its history and its edits', async () => {
    const idea = anIdea({
      status: IdeaStatus.UNDER_REVIEW,
      history: [
        { fromStatus: IdeaStatus.DRAFT, toStatus: IdeaStatus.SUBMITTED, reason: null, at: '2026-03-03T10:00:00Z' },
        { fromStatus: IdeaStatus.SUBMITTED, toStatus: IdeaStatus.UNDER_REVIEW, reason: 'Picked for April', at: '2026-03-10T10:00:00Z' },
      ],
      revisions: [
        { version: 1, title: 'Old title', summary: 'Old summary', problem: 'p', proposal: 'q', editedAt: '2026-03-03T10:00:00Z' },
        {
          version: 2,
          title: 'Share discharge summaries as structured documents',
          summary: 's',
          problem: 'p',
          proposal: 'q',
          editedAt: '2026-03-05T10:00:00Z',
        },
      ],
    });
    const { wrapper } = await ideaPage(SIGNED_OUT, idea);

    expect(wrapper.get('h1').text()).toBe('Share discharge summaries as structured documents');
    expect(document.title).toBe('Share discharge summaries as structured documents – HealthTech Ideas Hub');
    expect(wrapper.get('.nhsuk-caption-l').text()).toBe('Interoperability');
    const text = wrapper.get('main').text();
    expect(text).toContain('Under review');
    expect(text).toContain('By Asha Patel, Clinician, submitted 3 March 2026 (edited)');
    expect(text).toContain('GP practices retype discharge letters by hand.');
    expect(wrapper.findAll('main .nhsuk-list--bullet li').map((item) => item.text())).toEqual([
      'Patient outcomes',
      'Staff time and wellbeing',
      'PRSB standard',
    ]);
    expect(wrapper.get('a[href="https://theprsb.org/standards/"]').attributes('rel')).toContain('noopener');
    expect(wrapper.get('a[href="/ideas?tag=fhir"]').text()).toContain('fhir');
    expect(wrapper.findAll('ol.nhsuk-list li').map((item) => item.text())).toEqual([
      'Submitted on 3 March 2026',
      'Under review on 10 March 2026Reason: Picked for April',
    ]);
    expect(text).toContain('Edited once since it was submitted, most recently on 5 March 2026.');
    expect(wrapper.findAll('main h3').map((heading) => heading.text())).toEqual([
      'Version 1, submitted 3 March 2026',
      'Version 2, edited 5 March 2026',
    ]);
  });

  it('shows why an idea was declined, and where a merged idea went', async () => {
    const declined = await ideaPage(SIGNED_OUT, anIdea({ status: IdeaStatus.DECLINED, declinedReason: 'Already national policy' }));
    expect(declined.wrapper.get('.nhsuk-inset-text').text()).toContain('The board declined this idea. Reason: Already national policy');

    const merged = await ideaPage(SIGNED_OUT, anIdea({ status: IdeaStatus.MERGED, mergedInto: { id: 'i2', title: 'The surviving idea' } }));
    expect(merged.wrapper.get('.nhsuk-inset-text a').attributes('href')).toBe('/ideas/i2');
  });

  it('links an adopted idea to the recommendation it was adopted into', async () => {
    const adopted = anIdea({ status: IdeaStatus.ADOPTED_INTO_RECOMMENDATION, adoptedInto: { id: 'r1', title: 'Shared care records' } });
    const { wrapper } = await ideaPage(SIGNED_OUT, adopted);

    const link = wrapper.get('.nhsuk-inset-text a');
    expect(link.text()).toBe('Shared care records');
    expect(link.attributes('href')).toBe('/recommendations/r1');
  });

  it('asks visitors to sign in, and offers them no actions', async () => {
    const { wrapper } = await ideaPage(SIGNED_OUT, anIdea({ comments: [aComment('k1')] }));

    expect(wrapper.findAll('a[href="/sign-in?redirect=/ideas/i1"]').map((link) => link.text())).toEqual([
      'Sign in to comment',
      'Sign in to endorse or comment',
    ]);
    expect(wrapper.findAll('main button')).toHaveLength(0);
    expect(wrapper.find('#comment-body').exists()).toBe(false);
    expect(wrapper.get('#comment-k1 .ideas-comment__body strong').text()).toBe('k1');
  });

  it('lets another person endorse the idea and withdraw the endorsement', async () => {
    let endorsed = false;
    const reactions = () => ({ id: 'i1', endorsementCount: endorsed ? 4 : 3, endorsedByMe: endorsed, followedByMe: false, hidden: false });
    const { wrapper, calls } = await ideaPage(signedIn(BEN), anIdea(), {
      EndorseIdea: () => ((endorsed = true), { data: { endorseIdea: reactions() } }),
      WithdrawEndorsement: () => ((endorsed = false), { data: { withdrawEndorsement: reactions() } }),
    });

    expect(wrapper.get('[data-testid="endorsements"]').text()).toBe('3 endorsements');
    await button(wrapper, 'Endorse this idea')!.trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="endorsements"]').text()).toBe('4 endorsements');
    expect(wrapper.text()).toContain('You endorse this idea.');

    await button(wrapper, 'Withdraw your endorsement')!.trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="endorsements"]').text()).toBe('3 endorsements');
    expect(button(wrapper, 'Endorse this idea')).toBeDefined();
    expect(calls.map((call) => call.operationName).filter((name) => name !== 'Me' && name !== 'Idea')).toEqual([
      'EndorseIdea',
      'WithdrawEndorsement',
    ]);
  });

  it('does not offer the author an endorsement of their own idea, but lets them edit it', async () => {
    const { wrapper } = await ideaPage(signedIn(ASHA), anIdea({ canEdit: true }));

    expect(button(wrapper, 'Endorse this idea')).toBeUndefined();
    expect(wrapper.text()).toContain('This is your idea.');
    expect(wrapper.get('a[href="/ideas/i1/edit"]').text()).toBe('Edit your idea');
    expect(button(wrapper, 'Follow this idea')).toBeDefined();
  });

  it('follows and unfollows', async () => {
    const { wrapper } = await ideaPage(signedIn(BEN), anIdea(), {
      FollowIdea: { data: { followIdea: { id: 'i1', endorsementCount: 3, endorsedByMe: false, followedByMe: true, hidden: false } } },
    });

    await button(wrapper, 'Follow this idea')!.trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('You are following this idea.');
    expect(button(wrapper, 'Stop following')).toBeDefined();
  });

  it('says why an action was refused', async () => {
    const { wrapper } = await ideaPage(signedIn(BEN), anIdea(), {
      EndorseIdea: { errors: [{ message: 'You cannot endorse a declined idea', extensions: { code: ErrorCode.FORBIDDEN } }] },
    });

    await button(wrapper, 'Endorse this idea')!.trigger('submit');
    await flushPromises();
    expect(wrapper.get('.nhsuk-error-summary').text()).toContain('You cannot endorse a declined idea');
  });

  it('adds a comment and a reply to the thread', async () => {
    const reply = { ...aComment('k3', BEN), replies: [] };
    const { wrapper, calls } = await ideaPage(signedIn(BEN), anIdea({ comments: [aComment('k1', ASHA)] }), {
      AddComment: ({ input }) => ({
        data: { addComment: (input as { parentId: string | null }).parentId ? reply : aComment('k2', BEN) },
      }),
    });

    await wrapper.get('#comment-body').setValue('  I would use this **every day**. ');
    await button(wrapper, 'Post comment')!.trigger('submit');
    await flushPromises();
    expect(calls.find((call) => call.operationName === 'AddComment')?.variables).toEqual({
      input: { ideaId: 'i1', parentId: null, body: 'I would use this **every day**.', idempotencyKey: expect.stringMatching(UUID_V4) },
    });
    expect(wrapper.find('#comment-k2').exists()).toBe(true);
    expect((wrapper.get('#comment-body').element as HTMLTextAreaElement).value).toBe('');

    await wrapper.get('#reply-k1-body').setValue('Agreed');
    await button(wrapper, 'Post reply')!.trigger('submit');
    await flushPromises();
    expect(calls.filter((call) => call.operationName === 'AddComment').at(-1)?.variables).toEqual({
      input: { ideaId: 'i1', parentId: 'k1', body: 'Agreed', idempotencyKey: expect.stringMatching(UUID_V4) },
    });
    expect(wrapper.find('#comment-k1 .ideas-comment__replies #comment-k3').exists()).toBe(true);
    expect(wrapper.get('#comments-heading').text()).toBe('Comments (3)');
    // Replies are one level deep: a reply has no reply form of its own.
    expect(wrapper.find('#reply-k3-body').exists()).toBe(false);
  });

  it('sends a retried comment with the same idempotency key, and the next comment with a new one', async () => {
    const { wrapper, calls } = await ideaPage(signedIn(BEN), anIdea(), {
      AddComment: failingOnce((call) => ({ data: { addComment: aComment(`k${call}`, BEN) } })),
    });

    await wrapper.get('#comment-body').setValue('Posted once');
    await button(wrapper, 'Post comment')!.trigger('submit');
    await flushPromises();
    expect(wrapper.get('.nhsuk-error-summary').text()).toContain('Try again later');
    await button(wrapper, 'Post comment')!.trigger('submit');
    await flushPromises();
    await wrapper.get('#comment-body').setValue('Another thought');
    await button(wrapper, 'Post comment')!.trigger('submit');
    await flushPromises();

    const keys = idempotencyKeysOf(calls, 'AddComment');
    expect(keys).toEqual([expect.stringMatching(UUID_V4), keys[0], expect.stringMatching(UUID_V4)]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('asks for the comment before sending it', async () => {
    const { wrapper, calls } = await ideaPage(signedIn(BEN));

    await button(wrapper, 'Post comment')!.trigger('submit');
    expect(wrapper.get('.nhsuk-error-summary a').attributes('href')).toBe('#comment-body');
    expect(wrapper.get('#comment-body-error').text()).toBe('Error: Enter your comment');
    expect(calls.some((call) => call.operationName === 'AddComment')).toBe(false);
  });

  it('lets a signed-in person flag a comment with a reason', async () => {
    const { wrapper, calls } = await ideaPage(signedIn(BEN), anIdea({ comments: [aComment('k1', ASHA)] }), {
      FlagContent: { data: { flagContent: true } },
    });

    await wrapper.get('#flag-k1-reason').setValue('Names a patient');
    wrapper.get('#flag-k1-reason').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'FlagContent')?.variables).toEqual({
      input: { contentType: ContentType.COMMENT, contentId: 'k1', reason: 'Names a patient' },
    });
    expect(wrapper.get('#comment-k1').text()).toContain('Thank you. An administrator will look at this comment.');
  });

  it('lets administrators hide the idea with a reason, and shows it hidden', async () => {
    let hidden = false;
    const { wrapper, calls } = await ideaPage(signedIn(ADMIN), anIdea(), {
      Idea: () => ({ data: { idea: anIdea({ hidden }) } }),
      ModerateContent: () => ((hidden = true), { data: { moderateContent: true } }),
    });

    await wrapper.get('#moderate-i1-reason').setValue('Advertising');
    await button(wrapper, 'Hide this idea')!.trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'ModerateContent')?.variables).toEqual({
      input: { contentType: ContentType.IDEA, contentId: 'i1', decision: ModerationDecision.HIDE, reason: 'Advertising' },
    });
    expect(wrapper.text()).toContain('An administrator has hidden this idea.');
    expect(button(wrapper, 'Restore this idea')).toBeDefined();
  });

  it('says when there is no such idea', async () => {
    fakeApi({ Me: SIGNED_OUT, Idea: { errors: [{ message: 'Idea was not found', extensions: { code: ErrorCode.NOT_FOUND } }] } });
    const { wrapper } = await renderApp('/ideas/missing');

    expect(wrapper.get('h1').text()).toBe('Idea not found');
    expect(document.title).toBe('Idea not found – HealthTech Ideas Hub');
  });
});
