import { IdeaStatus, Profession, RecommendationStatus, Role } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/accounts.entity';
import { hashPassword } from '../accounts/passwords';
import { IdeaEntity } from '../ideas/ideas.entity';
import { RecommendationEntity } from '../recommendations/recommendations.entity';
import { ThemeEntity } from '../themes/themes.entity';

interface DemoAccount {
  email: string;
  name: string;
  profession: Profession;
  organisation: string;
  roles: Role[];
}

const board = [Role.CONTRIBUTOR, Role.BOARD_MEMBER];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.nhs.uk', name: 'Alex Morgan', profession: Profession.TECH_EXPERT, organisation: 'NHS England', roles: [Role.CONTRIBUTOR, Role.ADMIN] },
  { email: 'chair@demo.nhs.uk', name: 'Dr Priya Shah', profession: Profession.CLINICIAN, organisation: 'HealthTech Advisory Board', roles: [...board, Role.CHAIR] },
  { email: 'board1@demo.nhs.uk', name: 'Prof. Martin Okafor', profession: Profession.ACADEMIC, organisation: 'University of Leeds', roles: board },
  { email: 'board2@demo.nhs.uk', name: 'Sarah Lindqvist', profession: Profession.TECH_EXPERT, organisation: 'Open Health Foundation', roles: board },
  { email: 'board3@demo.nhs.uk', name: 'Dr Tom Evans', profession: Profession.CLINICIAN, organisation: 'Leeds Teaching Hospitals NHS Trust', roles: board },
  { email: 'clinician@demo.nhs.uk', name: 'Dr Aisha Begum', profession: Profession.CLINICIAN, organisation: 'Guy’s and St Thomas’ NHS Foundation Trust', roles: [Role.CONTRIBUTOR] },
  { email: 'techexpert@demo.nhs.uk', name: 'Jamie Clarke', profession: Profession.TECH_EXPERT, organisation: 'NHS Digital Services', roles: [Role.CONTRIBUTOR] },
  { email: 'academic@demo.nhs.uk', name: 'Dr Helen Wright', profession: Profession.ACADEMIC, organisation: 'University of Oxford', roles: [Role.CONTRIBUTOR] },
];

const IDEAS: { author: string; theme: string; title: string; summary: string }[] = [
  {
    author: 'clinician@demo.nhs.uk',
    theme: 'interoperability',
    title: 'Share discharge summaries as structured FHIR documents',
    summary: 'Discharge summaries still reach GPs as PDFs. Sending them as structured FHIR documents would let practices update medication lists without retyping.',
  },
  {
    author: 'techexpert@demo.nhs.uk',
    theme: 'procurement-and-delivery',
    title: 'Require open APIs in every clinical system contract',
    summary: 'Contracts should require documented, open APIs so trusts are not locked in and can connect new services without paying for each interface.',
  },
  {
    author: 'academic@demo.nhs.uk',
    theme: 'workforce-digital-skills',
    title: 'Protected time for digital training on every rota',
    summary: 'Staff are asked to adopt new systems with no time to learn them. Two protected hours a month would raise confidence and cut workarounds.',
  },
];

/** Demo accounts, a few ideas and one published recommendation, so that a newcomer sees a living hub. */
export async function seedDemoData(manager: EntityManager, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const accounts = await manager.save(
    DEMO_ACCOUNTS.map((account) => manager.create(AccountEntity, { ...account, passwordHash, disabledAt: null })),
  );
  const accountId = new Map(accounts.map((account) => [account.email, account.id]));
  const themeId = new Map((await manager.find(ThemeEntity)).map((theme) => [theme.slug, theme.id]));

  await manager.save(
    IDEAS.map((idea) =>
      manager.create(IdeaEntity, {
        title: idea.title,
        summary: idea.summary,
        themeId: themeId.get(idea.theme) ?? null,
        authorId: accountId.get(idea.author)!,
        status: IdeaStatus.SUBMITTED,
        submittedAt: new Date(),
      }),
    ),
  );
  await manager.save(
    manager.create(RecommendationEntity, {
      title: 'Adopt open standards for all new clinical systems',
      summary:
        'Every new clinical system bought by the NHS should exchange data through published open standards (FHIR UK Core, SNOMED CT, dm+d) so that information follows the patient.',
      rationale:
        'Ideas from clinicians and technology experts showed the same pattern: data typed twice, lost between settings, and suppliers charging for each interface. Open standards remove the lock-in and make safe sharing the default.',
      themeId: themeId.get('interoperability') ?? null,
      status: RecommendationStatus.PUBLISHED,
      publishedAt: new Date(),
    }),
  );
}
