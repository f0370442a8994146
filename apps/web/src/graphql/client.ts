import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ErrorCode, type Conflict, type ConflictReason } from '@ideas-hub/domain';
import { print, type DocumentNode } from 'graphql';

/** A field-level problem the API found in an input (`extensions.fields` of BAD_USER_INPUT). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** One entry of a GraphQL response's `errors`, as the API shapes it. */
export interface ApiError {
  message: string;
  extensions?: {
    code?: ErrorCode;
    fields?: FieldProblem[];
    /** Beside CONFLICT: why, with that reason's details next to it. */
    reason?: ConflictReason;
    [detail: string]: unknown;
  };
}

/** A CONFLICT as the API explained it: the reason, its details, and the API's own sentence. */
export type ApiConflict = Conflict & { message: string };

/** Thrown when the API answers with GraphQL errors, so callers can act on their codes and fields. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly ApiError[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'GraphQLRequestError';
  }

  hasCode(code: ErrorCode): boolean {
    return this.errors.some((error) => error.extensions?.code === code);
  }

  /** The conflict among the errors, if there is one, for the page to say what fits its reason. */
  conflict(): ApiConflict | null {
    const error = this.errors.find((each) => each.extensions?.code === ErrorCode.CONFLICT && each.extensions.reason);
    return error ? ({ ...error.extensions, message: error.message } as ApiConflict) : null;
  }
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: ApiError[];
}

// Operations are printed once each: the same documents are sent on every page view.
const printed = new WeakMap<object, string>();

function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** Variables may be left out only when the operation has no required ones. */
type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    // The session lives in an HttpOnly cookie set by the API on the same origin.
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: queryText(document), variables }),
  });

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new Error(`The API answered HTTP ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors);
  }
  if (!body.data) {
    throw new Error(`The API answered HTTP ${response.status} without data`);
  }
  return body.data;
}
