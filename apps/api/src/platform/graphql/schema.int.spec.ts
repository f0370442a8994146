import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { TestHub } from '../../../test/hub';

const SCHEMA_FILE = join(__dirname, '../../../schema.graphql');
const HEADER = '# Generated from the code-first resolvers by `npm run schema`. Do not edit.\n\n';

describe('the committed GraphQL schema', () => {
  const hub = TestHub.forSuite();

  it('matches the schema the code generates (run `npm run schema` after changing the API)', async () => {
    const generated = HEADER + printSchema(lexicographicSortSchema(hub.get(GraphQLSchemaHost).schema));
    if (process.env.UPDATE_SCHEMA) await writeFile(SCHEMA_FILE, generated);
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
