import { Profession, Role } from '@ideas-hub/domain';
import { EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/accounts.entity';
import { hashPassword } from '../accounts/passwords';
import type { DatabaseSeed } from '../platform/database/prepare-database';
import { ThemeEntity } from '../themes/themes.entity';
import { seedDemoIdeas } from './demo-ideas';
import { seedDemoRecommendation } from './demo-recommendations';
import { seedDemoReports } from './demo-reports';
import { seedDemoVotes } from './demo-votes';

interface DemoAccount {
  email: string;
  name: string;
  profession: Profession;
  organisation: string;
  roles: Role[];
}

const board = [Role.CONTRIBUTOR, Role.BOARD_MEMBER];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@demo.nhs.uk',
    name: 'Alex Morgan',
    profession: Profession.TECH_EXPERT,
    organisation: 'NHS England',
    roles: [Role.CONTRIBUTOR, Role.ADMIN],
  },
  {
    email: 'chair@demo.nhs.uk',
    name: 'Dr Priya Shah',
    profession: Profession.CLINICIAN,
    organisation: 'HealthTech Advisory Board',
    roles: [...board, Role.CHAIR],
  },
  {
    email: 'board1@demo.nhs.uk',
    name: 'Prof. Martin Okafor',
    profession: Profession.ACADEMIC,
    organisation: 'University of Leeds',
    roles: board,
  },
  {
    email: 'board2@demo.nhs.uk',
    name: 'Sarah Lindqvist',
    profession: Profession.TECH_EXPERT,
    organisation: 'Open Health Foundation',
    roles: board,
  },
  {
    email: 'board3@demo.nhs.uk',
    name: 'Dr Tom Evans',
    profession: Profession.CLINICIAN,
    organisation: 'Leeds Teaching Hospitals NHS Trust',
    roles: board,
  },
  {
    email: 'clinician@demo.nhs.uk',
    name: 'Dr Aisha Begum',
    profession: Profession.CLINICIAN,
    organisation: 'Guy’s and St Thomas’ NHS Foundation Trust',
    roles: [Role.CONTRIBUTOR],
  },
  {
    email: 'techexpert@demo.nhs.uk',
    name: 'Jamie Clarke',
    profession: Profession.TECH_EXPERT,
    organisation: 'NHS Digital Services',
    roles: [Role.CONTRIBUTOR],
  },
  {
    email: 'academic@demo.nhs.uk',
    name: 'Dr Helen Wright',
    profession: Profession.ACADEMIC,
    organisation: 'University of Oxford',
    roles: [Role.CONTRIBUTOR],
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

  await seedDemoIdeas(manager, accountId, themeId);
  await seedDemoVotes(manager, accountId, await seedDemoRecommendation(manager, accountId, themeId));
  await seedDemoReports(manager, accountId, themeId);
}

/** Planted on a hub without accounts, the first time it starts. */
export const DEMO_SEED: DatabaseSeed = {
  isEmpty: async (manager) => (await manager.count(AccountEntity)) === 0,
  plant: seedDemoData,
};
