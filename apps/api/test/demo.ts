import type { EntityManager } from 'typeorm';
import { seedDemoData } from '../src/seed/demo-data';
import type { TestHub } from './hub';

/** What undoes the demo data once its checks have passed. */
export class RolledBack extends Error {}

/**
 * Seeds the demo data inside a transaction, runs `check` on it and then undoes it all, so that other suites never see
 * the demo data: the promise rejects with `RolledBack` when the checks passed, with their failure otherwise.
 */
export function checkDemoDataThenUndo(hub: TestHub, check: (manager: EntityManager) => Promise<void>): Promise<never> {
  return hub.db.transaction(async (manager) => {
    await seedDemoData(manager, 'demo password for the test');
    await check(manager);
    throw new RolledBack();
  });
}
