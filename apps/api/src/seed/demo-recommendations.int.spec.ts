import { IdeaStatus, RecommendationStatus } from '@ideas-hub/domain';
import { checkDemoDataThenUndo, RolledBack } from '../../test/demo';
import { TestHub } from '../../test/hub';
import { IdeaEntity } from '../ideas/ideas.entity';
import { RecommendationEntity, RecommendationRevisionEntity } from '../recommendations/recommendations.entity';

describe('the demo recommendation', () => {
  const hub = TestHub.forSuite();

  it('is published at revision 1 with its text kept as that revision, and adopts the idea it draws on', async () => {
    const checked = checkDemoDataThenUndo(hub, async (manager) => {
      const recommendation = await manager.findOneByOrFail(RecommendationEntity, {
        title: 'Adopt open standards for all new clinical systems',
      });
      expect(recommendation).toMatchObject({ status: RecommendationStatus.PUBLISHED, version: 1, revisionNumber: 1, publishedRevision: 1 });
      expect(recommendation.actions.length).toBeGreaterThan(0);
      expect(recommendation.audience).not.toBe('');
      const revision = await manager.findOneByOrFail(RecommendationRevisionEntity, { recommendationId: recommendation.id, number: 1 });
      expect(revision).toMatchObject({
        title: recommendation.title,
        summary: recommendation.summary,
        actions: recommendation.actions,
        organisations: recommendation.organisations,
      });
      const ideas: { idea_id: string }[] = await manager.query(`SELECT idea_id FROM recommendation_ideas WHERE recommendation_id = $1`, [
        recommendation.id,
      ]);
      expect(ideas).toHaveLength(1);
      expect((await manager.findOneByOrFail(IdeaEntity, { id: ideas[0].idea_id })).status).toBe(IdeaStatus.ADOPTED_INTO_RECOMMENDATION);
    });
    await expect(checked).rejects.toBeInstanceOf(RolledBack);
  });
});
