/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment SessionAccount on Account {\n  id\n  name\n  email\n  profession\n  organisation\n  roles\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Accounts {\n  accounts {\n    id\n    name\n    email\n    roles\n    disabled\n  }\n}": typeof types.SessionAccountFragmentDoc,
    "query LatestRecommendations($first: Int!) {\n  recommendations(first: $first) {\n    edges {\n      node {\n        ...RecommendationCard\n      }\n    }\n  }\n}\n\nfragment RecommendationCard on Recommendation {\n  id\n  title\n  summary\n  publishedAt\n  theme {\n    id\n    name\n  }\n}": typeof types.LatestRecommendationsDocument,
};
const documents: Documents = {
    "fragment SessionAccount on Account {\n  id\n  name\n  email\n  profession\n  organisation\n  roles\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Accounts {\n  accounts {\n    id\n    name\n    email\n    roles\n    disabled\n  }\n}": types.SessionAccountFragmentDoc,
    "query LatestRecommendations($first: Int!) {\n  recommendations(first: $first) {\n    edges {\n      node {\n        ...RecommendationCard\n      }\n    }\n  }\n}\n\nfragment RecommendationCard on Recommendation {\n  id\n  title\n  summary\n  publishedAt\n  theme {\n    id\n    name\n  }\n}": types.LatestRecommendationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionAccount on Account {\n  id\n  name\n  email\n  profession\n  organisation\n  roles\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Accounts {\n  accounts {\n    id\n    name\n    email\n    roles\n    disabled\n  }\n}"): (typeof documents)["fragment SessionAccount on Account {\n  id\n  name\n  email\n  profession\n  organisation\n  roles\n}\n\nquery Me {\n  me {\n    ...SessionAccount\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...SessionAccount\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nquery Accounts {\n  accounts {\n    id\n    name\n    email\n    roles\n    disabled\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatestRecommendations($first: Int!) {\n  recommendations(first: $first) {\n    edges {\n      node {\n        ...RecommendationCard\n      }\n    }\n  }\n}\n\nfragment RecommendationCard on Recommendation {\n  id\n  title\n  summary\n  publishedAt\n  theme {\n    id\n    name\n  }\n}"): (typeof documents)["query LatestRecommendations($first: Int!) {\n  recommendations(first: $first) {\n    edges {\n      node {\n        ...RecommendationCard\n      }\n    }\n  }\n}\n\nfragment RecommendationCard on Recommendation {\n  id\n  title\n  summary\n  publishedAt\n  theme {\n    id\n    name\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;