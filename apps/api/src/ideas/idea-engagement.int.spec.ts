import { ErrorCode, IdeaStatus, Role } from '@ideas-hub/domain';
import { randomUUID } from 'node:crypto';
import { TestHub } from '../../test/hub';
import { ENDORSE, FOLLOW, IDEA, MERGE, SAVE_DRAFT, submitIdea, themeId, UNFOLLOW, WITHDRAW } from '../../test/ideas';

describe('endorsing, following and merging ideas', () => {
  const hub = TestHub.forSuite();
  const { author, supporter, another, boardMember } = hub.suiteAccounts({
    author: [],
    supporter: [],
    another: [],
    boardMember: [Role.BOARD_MEMBER],
  });
  let theme: string;
  beforeAll(async () => (theme = await themeId(hub)));

  const storedCount = async (id: string) =>
    (await hub.db.query(`SELECT endorsement_count FROM ideas WHERE id = $1`, [id]))[0].endorsement_count;

  describe('endorsing', () => {
    it('toggles one endorsement per person, safe to repeat', async () => {
      const id = await submitIdea(author.client, theme);
      expect((await supporter.client.ok(ENDORSE, { id })).endorseIdea).toEqual({ id, endorsementCount: 1, endorsedByMe: true });
      expect((await supporter.client.ok(ENDORSE, { id })).endorseIdea.endorsementCount).toBe(1);
      expect((await another.client.ok(ENDORSE, { id })).endorseIdea.endorsementCount).toBe(2);
      expect((await another.client.ok(IDEA, { id })).idea).toMatchObject({ endorsedByMe: true, endorsementCount: 2 });
      expect((await hub.client().ok(IDEA, { id })).idea.endorsedByMe).toBe(false);

      expect((await supporter.client.ok(WITHDRAW, { id })).withdrawEndorsement).toEqual({ id, endorsementCount: 1, endorsedByMe: false });
      expect((await supporter.client.ok(WITHDRAW, { id })).withdrawEndorsement.endorsementCount).toBe(1);
    });

    it('keeps one endorsement and the right count under twenty requests at once', async () => {
      const id = await submitIdea(author.client, theme);
      const endorsed = await Promise.all(Array.from({ length: 20 }, () => supporter.client.gql(ENDORSE, { id })));
      expect(endorsed.flatMap((body) => body.errors ?? [])).toEqual([]);
      expect(await storedCount(id)).toBe(1);

      await Promise.all([
        another.client.ok(ENDORSE, { id }),
        boardMember.client.ok(ENDORSE, { id }),
        ...Array.from({ length: 10 }, () => supporter.client.ok(WITHDRAW, { id })),
      ]);
      expect(await storedCount(id)).toBe(2);
      const [{ count }] = await hub.db.query(`SELECT count(*)::int AS count FROM endorsements WHERE idea_id = $1`, [id]);
      expect(count).toBe(2);
    });

    it('refuses your own idea, drafts and anonymous visitors', async () => {
      const id = await submitIdea(author.client, theme);
      expect(await author.client.error(ENDORSE, { id })).toMatchObject({
        message: 'You cannot endorse your own idea',
        extensions: { code: ErrorCode.FORBIDDEN },
      });
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: { title: 'Not yet' } });
      expect((await supporter.client.error(ENDORSE, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await supporter.client.error(ENDORSE, { id: randomUUID() })).extensions.code).toBe(ErrorCode.NOT_FOUND);
      expect((await supporter.client.error(ENDORSE, { id: 'nope' })).extensions.fields).toEqual([
        { field: 'id', message: 'id must be the id of an idea' },
      ]);
      for (const mutation of [ENDORSE, WITHDRAW]) {
        expect((await hub.client().error(mutation, { id })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      }
    });
  });

  describe('following', () => {
    it('follows and unfollows, safe to repeat, for signed-in people only', async () => {
      const id = await submitIdea(author.client, theme);
      expect((await supporter.client.ok(FOLLOW, { id })).followIdea).toEqual({ id, followedByMe: true });
      expect((await supporter.client.ok(FOLLOW, { id })).followIdea.followedByMe).toBe(true);
      expect((await another.client.ok(IDEA, { id })).idea.followedByMe).toBe(false);
      expect((await supporter.client.ok(UNFOLLOW, { id })).unfollowIdea).toEqual({ id, followedByMe: false });
      expect((await supporter.client.ok(UNFOLLOW, { id })).unfollowIdea.followedByMe).toBe(false);
      for (const mutation of [FOLLOW, UNFOLLOW]) {
        expect((await hub.client().error(mutation, { id })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      }
      const { saveIdeaDraft: draft } = await author.client.ok(SAVE_DRAFT, { input: { title: 'Not yet' } });
      expect((await supporter.client.error(FOLLOW, { id: draft.id })).extensions.code).toBe(ErrorCode.NOT_FOUND);
    });
  });

  describe('merging duplicates', () => {
    it('moves endorsements and followers to the survivor, counting each person once and never its author', async () => {
      const survivorAuthor = await hub.account();
      const survivor = await submitIdea(survivorAuthor.client, theme, { title: 'Single sign-on for clinical systems' });
      const duplicate = await submitIdea(author.client, theme, { title: 'One login for all clinical systems' });
      await supporter.client.ok(ENDORSE, { id: survivor });
      await supporter.client.ok(ENDORSE, { id: duplicate });
      await another.client.ok(ENDORSE, { id: duplicate });
      await survivorAuthor.client.ok(ENDORSE, { id: duplicate });
      await another.client.ok(FOLLOW, { id: duplicate });

      const { mergeIdea: merged } = await boardMember.client.ok(MERGE, { duplicateId: duplicate, survivorId: survivor });
      expect(merged).toMatchObject({ id: survivor, endorsementCount: 2 });
      expect(merged.history.at(-1)).toMatchObject({
        toStatus: IdeaStatus.SUBMITTED,
        reason: '“One login for all clinical systems” was merged into this idea',
      });
      expect((await another.client.ok(IDEA, { id: survivor })).idea).toMatchObject({ endorsedByMe: true, followedByMe: true });
      expect((await survivorAuthor.client.ok(IDEA, { id: survivor })).idea.endorsedByMe).toBe(false);

      const { idea: old } = await hub.client().ok(IDEA, { id: duplicate });
      expect(old).toMatchObject({
        status: IdeaStatus.MERGED,
        endorsementCount: 0,
        mergedInto: { id: survivor, title: 'Single sign-on for clinical systems' },
      });
      expect(old.history.at(-1)).toMatchObject({
        fromStatus: IdeaStatus.SUBMITTED,
        toStatus: IdeaStatus.MERGED,
        reason: 'Merged into “Single sign-on for clinical systems”',
      });
      expect(await storedCount(survivor)).toBe(2);

      expect((await another.client.error(ENDORSE, { id: duplicate })).extensions).toMatchObject({
        code: ErrorCode.CONFLICT,
        mergedIntoId: survivor,
      });
      expect((await boardMember.client.error(MERGE, { duplicateId: duplicate, survivorId: survivor })).extensions.code).toBe(
        ErrorCode.CONFLICT,
      );
    });

    it('refuses merging an idea into itself, and is for the board only', async () => {
      const first = await submitIdea(author.client, theme);
      const second = await submitIdea(author.client, theme);
      const error = await boardMember.client.error(MERGE, { duplicateId: first, survivorId: first });
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: [{ field: 'survivorId' }] });
      expect((await supporter.client.error(MERGE, { duplicateId: first, survivorId: second })).extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect((await hub.client().error(MERGE, { duplicateId: first, survivorId: second })).extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
      expect((await boardMember.client.error(MERGE, { duplicateId: randomUUID(), survivorId: second })).extensions.code).toBe(
        ErrorCode.NOT_FOUND,
      );
    });
  });
});
