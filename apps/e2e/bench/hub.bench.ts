import autocannon from 'autocannon';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseUrl } from '../src/support/env';
import { signInToApi } from '../src/support/graphql';

const IDEAS = Number(process.env.BENCH_IDEAS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;

const HOME = `{ recommendations(first: 3) { edges { node { id title summary publishedAt theme { name } } } } }`;
const LIST = `{
  ideas(first: 20, sort: NEWEST) {
    totalCount
    edges { node { id title status endorsementCount commentCount theme { name } author { name profession } } }
  }
}`;
const SEARCH = `{ ideas(first: 20, query: "electronic prescribing") { totalCount edges { node { id title headline author { name } } } } }`;
const TRENDING = `{ ideas(first: 20, sort: TRENDING) { edges { node { id title endorsementCount } } } }`;
const SIMILAR = `{ similarIdeas(title: "Share discharge summaries electronically") { id title similarity } }`;
const DRAFT = `mutation ($input: IdeaDraftInput!) { saveIdeaDraft(input: $input) { id } }`;
const SUBMIT = `mutation ($id: ID!) { submitIdea(id: $id) { id } }`;

const WORDS = [
  'electronic',
  'prescribing',
  'discharge',
  'referral',
  'pathology',
  'records',
  'interoperability',
  'pharmacy',
  'triage',
  'imaging',
];

interface Figures {
  scenario: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number };
  non2xx: number;
  errors: number;
}

/** Fills the hub with submitted ideas through the API, as contributors would. */
async function seedIdeas(count: number): Promise<void> {
  const author = await signInToApi('techexpert@demo.nhs.uk');
  const { themes } = await author.request<{ themes: { id: string }[] }>(`{ themes { id } }`);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const word = (offset: number) => WORDS[(index + offset) % WORDS.length];
      const { saveIdeaDraft } = await author.request<{ saveIdeaDraft: { id: string } }>(DRAFT, {
        input: {
          title: `Better ${word(0)} and ${word(3)} number ${index}`,
          summary: `A change to ${word(1)} that saves staff time (${index}).`,
          problem: `Today ${word(2)} is slow and ${word(4)} is duplicated.`,
          proposal: `Use open standards for ${word(5)} and ${word(6)}.`,
          benefits: ['STAFF_TIME_AND_WELLBEING'],
          themeId: themes[index % themes.length].id,
          tags: [word(7)],
        },
      });
      await author.request(SUBMIT, { id: saveIdeaDraft.id });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function measure(scenario: string, path: string, options: Partial<autocannon.Options> = {}): Promise<Figures> {
  const result = await autocannon({ url: new URL(path, baseUrl()).href, connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    scenario,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const graphql = (query: string): Partial<autocannon.Options> => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

describe('the hub under load', () => {
  it(`serves pages and queries over ${IDEAS} ideas without errors`, async () => {
    const seeding = Date.now();
    await seedIdeas(IDEAS);
    const seedSeconds = (Date.now() - seeding) / 1000;

    const figures = [
      await measure('GET / (web app)', '/'),
      await measure('home: latest recommendations', '/graphql', graphql(HOME)),
      await measure('ideas: newest 20 with authors and themes', '/graphql', graphql(LIST)),
      await measure('ideas: full-text search', '/graphql', graphql(SEARCH)),
      await measure('ideas: trending', '/graphql', graphql(TRENDING)),
      await measure('similar ideas (pg_trgm)', '/graphql', graphql(SIMILAR)),
    ];
    console.table(
      figures.map(({ scenario, requestsPerSecond, latencyMs, non2xx }) => ({ scenario, 'req/s': requestsPerSecond, ...latencyMs, non2xx })),
    );
    await writeFile(
      join(__dirname, 'results.json'),
      `${JSON.stringify(
        { measuredAt: new Date().toISOString(), ideas: IDEAS, seedSeconds, connections: CONNECTIONS, seconds: SECONDS, figures },
        null,
        2,
      )}\n`,
    );
    for (const figure of figures)
      expect({ scenario: figure.scenario, non2xx: figure.non2xx, errors: figure.errors }).toEqual({
        scenario: figure.scenario,
        non2xx: 0,
        errors: 0,
      });
  });
});
