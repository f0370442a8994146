import { ContentType, ErrorCode, IDEA_MESSAGES, ModerationDecision, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestAccount, TestHub } from '../../test/hub';
import { COMMENT, FLAG, IDEA, ids, LIST, MODERATE, MY_IDEAS, QUEUE, SIMILAR, submitIdea, themeId, uniqueTag } from '../../test/ideas';

describe('moderation', () => {
  const hub = TestHub.forSuite();
  const { author, reader, chair, admin } = hub.suiteAccounts({
    author: [],
    reader: [],
    chair: [Role.BOARD_MEMBER, Role.CHAIR],
    admin: [Role.ADMIN],
  });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  const flag = (client: TestAccount['client'], contentType: ContentType, contentId: string, reason = 'Off topic') =>
    client.ok(FLAG, { input: { contentType, contentId, reason } });
  const moderate = (contentType: ContentType, contentId: string, decision: ModerationDecision, reason = 'Breaks the rules') =>
    admin.client.ok(MODERATE, { input: { contentType, contentId, decision, reason } });
  const queued = async (contentId: string) =>
    (await admin.client.ok(QUEUE)).moderationQueue.find((item: { contentId: string }) => item.contentId === contentId);

  it('queues flagged content for administrators, one flag per person', async () => {
    const ideaId = await submitIdea(author.client, theme, { title: 'Buy more fax machines' });
    await flag(reader.client, ContentType.IDEA, ideaId, 'Advertising');
    await flag(reader.client, ContentType.IDEA, ideaId, 'Advertising, again');
    await flag(chair.client, ContentType.IDEA, ideaId, 'Not a real idea');
    expect(await queued(ideaId)).toEqual({
      contentType: ContentType.IDEA,
      contentId: ideaId,
      ideaId,
      title: 'Buy more fax machines',
      excerpt: 'Let pharmacists refer patients to their GP electronically.',
      hidden: false,
      flagCount: 2,
      reasons: ['Advertising', 'Not a real idea'],
      lastFlaggedAt: expect.any(String),
    });
  });

  it('hides an idea from everyone but administrators and its author, then restores it', async () => {
    const tag = uniqueTag();
    const title = `Blockchain for everything ${tag}`;
    const ideaId = await submitIdea(author.client, theme, { title, tags: [tag] });
    await flag(reader.client, ContentType.IDEA, ideaId);
    expect((await moderate(ContentType.IDEA, ideaId, ModerationDecision.HIDE, 'Spam')).moderateContent).toBe(true);

    expect(await queued(ideaId)).toBeUndefined();
    for (const client of [reader.client, chair.client, hub.client()]) {
      expect((await client.error(IDEA, { id: ideaId })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect(ids((await client.ok(LIST, { tag })).ideas)).toEqual([]);
      expect(ids((await client.ok(LIST, { tag, query: 'blockchain' })).ideas)).toEqual([]);
      expect((await client.ok(SIMILAR, { title })).similarIdeas).toEqual([]);
    }
    expect((await admin.client.ok(IDEA, { id: ideaId })).idea.hidden).toBe(true);
    expect((await author.client.ok(IDEA, { id: ideaId })).idea.hidden).toBe(true);
    expect((await author.client.ok(MY_IDEAS)).myIdeas.find((idea: { id: string }) => idea.id === ideaId).hidden).toBe(true);
    expect(
      (await reader.client.error(FLAG, { input: { contentType: ContentType.IDEA, contentId: ideaId, reason: 'Still bad' } })).extensions
        .code,
    ).toBe(ErrorCode.NOT_FOUND);

    await moderate(ContentType.IDEA, ideaId, ModerationDecision.RESTORE, 'Appeal upheld');
    expect((await reader.client.ok(IDEA, { id: ideaId })).idea.hidden).toBe(false);
    expect(ids((await reader.client.ok(LIST, { tag })).ideas)).toEqual([ideaId]);
    // Decided flags are settled; the same person can raise a new one.
    await flag(reader.client, ContentType.IDEA, ideaId, 'Still spam');
    expect(await queued(ideaId)).toMatchObject({ flagCount: 1, reasons: ['Still spam'] });
    const decisions = await hub.db.query(
      `SELECT decision, reason, moderator_id FROM moderation_decisions WHERE content_id = $1 ORDER BY created_at`,
      [ideaId],
    );
    expect(decisions).toEqual([
      { decision: 'HIDE', reason: 'Spam', moderator_id: admin.id },
      { decision: 'RESTORE', reason: 'Appeal upheld', moderator_id: admin.id },
    ]);
  });

  it('hides a comment and its replies from everyone but administrators, and from the count', async () => {
    const ideaId = await submitIdea(author.client, theme);
    const rude = (await reader.client.ok(COMMENT, { input: { ideaId, body: 'Rude remark' } })).addComment;
    await author.client.ok(COMMENT, { input: { ideaId, parentId: rude.id, body: 'Please be kind' } });
    await author.client.ok(COMMENT, { input: { ideaId, body: 'Kind remark' } });
    await flag(author.client, ContentType.COMMENT, rude.id, 'Abusive');
    expect(await queued(rude.id)).toMatchObject({ contentType: ContentType.COMMENT, ideaId, excerpt: 'Rude remark', flagCount: 1 });

    await moderate(ContentType.COMMENT, rude.id, ModerationDecision.HIDE);
    const seenByReader = (await reader.client.ok(IDEA, { id: ideaId })).idea;
    expect(seenByReader.commentCount).toBe(1);
    expect(seenByReader.comments.map((thread: { body: string }) => thread.body)).toEqual(['Kind remark']);
    const seenByAdmin = (await admin.client.ok(IDEA, { id: ideaId })).idea;
    expect(seenByAdmin.comments[0]).toMatchObject({ body: 'Rude remark', hidden: true, replies: [{ body: 'Please be kind' }] });
    expect((await reader.client.error(COMMENT, { input: { ideaId, parentId: rude.id, body: 'Sorry' } })).extensions.fields).toEqual([
      { field: 'parentId', message: 'Reply to a comment on this idea' },
    ]);

    await moderate(ContentType.COMMENT, rude.id, ModerationDecision.RESTORE);
    expect((await reader.client.ok(IDEA, { id: ideaId })).idea.commentCount).toBe(3);
  });

  it('names the field when a reason is missing, and finds nothing that is not there', async () => {
    const ideaId = await submitIdea(author.client, theme);
    const noReason = await reader.client.error(FLAG, { input: { contentType: ContentType.IDEA, contentId: ideaId, reason: ' ' } });
    expect(noReason.extensions.fields).toEqual([{ field: 'reason', message: IDEA_MESSAGES.reasonMissing }]);
    const noModerationReason = await admin.client.error(MODERATE, {
      input: { contentType: ContentType.IDEA, contentId: ideaId, decision: ModerationDecision.HIDE, reason: '' },
    });
    expect(noModerationReason.extensions.fields).toEqual([{ field: 'reason', message: IDEA_MESSAGES.reasonMissing }]);
    const missing = await reader.client.error(FLAG, {
      input: { contentType: ContentType.COMMENT, contentId: randomUUID(), reason: 'Rude' },
    });
    expect(missing.extensions.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('lets anyone signed in flag, and only administrators moderate', async () => {
    const ideaId = await submitIdea(author.client, theme);
    const input = { contentType: ContentType.IDEA, contentId: ideaId, reason: 'Spam' };
    expect((await hub.client().error(FLAG, { input })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    for (const client of [chair.client, reader.client]) {
      expect((await client.error(MODERATE, { input: { ...input, decision: ModerationDecision.HIDE } })).extensions.code).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect((await client.error(QUEUE)).extensions.code).toBe(ErrorCode.FORBIDDEN);
    }
    expect((await hub.client().error(QUEUE)).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
