import { rm } from 'node:fs/promises';
import { testState } from './test-state';

export default async function globalTeardown(): Promise<void> {
  await testState.embedded?.stop();
  if (testState.dataDir) await rm(testState.dataDir, { recursive: true, force: true });
}
