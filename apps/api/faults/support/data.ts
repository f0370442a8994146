import { Client } from 'pg';
import type { HubProcess } from './hub-process';

/** A query against the hub's own database, straight through pg, for setting up and checking what the API did. */
export async function sql<T = Record<string, unknown>>(hub: HubProcess, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: hub.databaseUrl() });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Submitted ideas written straight to the table, so that a full-text search has
 * real work to do (tens of milliseconds per request) and requests stay in flight.
 */
export async function addSearchableIdeas(hub: HubProcess, count: number): Promise<void> {
  await sql(
    hub,
    `INSERT INTO ideas (title, summary, problem, proposal, theme_id, author_id, status, submitted_at)
     SELECT 'Better electronic prescribing and referral number ' || g, 'A change to discharge that saves staff time ' || g,
            'Today pathology is slow and records are duplicated ' || g, 'Use open standards for interoperability ' || g,
            (SELECT id FROM themes ORDER BY slug LIMIT 1), (SELECT id FROM accounts ORDER BY email LIMIT 1), 'SUBMITTED',
            now() - g * interval '1 minute'
       FROM generate_series(1, $1::int) g`,
    [count],
  );
}

export const SEARCH = `{
  ideas(first: 20, query: "electronic prescribing") { totalCount edges { node { id title headline author { name } } } }
}`;
