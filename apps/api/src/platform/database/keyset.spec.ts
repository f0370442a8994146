import { encodeCursor, FORGED_CURSOR_MESSAGE } from './cursor';
import { afterCursor, keysetOrder, keysetPage, SortKey, sortKeyColumn } from './keyset';
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
