import { ErrorCode, IdentityMode, IdeaStatus, REVIEW_MESSAGES, ReviewItemKind } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { auditRows } from '../../test/audit';
import { TestAccount, TestHub } from '../../test/hub';
import { completeIdea, SAVE_DRAFT, SET_STATUS, submitIdea, themeId } from '../../test/ideas';
import { fileReport } from '../../test/reports';
import { ADD_NOTE, boardCast, DISCUSSION, ref } from '../../test/reviews';

const { IDEA, REPORT } = ReviewItemKind;

describe('the board’s private discussion', () => {
  const hub = TestHub.forSuite();
  const { chair, member, admin, author } = boardCast(hub, { member: 'Dr Ada Member' });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  const note = async (by: TestAccount, item: { kind: ReviewItemKind; id: string }, body: string) =>
    (await by.client.ok(ADD_NOTE, { item, body })).addBoardNote;
  const discussion = async (by: TestAccount, item: { kind: ReviewItemKind; id: string }) =>
    (await by.client.ok(DISCUSSION, { itemId: item.id, kind: item.kind })).boardDiscussion;

  it('keeps the notes of board members, the chair and administrators, oldest first, with an audit row each', async () => {
    const idea = ref(IDEA, await submitIdea(author.client, theme));
    const notes = [
      await note(member, idea, '  Similar to the Leeds pilot.  '),
      await note(chair, idea, 'Ask NHS England for data'),
      await note(admin, idea, 'Noted'),
    ];
    expect(notes[0]).toEqual({
      id: expect.any(String),
      body: 'Similar to the Leeds pilot.',
      createdAt: expect.any(String),
      author: { id: member.id, name: 'Dr Ada Member' },
    });
    for (const reader of [member, chair, admin]) expect(await discussion(reader, idea)).toEqual(notes);
    expect(await auditRows(hub, 'addBoardNote', notes[1].id)).toEqual([
      {
        actor_id: chair.id,
        action: 'addBoardNote',
        entity_type: 'BoardNote',
        entity_id: notes[1].id,
        before: null,
        after: { itemKind: IDEA, itemId: idea.id, body: 'Ask NHS England for data' },
      },
    ]);
  });

  it('keeps each item’s discussion to itself, and goes on after a decision', async () => {
    const declined = await submitIdea(author.client, theme);
    await chair.client.ok(SET_STATUS, { id: declined, status: IdeaStatus.DECLINED, reason: 'Out of scope' });
    const onIdea = await note(member, ref(IDEA, declined), 'Worth revisiting next year');
    const report = await fileReport(hub, hub.client(), { identityMode: IdentityMode.ANONYMOUS });
    const onReport = await note(member, ref(REPORT, report.id), 'Refer to the CQC?');
    expect(await discussion(chair, ref(IDEA, declined))).toEqual([onIdea]);
    expect(await discussion(chair, ref(REPORT, report.id))).toEqual([onReport]);
  });

  it('is private to the board: contributors and visitors can neither read nor write', async () => {
    const idea = ref(IDEA, await submitIdea(author.client, theme));
    const read = { itemId: idea.id, kind: IDEA };
    const write = { item: idea, body: 'Hello' };
    expect((await author.client.error(DISCUSSION, read)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await author.client.error(ADD_NOTE, write)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    expect((await hub.client().error(DISCUSSION, read)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await hub.client().error(ADD_NOTE, write)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('names a missing or too long note, and answers NOT_FOUND for unknown items and drafts', async () => {
    const idea = ref(IDEA, await submitIdea(author.client, theme));
    expect((await member.client.error(ADD_NOTE, { item: idea, body: '  ' })).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'body', message: REVIEW_MESSAGES.noteMissing }],
    });
    expect((await member.client.error(ADD_NOTE, { item: idea, body: 'x'.repeat(5001) })).extensions.fields).toEqual([
      { field: 'body', message: REVIEW_MESSAGES.noteTooLong },
    ]);
    expect(await discussion(member, idea)).toEqual([]);

    const { saveIdeaDraft } = await author.client.ok(SAVE_DRAFT, { input: completeIdea(theme) });
    for (const item of [ref(IDEA, saveIdeaDraft.id), ref(REPORT, randomUUID()), ref(REPORT, idea.id)]) {
      expect((await member.client.error(ADD_NOTE, { item, body: 'Hello' })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await member.client.error(DISCUSSION, { itemId: item.id, kind: item.kind })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    }
  });
});
