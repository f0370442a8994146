import { encodeCursor, FORGED_CURSOR_MESSAGE } from './cursor';
import type { Queryable } from './database';
import { afterCursor, keysetList, keysetOrder, keysetPage, listCount, SortKey, sortKeyColumn } from './keyset';
import { SqlParams } from './sql-params';

const UUID = '0b6f0c8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f';
const NEWEST: SortKey = {
  order: 'NEWEST',
  value: 'idea.submitted_at',
  type: 'timestamptz',
  id: 'idea.id',
  idType: 'uuid',
  direction: 'DESC',
};
const OLDEST: SortKey = { value: 'a.occurred_at', type: 'timestamptz', id: 'a.id', idType: 'bigint', direction: 'ASC' };
const AT = '2026-12-01 13:52:13.524036+00';

/** A database that answers every statement with these rows, keeping what it was sent. */
function answering(found: object[]) {
  const sent: { sql: string; params: unknown[] }[] = [];
  const db: Queryable = {
    query: <T>(sql: string, params?: unknown) => {
      sent.push({ sql: sql.replace(/\s+/g, ' ').trim(), params: (params as unknown[] | undefined) ?? [] });
      return Promise.resolve(found as T);
    },
  };
  return { db, sent };
}

describe('afterCursor', () => {
  it('pages on (sort, id) below the cursor when descending, with both parts cast and numbered after the others', () => {
    const params = new SqlParams();
    params.add('a filter');
    expect(afterCursor(NEWEST, encodeCursor(`NEWEST:${AT}`, UUID), params)).toBe(
      '(idea.submitted_at, idea.id) < (CAST($2 AS timestamptz), CAST($3 AS uuid))',
    );
    expect(params.values).toEqual(['a filter', AT, UUID]);
  });

  it('pages above the cursor when ascending', () => {
    const params = new SqlParams();
    expect(afterCursor(OLDEST, encodeCursor(AT, '42'), params)).toBe(
      '(a.occurred_at, a.id) > (CAST($1 AS timestamptz), CAST($2 AS bigint))',
    );
    expect(params.values).toEqual([AT, '42']);
  });

  it('refuses a forged cursor, another order’s, or one whose parts are not of the key’s types, before any parameter is added', () => {
    const relevance: SortKey = { ...NEWEST, order: 'RELEVANCE', value: 'ts_rank_cd(idea.search, q)', type: 'real' };
    const params = new SqlParams();
    for (const [key, cursor] of [
      [NEWEST, 'forged'],
      [NEWEST, encodeCursor(`RELEVANCE:${AT}`, UUID)],
      [NEWEST, encodeCursor(AT, UUID)],
      [NEWEST, encodeCursor(`NEWEST:${AT}`, '42')],
      [relevance, encodeCursor(`RELEVANCE:${AT}`, UUID)],
      [OLDEST, encodeCursor(AT, UUID)],
      [{ ...OLDEST, type: 'int' }, encodeCursor('1234567890', '42')],
    ] as [SortKey, string][]) {
      expect(() => afterCursor(key, cursor, params)).toThrow(FORGED_CURSOR_MESSAGE);
    }
    expect(params.values).toEqual([]);
  });
});

describe('keysetOrder and sortKeyColumn', () => {
  it('order by the sort value, then the id, in the key’s direction', () => {
    expect(keysetOrder(NEWEST)).toBe('idea.submitted_at DESC, idea.id DESC');
    expect(keysetOrder(OLDEST)).toBe('a.occurred_at ASC, a.id ASC');
  });

  it('select the sort value as PostgreSQL prints it', () => {
    expect(sortKeyColumn({ ...NEWEST, value: 'idea.endorsement_count + 1' })).toBe('(idea.endorsement_count + 1)::text AS "sortKey"');
  });
});

describe('keysetPage', () => {
  it('hands out cursors that the next page’s condition reads back', () => {
    const rows = [
      { id: UUID, sortKey: AT, title: 'first' },
      { id: UUID.replace('0f', '10'), sortKey: '2026-11-30 09:00:00+00', title: 'second' },
    ];
    const page = keysetPage(rows, 1, NEWEST);
    expect(page.edges.map((edge) => edge.node.title)).toEqual(['first']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const params = new SqlParams();
    afterCursor(NEWEST, page.pageInfo.endCursor!, params);
    expect(params.values).toEqual([AT, UUID]);
  });
});

describe('keysetList', () => {
  const rows = [
    { id: UUID, sortKey: AT, title: 'first' },
    { id: UUID.replace('0f', '10'), sortKey: '2026-11-30 09:00:00+00', title: 'second' },
  ];

  it('asks for one row more than the page, after the cursor, and maps each row to its node', async () => {
    const { db, sent } = answering(rows);
    const params = new SqlParams();
    const query = { select: 'idea.id, idea.title', from: 'ideas idea', conditions: [`idea.tags @> ${params.add(['x'])}`], params };
    const page = await keysetList(
      db,
      { ...query, key: NEWEST, first: 1, after: encodeCursor(`NEWEST:${AT}`, UUID) },
      (row: { id: string; title: string }) => row.title,
    );
    expect(sent).toEqual([
      {
        sql:
          'SELECT idea.id, idea.title, (idea.submitted_at)::text AS "sortKey" FROM ideas idea WHERE idea.tags @> $1 AND ' +
          '(idea.submitted_at, idea.id) < (CAST($2 AS timestamptz), CAST($3 AS uuid)) ' +
          'ORDER BY idea.submitted_at DESC, idea.id DESC LIMIT $4',
        params: [['x'], AT, UUID, 2],
      },
    ]);
    expect(page.edges.map((edge) => edge.node)).toEqual(['first']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(`NEWEST:${AT}`, UUID) });
  });

  it('leaves out WHERE when there is no filter and no cursor', async () => {
    const { db, sent } = answering(rows);
    const query = { select: 'a.id::text AS id', from: 'audit_log a', conditions: [], params: new SqlParams(), key: OLDEST, first: 5 };
    const page = await keysetList(db, query, (row) => row.id);
    expect(sent[0].sql).toBe(
      'SELECT a.id::text AS id, (a.occurred_at)::text AS "sortKey" FROM audit_log a ORDER BY a.occurred_at ASC, a.id ASC LIMIT $1',
    );
    expect(sent[0].params).toEqual([6]);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('sends nothing for a forged cursor', async () => {
    const { db, sent } = answering(rows);
    const query = { select: 'idea.id', from: 'ideas idea', conditions: [], params: new SqlParams(), key: NEWEST, first: 1, after: 'x' };
    await expect(keysetList(db, query, (row) => row)).rejects.toThrow(FORGED_CURSOR_MESSAGE);
    expect(sent).toEqual([]);
  });
});

describe('listCount', () => {
  it('counts the rows of the list over all its pages, with its filters', async () => {
    const { db, sent } = answering([{ count: 42 }]);
    const params = new SqlParams();
    const conditions = [`idea.status = ${params.add('SUBMITTED')}`, 'idea.hidden_at IS NULL'];
    expect(await listCount(db, { from: 'ideas idea', conditions, params })).toBe(42);
    expect(sent).toEqual([
      { sql: 'SELECT count(*)::int AS count FROM ideas idea WHERE idea.status = $1 AND idea.hidden_at IS NULL', params: ['SUBMITTED'] },
    ]);
  });

  it('counts the whole table when there is no filter', async () => {
    const { db, sent } = answering([{ count: 0 }]);
    expect(await listCount(db, { from: 'audit_log a', conditions: [], params: new SqlParams() })).toBe(0);
    expect(sent[0].sql).toBe('SELECT count(*)::int AS count FROM audit_log a');
  });
});
