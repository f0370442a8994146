import { Benefit, ConflictReason, ErrorCode, IDEA_MESSAGES, IdeaStatus, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestHub } from '../../test/hub';
import { completeIdea, EDIT, IDEA, MY_IDEAS, SAVE_DRAFT, SET_STATUS, SUBMIT, submitIdea, themeId } from '../../test/ideas';

describe('submitting and editing ideas', () => {
  const hub = TestHub.forSuite();
  const { author, other, chair, admin } = hub.suiteAccounts({
    author: { name: 'Dr Aisha Begum' },
    other: [],
    chair: [Role.BOARD_MEMBER, Role.CHAIR],
    admin: [Role.ADMIN],
  });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  describe('drafts', () => {
    it('saves a partial draft that only its author sees, with tags tidied', async () => {
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, {
        input: { title: '  Shared care records for hospices ', tags: [' Palliative ', 'palliative', 'EPaCCS', ' '] },
      });
      expect(draft).toMatchObject({
        title: 'Shared care records for hospices',
        status: IdeaStatus.DRAFT,
        summary: '',
        tags: ['palliative', 'epaccs'],
        canEdit: true,
      });
      expect(draft.author).toEqual({ id: author.id, name: 'Dr Aisha Begum', profession: 'CLINICIAN' });

      const { saveIdeaDraft: updated } = await author.client.ok(SAVE_DRAFT, {
        input: { id: draft.id, summary: 'Hospices cannot see what the GP knows.' },
      });
      expect(updated).toMatchObject({
        title: 'Shared care records for hospices',
        summary: 'Hospices cannot see what the GP knows.',
        version: draft.version + 1,
      });
      expect((await author.client.ok(MY_IDEAS)).myIdeas[0]).toMatchObject({ id: draft.id, status: IdeaStatus.DRAFT });

      for (const client of [other.client, admin.client, hub.client()]) {
        expect((await client.error(IDEA, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      }
      const error = await other.client.error(SAVE_DRAFT, { input: { id: draft.id, title: 'Taken over' } });
      expect(error.extensions.code).toBe(ErrorCode.NOT_FOUND);
    });

    it('checks each part given, naming the field', async () => {
      const error = await author.client.error(SAVE_DRAFT, {
        input: {
          title: 'x'.repeat(121),
          summary: 'x'.repeat(501),
          evidence: [
            { label: 'Fine', url: 'https://example.org/study' },
            { label: 'Sneaky', url: 'javascript:alert(1)' },
            { label: ' ', url: 'https://example.org' },
          ],
          tags: ['a'.repeat(41)],
        },
      });
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.extensions.fields).toEqual([
        { field: 'title', message: IDEA_MESSAGES.titleTooLong },
        { field: 'summary', message: IDEA_MESSAGES.summaryTooLong },
        { field: 'evidence.1.url', message: 'Enter a web address starting with http:// or https://' },
        { field: 'evidence.2.label', message: 'Enter a label for the link' },
        { field: 'tags', message: IDEA_MESSAGES.tagTooLong },
      ]);
      const tooMany = await author.client.error(SAVE_DRAFT, {
        input: { title: 'Tags', tags: Array.from({ length: 11 }, (_, index) => `tag${index}`) },
      });
      expect(tooMany.extensions.fields).toEqual([{ field: 'tags', message: IDEA_MESSAGES.tagsTooMany }]);
    });

    it('needs a title to start a draft, and a theme from the list', async () => {
      expect((await author.client.error(SAVE_DRAFT, { input: { summary: 'No title yet' } })).extensions.fields).toEqual([
        { field: 'title', message: IDEA_MESSAGES.titleMissing },
      ]);
      expect((await author.client.error(SAVE_DRAFT, { input: { title: 'Theme', themeId: randomUUID() } })).extensions.fields).toEqual([
        { field: 'themeId', message: IDEA_MESSAGES.themeUnknown },
      ]);
      expect((await author.client.error(SAVE_DRAFT, { input: { title: 'Theme', themeId: 'not-an-id' } })).extensions.fields).toEqual([
        { field: 'themeId', message: IDEA_MESSAGES.themeUnknown },
      ]);
    });

    it('needs a signed-in person', async () => {
      const visitor = hub.client();
      for (const [query, variables] of [
        [SAVE_DRAFT, { input: { title: 'Anonymous idea' } }],
        [SUBMIT, { id: randomUUID() }],
        [EDIT, { input: { ...completeIdea(theme), id: randomUUID(), expectedVersion: 1 } }],
        [MY_IDEAS, {}],
      ] as const) {
        expect((await visitor.error(query, variables)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      }
    });
  });

  describe('submitting', () => {
    it('names every missing part at once', async () => {
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: { title: 'Half an idea', benefits: [] } });
      const error = await author.client.error(SUBMIT, { id: draft.id });
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.extensions.fields).toEqual([
        { field: 'summary', message: IDEA_MESSAGES.summaryMissing },
        { field: 'problem', message: IDEA_MESSAGES.problemMissing },
        { field: 'proposal', message: IDEA_MESSAGES.proposalMissing },
        { field: 'benefits', message: IDEA_MESSAGES.benefitsMissing },
        { field: 'themeId', message: IDEA_MESSAGES.themeMissing },
      ]);
    });

    it('refuses text that looks like patient-identifiable data', async () => {
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, {
        input: completeIdea(theme, { problem: 'Mr Smith (NHS number 943 476 5919) waited six weeks' }),
      });
      const error = await author.client.error(SUBMIT, { id: draft.id });
      expect(error.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [{ field: 'problem', message: expect.stringMatching(/NHS number/) }],
      });
      expect((await author.client.ok(IDEA, { id: draft.id })).idea.status).toBe(IdeaStatus.DRAFT);
    });

    it('publishes a complete draft with the first step of its history, once (again is a no-op), and only by its author', async () => {
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: completeIdea(theme) });
      expect((await other.client.error(SUBMIT, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);

      const { submitIdea: submitted } = await author.client.ok(SUBMIT, { id: draft.id });
      expect(submitted).toMatchObject({ status: IdeaStatus.SUBMITTED, submittedAt: expect.any(String), canEdit: true });
      expect(submitted.history).toEqual([
        { fromStatus: IdeaStatus.DRAFT, toStatus: IdeaStatus.SUBMITTED, reason: null, at: expect.any(String) },
      ]);

      const seenByOther = (await other.client.ok(IDEA, { id: draft.id })).idea;
      expect(seenByOther).toMatchObject({ title: submitted.title, canEdit: false, theme: { slug: 'primary-care-systems' } });
      expect(seenByOther.evidence).toEqual([
        { label: 'Community Pharmacy Consultation Service', url: 'https://www.england.nhs.uk/primary-care/pharmacy/' },
      ]);
      expect(JSON.stringify(seenByOther)).not.toContain(author.email);

      // Submitting again (a retry after a lost answer) changes nothing and answers with the idea.
      const { submitIdea: again } = await author.client.ok(SUBMIT, { id: draft.id });
      expect(again).toMatchObject({ id: draft.id, status: IdeaStatus.SUBMITTED, submittedAt: submitted.submittedAt });
      expect(again.history).toHaveLength(1);
      expect((await author.client.error(SAVE_DRAFT, { input: { id: draft.id, title: 'Sneaky' } })).extensions.code).toBe(
        ErrorCode.CONFLICT,
      );
    });
  });

  describe('editing before review', () => {
    const edit = (id: string, expectedVersion: number, overrides: Record<string, unknown> = {}) => ({
      input: { ...completeIdea(theme), id, expectedVersion, ...overrides },
    });

    it('keeps the submitted text and each edit as revisions', async () => {
      const id = await submitIdea(author.client, theme, { title: 'Original title' });
      const { version } = (await author.client.ok(IDEA, { id })).idea;
      const evidence = [{ label: 'Pilot results', url: 'https://example.org/pilot' }];
      const changes = {
        title: 'Clearer title',
        benefits: [Benefit.VALUE_FOR_MONEY],
        evidence,
        tags: ['Pilot'],
        themeId: await themeId(hub, 'data-and-analytics'),
      };
      const { editIdea: first } = await author.client.ok(EDIT, edit(id, version, changes));
      expect(first).toMatchObject({
        title: 'Clearer title',
        benefits: [Benefit.VALUE_FOR_MONEY],
        evidence,
        tags: ['pilot'],
        theme: { slug: 'data-and-analytics' },
      });
      expect(first).toMatchObject({ version: version + 1, status: IdeaStatus.SUBMITTED });
      const { editIdea: second } = await author.client.ok(EDIT, edit(id, first.version, { title: 'Clearest title' }));
      expect(second.revisions.map((revision: { version: number; title: string }) => [revision.version, revision.title])).toEqual([
        [version, 'Original title'],
        [version + 1, 'Clearer title'],
        [version + 2, 'Clearest title'],
      ]);
    });

    it('refuses a stale version with the latest one, overwriting nothing', async () => {
      const id = await submitIdea(author.client, theme);
      const { version } = (await author.client.ok(IDEA, { id })).idea;
      await author.client.ok(EDIT, edit(id, version, { title: 'Edited in the first tab' }));

      const error = await author.client.error(EDIT, edit(id, version, { title: 'Edited in the second tab' }));
      expect(error.extensions).toEqual({ code: ErrorCode.CONFLICT, reason: ConflictReason.STALE_VERSION, latestVersion: version + 1 });
      const idea = (await author.client.ok(IDEA, { id })).idea;
      expect(idea).toMatchObject({ title: 'Edited in the first tab', version: version + 1 });
      expect(idea.revisions).toHaveLength(2);
    });

    it('checks an edit as it checks a submission', async () => {
      const id = await submitIdea(author.client, theme);
      const error = await author.client.error(
        EDIT,
        edit(id, 1, { summary: '  ', proposal: 'Ring LS1 3EX', evidence: [{ label: 'x', url: 'ftp://example.org' }] }),
      );
      expect(error.extensions.fields).toEqual([
        { field: 'evidence.0.url', message: 'Enter a web address starting with http:// or https://' },
      ]);
      const missing = await author.client.error(EDIT, edit(id, 1, { summary: '  ', proposal: 'Ring LS1 3EX' }));
      expect(missing.extensions.fields).toEqual([
        { field: 'summary', message: IDEA_MESSAGES.summaryMissing },
        { field: 'proposal', message: expect.stringMatching(/postcode/) },
      ]);
    });

    it('lets only the author edit, and only until review starts', async () => {
      const id = await submitIdea(author.client, theme);
      expect((await other.client.error(EDIT, edit(id, 1))).extensions.code).toBe(ErrorCode.NOT_FOUND);
      await chair.client.ok(SET_STATUS, { id, status: IdeaStatus.UNDER_REVIEW });
      expect((await author.client.error(EDIT, edit(id, 1))).extensions).toEqual({
        code: ErrorCode.CONFLICT,
        reason: ConflictReason.REVIEW_STARTED,
      });
      expect((await author.client.ok(IDEA, { id })).idea.canEdit).toBe(false);
    });
  });

  describe('review statuses', () => {
    it('lets the chair move an idea through review, each step in the public history', async () => {
      const id = await submitIdea(author.client, theme);
      for (const status of [IdeaStatus.UNDER_REVIEW, IdeaStatus.SHORTLISTED, IdeaStatus.ADOPTED_INTO_RECOMMENDATION]) {
        expect((await chair.client.ok(SET_STATUS, { id, status })).setIdeaStatus.status).toBe(status);
      }
      const { history } = (await hub.client().ok(IDEA, { id })).idea;
      expect(history.map((change: { fromStatus: string; toStatus: string }) => `${change.fromStatus}→${change.toStatus}`)).toEqual([
        'DRAFT→SUBMITTED',
        'SUBMITTED→UNDER_REVIEW',
        'UNDER_REVIEW→SHORTLISTED',
        'SHORTLISTED→ADOPTED_INTO_RECOMMENDATION',
      ]);
    });

    it('needs a reason to decline, and shows it', async () => {
      const id = await submitIdea(author.client, theme);
      const error = await admin.client.error(SET_STATUS, { id, status: IdeaStatus.DECLINED, reason: ' ' });
      expect(error.extensions.fields).toEqual([{ field: 'reason', message: IDEA_MESSAGES.declineReasonMissing }]);
      const { setIdeaStatus: declined } = await admin.client.ok(SET_STATUS, {
        id,
        status: IdeaStatus.DECLINED,
        reason: 'Already national policy',
      });
      expect(declined).toMatchObject({ status: IdeaStatus.DECLINED, declinedReason: 'Already national policy' });
      expect(declined.history.at(-1)).toMatchObject({
        fromStatus: IdeaStatus.SUBMITTED,
        toStatus: IdeaStatus.DECLINED,
        reason: 'Already national policy',
      });
    });

    it('refuses steps that make no sense', async () => {
      const id = await submitIdea(author.client, theme);
      for (const status of [IdeaStatus.ADOPTED_INTO_RECOMMENDATION, IdeaStatus.MERGED, IdeaStatus.DRAFT, IdeaStatus.SUBMITTED]) {
        expect((await chair.client.error(SET_STATUS, { id, status })).extensions).toMatchObject({
          code: ErrorCode.CONFLICT,
          status: IdeaStatus.SUBMITTED,
        });
      }
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: { title: 'Private draft' } });
      expect((await chair.client.error(SET_STATUS, { id: draft.id, status: IdeaStatus.UNDER_REVIEW })).extensions.code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });

    it('is for the chair and administrators only', async () => {
      const id = await submitIdea(author.client, theme);
      const boardMember = await hub.account([Role.BOARD_MEMBER]);
      for (const client of [boardMember.client, author.client]) {
        expect((await client.error(SET_STATUS, { id, status: IdeaStatus.UNDER_REVIEW })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      }
      expect((await hub.client().error(SET_STATUS, { id, status: IdeaStatus.UNDER_REVIEW })).extensions.code).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });
  });
});
