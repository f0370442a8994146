import { ErrorCode, LIMITS, Role } from '@ideas-hub/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getIntrospectionQuery,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HubClient, TestHub } from '../../../test/hub';

/** How graphql-armor words a refusal: "Query Cost limit of 100000 exceeded, found 270640.5." and the like. */
const LIMIT_REFUSAL = /limit of [\d.]+ exceeded/i;

const comments = 'body author { name } replies { body author { name } }';
/** Ten lists of ideas, each with their comments and replies, and those of the idea each was merged into. */
const LIST_BOMB = `query ListBomb($n: Int!) { ${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
  .map(
    (alias) => `${alias}: ideas(first: $n) { edges { node { title comments { ${comments} } mergedInto { comments { ${comments} } } } } }`,
  )
  .join(' ')} }`;

/**
 * Lists that take no page size, nested under a full page of ideas: each idea's comments with their replies and
 * authors, its revisions and its history, none of which has a `first` to count. Six copies, as many as fit under
 * the limit when each such list counted as one item (45,947).
 */
const unpaginated = (first: number) =>
  `ideas(first: ${first}) { edges { node { comments { replies { author { name } } } revisions { title } history { at } } } }`;
const UNPAGINATED_BOMB = `{ ${Array.from({ length: 6 }, (_, i) => `i${i}: ${unpaginated(LIMITS.pageSizeMax)}`).join(' ')} }`;

function ofTypeBomb(levels: number): string {
  return `{ __schema { types { fields { type { ${'ofType { name '.repeat(levels)}${'} '.repeat(levels)} } } } } }`;
}

describe('operation limits', () => {
  let development: TestHub;
  let production: TestHub;
  beforeAll(async () => {
    [development, production] = await Promise.all([TestHub.start(), TestHub.start({ production: true })]);
  });
  afterAll(() => Promise.all([development.close(), production.close()]));

  describe('in production', () => {
    const MISSPELT: [string, string, Record<string, unknown>][] = [
      ['a field', `{ ideaz(first: 1) { totalCount } }`, {}],
      ['an argument', `{ ideas(fist: 1) { totalCount } }`, {}],
      ['a type', `query ($sort: IdeaSrot) { ideas(sort: $sort) { totalCount } }`, {}],
      ['a type in a fragment', `{ ideas { edges { node { ... on Ideaa { id } } } } }`, {}],
      ['an input field', `mutation { signIn(input: { emial: "a@b.c", password: "x" }) { id } }`, {}],
      ['an enum value', `{ ideas(sort: NEWST) { totalCount } }`, {}],
      ['an enum value in a variable', `query ($sort: IdeaSort) { ideas(sort: $sort) { totalCount } }`, { sort: 'NEWST' }],
    ];

    it.each(MISSPELT)('suggests nothing for a misspelt %s, while development does', async (_what, query, variables) => {
      const [dev, prod] = await Promise.all([development.client().gql(query, variables), production.client().gql(query, variables)]);
      expect(dev.errors?.map((error) => error.message).join('\n')).toMatch(/Did you mean/);
      expect(prod.errors?.[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(prod.errors?.map((error) => error.message).join('\n')).not.toMatch(/did you mean/i);
    });
  });

  describe('on introspection, in development and production alike', () => {
    it('refuses ofType nested past the depth limit', async () => {
      for (const hub of [development, production]) {
        const body = await hub.client().gql(ofTypeBomb(20));
        expect(body.status).toBe(400);
        expect(body.errors?.[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
        expect(body.errors?.[0].message).toMatch(/depth limit/i);
      }
    });

    it('answers the standard introspection query, as GraphiQL and code generators send it', async () => {
      const everything = {
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      };
      for (const hub of [development, production]) {
        for (const query of [getIntrospectionQuery(), getIntrospectionQuery(everything)]) {
          const body = await hub.client().gql(query);
          expect(body.errors).toBeUndefined();
          expect(body.data?.__schema.types.length).toBeGreaterThan(50);
        }
      }
    });
  });

  describe('cost', () => {
    it('counts a page size given as a variable like one written in the query', async () => {
      const client = development.client();
      const literal = await client.gql(LIST_BOMB.replace('($n: Int!)', '').replace(/\$n\b/g, String(LIMITS.pageSizeMax)));
      const variable = await client.gql(LIST_BOMB, { n: LIMITS.pageSizeMax });
      expect(literal.errors?.[0].message).toMatch(/cost limit/i);
      expect({ status: variable.status, errors: variable.errors }).toEqual({ status: literal.status, errors: literal.errors });
      expect(variable).toMatchObject({ status: 400, errors: [{ extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
      // The same lists, one item each, are well within the limit.
      expect((await client.gql(LIST_BOMB, { n: 1 })).errors).toBeUndefined();
    });

    it('counts a list without a page size as an assumed number of items, not one', async () => {
      const body = await development.client().gql(UNPAGINATED_BOMB);
      expect(body).toMatchObject({ status: 400, errors: [{ extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
      expect(body.errors?.[0].message).toMatch(/cost limit/i);
      // The same lists for one idea are within it.
      expect((await development.client().gql(`{ ${unpaginated(1)} }`)).errors).toBeUndefined();
    });

    it('leaves variables of the wrong type to the usual refusal', async () => {
      const error = await development.client().error(LIST_BOMB, { n: 'many' });
      expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.message).toMatch(/Variable "\$n" got invalid value/);
    });

    it('counts the schema default of an omitted page size', async () => {
      const client = development.client();
      const written = await client.gql(LIST_BOMB.replace('($n: Int!)', '').replace(/first: \$n/g, `first: ${LIMITS.pageSizeDefault}`));
      const omitted = await client.gql(LIST_BOMB.replace('($n: Int!)', '').replace(/\(first: \$n\)/g, ''));
      expect(written.errors?.[0].message).toMatch(/cost limit/i);
      expect(omitted.errors).toEqual(written.errors);
    });
  });

  describe("the web app's operations", () => {
    const web = webOperations();
    let caller: HubClient;
    beforeAll(async () => {
      caller = (await development.account([Role.BOARD_MEMBER, Role.CHAIR, Role.ADMIN])).client;
    });

    it('are all found', () => {
      expect(web.map(({ name }) => name)).toEqual(expect.arrayContaining(['Ideas', 'PracticeGapReports', 'LatestRecommendations', 'Idea']));
    });

    it.each(web.map((operation) => [operation.name, operation] as const))(
      '%s passes every limit at the largest page size',
      async (_name, operation) => {
        const schema = development.get(GraphQLSchemaHost).schema;
        const variables = fillVariables(schema, operation.definition);
        // Variables of the right types, so that the cost is computed on them rather than left to execution.
        expect(getVariableValues(schema, operation.definition.variableDefinitions ?? [], variables).errors).toBeUndefined();
        const body = await caller.gql(operation.query, variables);
        expect(body.errors?.filter((error) => LIMIT_REFUSAL.test(error.message)) ?? []).toEqual([]);
        expect(body.status).toBeLessThan(500);
      },
    );
  });
});

interface WebOperation {
  name: string;
  definition: OperationDefinitionNode;
  /** The operation with the fragments it uses, as the web sends it. */
  query: string;
}

/** Every operation in the web's .graphql files, each with the fragments it uses from any of them. */
function webOperations(): WebOperation[] {
  const root = resolve(__dirname, '../../../../web/src');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.graphql'));
  const sources = files.map((file) => readFileSync(join(root, file), 'utf8'));
  const definitions: DefinitionNode[] = sources.flatMap((source) => parse(source).definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = (node: DefinitionNode, found: Set<string>): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        if (found.has(spread.name.value)) return;
        found.add(spread.name.value);
        used(fragments.get(spread.name.value)!, found);
      },
    });
    return found;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((definition) => {
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [definition, ...[...used(definition, new Set())].map((name) => fragments.get(name)!)],
      };
      return { name: definition.name?.value ?? 'anonymous', definition, query: print(document) };
    });
}

/** A value of each variable's type: page sizes (every Int) at their largest, the rest anything that fits. */
function fillVariables(schema: Parameters<typeof typeFromAST>[0], operation: OperationDefinitionNode): Record<string, unknown> {
  const fill = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return fill(type.ofType);
    if (isListType(type)) return [fill(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, fill(field.type)]),
      );
    }
    const scalars: Record<string, unknown> = {
      Int: LIMITS.pageSizeMax,
      Float: 1,
      Boolean: true,
      ID: '00000000-0000-0000-0000-000000000000',
      DateTime: new Date().toISOString(),
    };
    return type.name in scalars ? scalars[type.name] : 'x';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((variable) => [
      variable.variable.name.value,
      fill(typeFromAST(schema, variable.type) as GraphQLInputType),
    ]),
  );
}
