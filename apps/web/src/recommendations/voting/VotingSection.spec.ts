import { RecommendationStatus, VoteChoice, VoteResult } from '@ideas-hub/domain';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test/fakeApi';
import { aVote, boardPage, CHAIR, MEMBER, signedIn, THEMES } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

const buttons = (wrapper: Awaited<ReturnType<typeof renderApp>>['wrapper']) =>
  wrapper.findAll('main button').map((button) => button.text());

describe('voting on a draft, as a board member', () => {
  it('hides the running count until the member has voted, then shows it', async () => {
    let voted = false;
    const calls = fakeApi({
      Me: signedIn(MEMBER),
      BoardRecommendation: () =>
        boardPage([voted ? aVote({ myChoice: VoteChoice.FOR, votesCast: 2, tally: { for: 2, against: 0, abstain: 0 } }) : aVote()]),
      CastVote: () => {
        voted = true;
        return { data: { castVote: aVote({ myChoice: VoteChoice.FOR }) } };
      },
    });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    expect(wrapper.text()).toContain('You will see the running count once you have voted.');
    expect(wrapper.text()).not.toContain('Running count');
    await wrapper.get('#choice-FOR').setValue(true);
    await wrapper
      .findAll('main form')
      .find((form) => form.text().includes('Cast your vote'))!
      .trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'CastVote')?.variables).toEqual({ voteId: 'v1', choice: 'FOR' });
    expect(wrapper.findAll('main [role="status"]').map((region) => region.text())).toContain('Your vote has been recorded: For.');
    expect(wrapper.text()).toContain('Running count');
    expect(wrapper.text()).toContain('For: 2');
    expect(buttons(wrapper)).toContain('Change your vote');
    expect((wrapper.get('#choice-FOR').element as HTMLInputElement).checked).toBe(true);
  });

  it('tells a recused member why they cannot vote, and offers no vote form', async () => {
    fakeApi({
      Me: signedIn(MEMBER),
      BoardRecommendation: boardPage([aVote({ recusedMe: true })], {
        conflicts: [
          {
            reason: 'I advise a supplier of these systems',
            declaredAt: '2026-03-01T11:00:00Z',
            member: { id: MEMBER.id, name: MEMBER.name },
          },
        ],
      }),
    });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    expect(wrapper.text()).toContain('You cannot vote on this recommendation because you are recused.');
    expect(wrapper.text()).toContain('You declared a conflict of interest on this recommendation: “I advise a supplier of these systems”.');
    expect(wrapper.find('#choice-FOR').exists()).toBe(false);
  });

  it('names the register of interests when that is why the member is recused', async () => {
    fakeApi({ Me: signedIn(MEMBER), BoardRecommendation: boardPage([aVote({ recusedMe: true })]) });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    expect(wrapper.text()).toContain('Your register of interests names an organisation this recommendation concerns (NHS England).');
  });
});

describe('the chair’s steps', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens a vote with the quorum as a share and the closing time in UK time', async () => {
    const calls = fakeApi({
      Me: signedIn(CHAIR),
      BoardRecommendation: boardPage(),
      IdeaThemes: { data: { themes: THEMES } },
      OpenVote: { data: { openVote: aVote() } },
    });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    // The form starts with tomorrow at 17:00.
    expect((wrapper.get('#closing-date-day').element as HTMLInputElement).value).toBe('2');
    await wrapper.get('#closing-date-month').setValue('7');
    await wrapper.get('#quorum').setValue('50');
    await wrapper.get('form[aria-labelledby="open-vote-heading"]').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'OpenVote')?.variables).toEqual({
      recommendationId: 'r1',
      closesAt: '2026-07-02T16:00:00.000Z',
      quorum: 0.5,
    });
  });

  it('explains a quorum that is not a percentage', async () => {
    const calls = fakeApi({ Me: signedIn(CHAIR), BoardRecommendation: boardPage() });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    await wrapper.get('#quorum').setValue('150');
    await wrapper.get('form[aria-labelledby="open-vote-heading"]').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary a[href="#quorum"]').text()).toBe('Enter the quorum as a number from 0.1 to 100, like 50');
    expect(calls.some((call) => call.operationName === 'OpenVote')).toBe(false);
  });

  it('offers Publish only once the current revision has PASSED', async () => {
    const closed = (result: VoteResult, revisionNumber = 2) =>
      aVote({ open: false, closedAt: '2026-03-02T17:00:00Z', result, revisionNumber, tally: { for: 1, against: 0, abstain: 1 } });
    const cases = [
      { votes: [closed(VoteResult.PASSED)], publish: true },
      { votes: [closed(VoteResult.REJECTED)], publish: false },
      { votes: [closed(VoteResult.NO_QUORUM)], publish: false },
      // Passed on revision 1, but the draft has been revised since: the board must vote again.
      { votes: [closed(VoteResult.PASSED, 1)], publish: false },
      { votes: [aVote()], publish: false },
    ];
    for (const { votes, publish } of cases) {
      fakeApi({ Me: signedIn(CHAIR), BoardRecommendation: boardPage(votes) });
      const { wrapper } = await renderApp('/board/recommendations/r1');
      expect({
        votes: votes.map((vote) => `${vote.result ?? 'open'} on ${vote.revisionNumber}`),
        publish: buttons(wrapper).includes('Publish'),
      }).toEqual({
        votes: votes.map((vote) => `${vote.result ?? 'open'} on ${vote.revisionNumber}`),
        publish,
      });
      wrapper.unmount();
    }
  });

  it('publishes, then offers the progress form', async () => {
    let published = false;
    const passed = aVote({
      open: false,
      closedAt: '2026-03-02T17:00:00Z',
      result: VoteResult.PASSED,
      tally: { for: 2, against: 0, abstain: 0 },
    });
    const calls = fakeApi({
      Me: signedIn(CHAIR),
      BoardRecommendation: () =>
        boardPage(
          [passed],
          published ? { status: RecommendationStatus.PUBLISHED, publishedAt: '2026-03-03T10:00:00Z', publishedRevision: 2 } : {},
        ),
      PublishRecommendation: () => {
        published = true;
        return { data: { publishRecommendation: { id: 'r1', status: RecommendationStatus.PUBLISHED } } };
      },
    });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    await wrapper
      .findAll('main form')
      .find((form) => form.text().includes('Publish'))!
      .trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operationName === 'PublishRecommendation')?.variables).toEqual({ id: 'r1' });
    expect(wrapper.get('main a[href="/recommendations/r1"]').text()).toBe('See the published page');
    expect(buttons(wrapper)).toContain('Record progress');
    expect(buttons(wrapper)).not.toContain('Publish');
  });

  it('asks for a reason when a recommendation is not taken forward', async () => {
    const calls = fakeApi({
      Me: signedIn(CHAIR),
      BoardRecommendation: boardPage([], {
        status: RecommendationStatus.PUBLISHED,
        publishedAt: '2026-03-03T10:00:00Z',
        publishedRevision: 2,
      }),
    });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    await wrapper.get('#implementation-status-NOT_TAKEN_FORWARD').setValue(true);
    await wrapper.get('form[aria-labelledby="implementation-heading"]').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary a[href="#implementation-note"]').text()).toBe(
      'Explain why the recommendation is not being taken forward',
    );
    expect(calls.some((call) => call.operationName === 'RecordImplementationUpdate')).toBe(false);
  });

  it('gives a closing date a week ahead as the example, in the hint and in the error', async () => {
    vi.setSystemTime(new Date('2027-01-10T12:00:00Z'));
    fakeApi({ Me: signedIn(CHAIR), BoardRecommendation: boardPage() });
    const { wrapper } = await renderApp('/board/recommendations/r1');

    expect(wrapper.get('#closing-date-hint').text()).toBe('For example, 17 1 2027');
    await wrapper.get('#closing-date-day').setValue('32');
    await wrapper.get('form[aria-labelledby="open-vote-heading"]').trigger('submit');
    await flushPromises();

    expect(wrapper.get('.nhsuk-error-summary a[href="#closing-date-day"]').text()).toBe(
      'Enter the closing date as a real date, like 17 1 2027',
    );
  });
});
