import { BadUserInputError } from '../graphql/errors';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Keyset cursors: the sort value and the id, opaque to clients. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

/** What a part of a cursor must be, so that PostgreSQL can always cast it: a forged one never reaches SQL. */
export type CursorPart = 'timestamp' | 'integer' | 'bigint' | 'real' | 'uuid';

const TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(\.\d{1,6})?(Z|[+-](\d\d)(:?(\d\d))?)$/;

/** A time as PostgreSQL prints a timestamptz or as toISOString() writes one, with a real date and an offset PostgreSQL accepts. */
function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const realDay = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const offsetOk = match[8] === 'Z' || (Number(match[9]) <= 15 && Number(match[11] ?? 0) < 60);
  return realDay && hour < 24 && minute < 60 && second < 60 && offsetOk;
}

/**
 * A non-negative real as PostgreSQL prints one (a rank): at most nine significant digits, and within
 * what a real holds (its smallest subnormal prints as 1e-45), beyond which the cast fails.
 */
function isReal(value: string): boolean {
  const match = /^(\d+)(?:\.(\d+))?(?:e[+-]?\d+)?$/.exec(value);
  const digits = match ? `${match[1]}${match[2] ?? ''}`.replace(/^0+/, '') : '';
  const number = Number(value);
  return !!match && digits.length <= 9 && (number === 0 || (number >= 1e-45 && number <= 3.4028234e38));
}

const CURSOR_PARTS: Record<CursorPart, (value: string) => boolean> = {
  timestamp: isTimestamp,
  // int fits nine digits, bigint eighteen: a longer one would fail its cast.
  integer: (value) => /^\d{1,9}$/.test(value),
  bigint: (value) => /^\d{1,18}$/.test(value),
  real: isReal,
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

export interface CursorShape {
  /** The sort value's type. */
  value: CursorPart;
  /** The tie-breaker's type. */
  id: CursorPart;
  /** For a list with several orders: a cursor names its order, so that one order's cursor is refused by another. */
  order?: string;
}

export const FORGED_CURSOR_MESSAGE = 'after must be a cursor returned by an earlier page';

/**
 * Reads a cursor back into its sort value and id, each checked to be of the type its list pages on:
 * anything forged, from another list or from another order gets BAD_USER_INPUT, never a failed cast.
 */
export function decodeCursor(cursor: string, shape: CursorShape): [string, string] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
    const [token, id] = value as [string, string];
    const prefix = shape.order === undefined ? '' : `${shape.order}:`;
    const sortValue = token.slice(prefix.length);
    if (token.startsWith(prefix) && CURSOR_PARTS[shape.value](sortValue) && CURSOR_PARTS[shape.id](id)) return [sortValue, id];
  }
  throw BadUserInputError.field('after', FORGED_CURSOR_MESSAGE);
}

/** Builds a connection from rows fetched with `first + 1`, the extra row telling whether there is a next page. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  sortValue: (row: T) => string,
  order?: string,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor(order === undefined ? sortValue(node) : `${order}:${sortValue(node)}`, node.id),
  }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
