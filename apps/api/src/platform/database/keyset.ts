import { Connection, CursorPart, decodeCursor, toConnection } from './cursor';
import { firstRow, Queryable, rows } from './database';
import { SqlParams } from './sql-params';

/** The SQL type a sort value is compared as; it also says what a cursor's value must look like. */
export type SortType = 'timestamptz' | 'int' | 'bigint' | 'real';
/** The SQL type of a list's unique tie-breaker. */
export type IdType = 'uuid' | 'bigint';

const CURSOR_PART: Record<SortType | IdType, CursorPart> = {
  timestamptz: 'timestamp',
  int: 'integer',
  bigint: 'bigint',
  real: 'real',
  uuid: 'uuid',
};

/**
 * What a list pages on: a sort value (a column or an expression that is never NULL for a listed row)
 * with a unique id as tie-breaker, both in one direction.
 */
export interface SortKey {
  /** Named in the cursor when a list has several orders, so that one order's cursor is refused by another. */
  order?: string;
  /** The SQL of the sort value, e.g. `idea.submitted_at`. */
  value: string;
  type: SortType;
  /** The SQL of the tie-breaker, e.g. `idea.id`. */
  id: string;
  idType: IdType;
  direction: 'ASC' | 'DESC';
}

/** A row as a keyset list selects it: its id and its sort value as PostgreSQL prints it (`sortKeyColumn`). */
export interface KeyedRow {
  id: string;
  sortKey: string;
}

/**
 * The rows after the cursor in the key's order, `(sort, id) < (…)` descending and `>` ascending, with the
 * cursor's parts checked (BAD_USER_INPUT on a forged one) and cast to the key's types.
 */
export function afterCursor(key: SortKey, cursor: string, params: SqlParams): string {
  const [value, id] = decodeCursor(cursor, { order: key.order, value: CURSOR_PART[key.type], id: CURSOR_PART[key.idType] });
  const comparison = key.direction === 'DESC' ? '<' : '>';
  const after = `CAST(${params.add(value)} AS ${key.type}), CAST(${params.add(id)} AS ${key.idType})`;
  return `(${key.value}, ${key.id}) ${comparison} (${after})`;
}

/** The ORDER BY of a keyset list: the sort value, then the id, in the key's direction. */
export function keysetOrder(key: SortKey): string {
  return `${key.value} ${key.direction}, ${key.id} ${key.direction}`;
}

/**
 * The sort value as text, for the cursor: PostgreSQL's own print keeps the microseconds of a time,
 * which a JavaScript Date would round away (and a page would then skip rows).
 */
export function sortKeyColumn(key: SortKey): string {
  return `(${key.value})::text AS "sortKey"`;
}

/** The connection of rows fetched with `first + 1`, each cursor naming the key's order when it has one. */
export function keysetPage<T extends KeyedRow>(rows: T[], first: number, key: SortKey): Connection<T> {
  return toConnection(rows, first, (row) => row.sortKey, key.order);
}

/** What a list is of: its table and filters, for its pages and its count alike. */
export interface ListQuery {
  /** The table and its alias, e.g. `ideas idea`. */
  from: string;
  /** The list's filters, each written with `params`. */
  conditions: string[];
  params: SqlParams;
}

const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/** How many rows the list holds over all its pages. */
export async function listCount(db: Queryable, query: ListQuery): Promise<number> {
  const counted = await firstRow<{ count: number }>(
    db,
    `SELECT count(*)::int AS count FROM ${query.from} ${where(query.conditions)}`,
    query.params.values,
  );
  return counted?.count ?? 0;
}

/** One page of a keyset list, as `keysetList` builds its statement. */
export interface KeysetQuery extends ListQuery {
  /** The columns each row needs, besides the sort key. */
  select: string;
  key: SortKey;
  first: number;
  after?: string | null;
}

/**
 * Fetches a page (`first + 1` rows, the extra one telling whether there is a next page) after the cursor,
 * in the key's order, and hands each row to `toNode` for its edge.
 */
export async function keysetList<Row extends { id: string }, Node>(
  db: Queryable,
  query: KeysetQuery,
  toNode: (row: Row & KeyedRow) => Node,
): Promise<Connection<Node>> {
  const { params, key } = query;
  const conditions = query.after ? [...query.conditions, afterCursor(key, query.after, params)] : query.conditions;
  const found = await rows<Row & KeyedRow>(
    db,
    `SELECT ${query.select}, ${sortKeyColumn(key)} FROM ${query.from}
      ${where(conditions)}
      ORDER BY ${keysetOrder(key)} LIMIT ${params.add(query.first + 1)}`,
    params.values,
  );
  const page = keysetPage(found, query.first, key);
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toNode(node) })) };
}
