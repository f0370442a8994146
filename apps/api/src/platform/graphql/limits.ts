import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { withActualValues } from './actual-values';

/**
 * Bounds on a single operation, so that no query can make the server do unbounded work. The cost limit leaves room
 * for full pages (every web operation at its largest page, limits.int.spec.ts; the board's list of 100 reports with
 * their history and messages, about 51,000; the standard introspection query, 15,581), not for lists nested in
 * lists: six copies of 100 ideas with their comments, replies, revisions and history are refused (45,947 and
 * accepted when a list without a page size counted as one item).
 */
export const OPERATION_LIMITS = {
  /** Depth of the data asked for: fragments are flattened so that well-factored clients are not penalised. */
  depth: 10,
  /** Depth of anything, introspection included: the standard introspection query's own depth. */
  introspectionDepth: 15,
  aliases: 15,
  directives: 20,
  /**
   * graphql-armor's cost (objects 2, scalars 1, times 1.5 a level, times `first`), on the values the operation runs
   * with, a list without a page size times UNPAGED_LIST_SIZE (actual-values.ts).
   */
  cost: 100000,
} as const;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

const OFF = { enabled: false } as const;

/** graphql-armor's rules for the protections named, every other one off. */
function armor(config: ArmorConfig) {
  return new ApolloArmor({
    blockFieldSuggestion: OFF,
    // Its Apollo plugin turns every syntax error into an HTTP 500; the 100 kB body limit bounds tokens instead.
    maxTokens: OFF,
    costLimit: OFF,
    maxAliases: OFF,
    maxDirectives: OFF,
    maxDepth: OFF,
    ...config,
  }).protect();
}

/**
 * graphql-armor's cost rule reads `first` only where it is written as a number, so `first: $first` would count
 * as one item: the rule runs on the operation with its variables and argument defaults written in, each request.
 * A refusal is a validation failure, as when the number is written in the query.
 */
function costOnActualValues(maxCost: number): ApolloServerPlugin {
  const rules: ValidationRule[] = armor({ costLimit: { maxCost, flattenFragments: true, ignoreIntrospection: false } }).validationRules;
  const refusal = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ) => {
    // Variables that do not fit their types leave it to execution, which refuses them with its own message.
    const actual = withActualValues(schema, document, operation, variables);
    return actual ? validate(schema, actual, rules)[0] : undefined;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const error = operation && refusal(schema, document, operation, request.variables ?? {});
          if (error) throw new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
        },
      };
    },
  };
}

/** graphql-js ends a message with " Did you mean …?" naming fields, arguments, types or enum values like the one typed. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** graphql-armor's own mask misses enum values ("Did you mean the enum value …") and inline fragments. */
function withoutSuggestions(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}

/**
 * Field suggestions stay on in development: the schema is public (introspection is part of the open API), so
 * hiding them there would only make errors less helpful. In production they go, so that a misspelt probe learns
 * nothing the caller did not already ask for.
 */
export function operationLimits({ production }: { production: boolean }) {
  const data = armor({
    maxDepth: { n: OPERATION_LIMITS.depth, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.aliases },
    maxDirectives: { n: OPERATION_LIMITS.directives },
  });
  // A second depth rule that counts introspection too, so that `ofType { ofType { … } }` cannot nest without end.
  const introspection = armor({ maxDepth: { n: OPERATION_LIMITS.introspectionDepth, flattenFragments: true, ignoreIntrospection: false } });
  return {
    plugins: [...data.plugins, costOnActualValues(OPERATION_LIMITS.cost), ...(production ? [withoutSuggestions()] : [])],
    validationRules: [...data.validationRules, ...introspection.validationRules],
  };
}
