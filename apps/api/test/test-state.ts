import type { EmbeddedDatabase } from '../src/platform/database/embedded-postgres';

/** Shared between jest's global setup and teardown, which run in the same process. */
export const testState: { embedded?: EmbeddedDatabase; dataDir?: string } = ((globalThis as Record<string, unknown>).__ideasHubTest ??= {});
