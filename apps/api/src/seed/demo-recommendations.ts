import { IdeaStatus, ImplementationStatus, RecommendationStatus } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { IdeaEntity, IdeaStatusChangeEntity } from '../ideas/ideas.entity';
import {
  ImplementationUpdateEntity,
  RecommendationEntity,
  RecommendationRevisionEntity,
  RecommendationText,
} from '../recommendations/recommendations.entity';

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

/** The idea the demo recommendation adopts: shortlisted by the idea seed, so adopting it continues its history. */
const ADOPTED_IDEA = 'Require open APIs in every clinical system contract';

/**
 * One recommendation published at revision 1, adopting a demo idea, with an implementation update.
 * Returns its id, so that a vote record can be seeded for revision 1.
 */
export async function seedDemoRecommendation(
  manager: EntityManager,
  accountId: Map<string, string>,
  themeId: Map<string, string>,
): Promise<string> {
  const chair = accountId.get('chair@demo.nhs.uk')!;
  const publishedAt = daysAgo(2);
  const text: RecommendationText = {
    title: 'Adopt open standards for all new clinical systems',
    summary:
      'Every new clinical system bought by the NHS should exchange data through published open standards (FHIR UK Core, SNOMED CT, ' +
      'dm+d) so that information follows the patient.',
    rationale:
      'Ideas from clinicians and technology experts showed the same pattern: data typed twice, lost between settings, and suppliers ' +
      'charging for each interface. Open standards remove the lock-in and make safe sharing the default.',
    actions: [
      {
        action: 'Make conformance to FHIR UK Core, SNOMED CT and dm+d a condition of every new clinical system contract',
        owner: 'NHS England commercial teams',
      },
      { action: 'Publish documented APIs for the trust’s own data at no extra charge', owner: 'Suppliers of clinical systems' },
      { action: 'Check conformance before go-live and report it to the trust board', owner: 'Chief clinical information officers' },
    ],
    audience: 'Trust boards, chief information officers and procurement leads buying clinical systems',
    themeId: themeId.get('interoperability') ?? null,
    organisations: ['NHS England'],
    evidence: [
      { label: 'FHIR UK Core', url: 'https://simplifier.net/hl7fhirukcorer4' },
      {
        label: 'NHS England: Digital Technology Assessment Criteria (DTAC)',
        url: 'https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/',
      },
    ],
  };
  const recommendation = await manager.save(
    manager.create(RecommendationEntity, {
      ...text,
      status: RecommendationStatus.PUBLISHED,
      publishedAt,
      publishedRevision: 1,
      implementationStatus: ImplementationStatus.ACCEPTED,
      authorId: chair,
      createdAt: daysAgo(6),
      updatedAt: publishedAt,
    }),
  );
  await manager.insert(RecommendationRevisionEntity, {
    ...text,
    recommendationId: recommendation.id,
    number: 1,
    editorId: chair,
    createdAt: daysAgo(6),
  });

  const idea = await manager.findOneByOrFail(IdeaEntity, { title: ADOPTED_IDEA });
  await manager.query(`INSERT INTO recommendation_ideas (recommendation_id, idea_id) VALUES ($1, $2)`, [recommendation.id, idea.id]);
  await manager.update(IdeaEntity, { id: idea.id }, { status: IdeaStatus.ADOPTED_INTO_RECOMMENDATION });
  await manager.insert(IdeaStatusChangeEntity, {
    ideaId: idea.id,
    fromStatus: idea.status,
    toStatus: IdeaStatus.ADOPTED_INTO_RECOMMENDATION,
    reason: `Adopted into the recommendation “${text.title}”`,
    actorId: chair,
    createdAt: publishedAt,
  });
  await manager.insert(ImplementationUpdateEntity, {
    recommendationId: recommendation.id,
    status: ImplementationStatus.ACCEPTED,
    note: 'NHS England has accepted the recommendation and will update its contract templates.',
    effectiveDate: daysAgo(1).toISOString().slice(0, 10),
    recordedBy: chair,
    createdAt: daysAgo(1),
  });
  return recommendation.id;
}
