import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Bounds on a single operation, so that no query can make the server do
 * unbounded work. Field suggestions stay on: the schema is public (introspection
 * is part of the open API), so hiding them would only make errors less helpful.
 */
export function operationLimits() {
  const { plugins, validationRules } = new ApolloArmor({
    // Depth of the data asked for: fragments are flattened so that well-factored clients are not penalised.
    maxDepth: { n: 10, flattenFragments: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Its Apollo plugin turns every syntax error into an HTTP 500; the 100 kB body limit bounds tokens instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins, validationRules };
}
