import { In } from 'typeorm';
import { AccountEntity } from '../accounts/accounts.entity';
import { IdeaEntity, IdeaStatusChangeEntity } from '../ideas/ideas.entity';
import { publicationErrors } from '../ideas/ideas.rules';
import { checkDemoDataThenUndo, RolledBack } from '../../test/demo';
import { TestHub } from '../../test/hub';
import { DEMO_ACCOUNTS } from './demo-data';

describe('the demo data', () => {
  const hub = TestHub.forSuite();

  it('seeds complete ideas with an unbroken history and counts that match their endorsements and comments', async () => {
    const checked = checkDemoDataThenUndo(hub, async (manager) => {
      const authors = await manager.findBy(AccountEntity, { email: In(DEMO_ACCOUNTS.map((account) => account.email)) });
      const ideas = await manager.find(IdeaEntity, { where: { authorId: In(authors.map((author) => author.id)) } });
      expect(ideas.length).toBeGreaterThanOrEqual(3);
      for (const idea of ideas) {
        expect([idea.title, publicationErrors(idea)]).toEqual([idea.title, []]);
        const history = await manager.find(IdeaStatusChangeEntity, { where: { ideaId: idea.id }, order: { createdAt: 'ASC' } });
        expect(history.map((change) => change.fromStatus)).toEqual(['DRAFT', ...history.slice(0, -1).map((change) => change.toStatus)]);
        expect(history.at(-1)?.toStatus).toBe(idea.status);
      }
      const mismatched = await manager.query(
        `SELECT title FROM ideas idea
          WHERE id = ANY($1) AND (endorsement_count <> (SELECT count(*) FROM endorsements WHERE idea_id = idea.id)
                                  OR comment_count <> (SELECT count(*) FROM comments WHERE idea_id = idea.id))`,
        [ideas.map((idea) => idea.id)],
      );
      expect(mismatched).toEqual([]);
    });
    await expect(checked).rejects.toBeInstanceOf(RolledBack);
  });
});
