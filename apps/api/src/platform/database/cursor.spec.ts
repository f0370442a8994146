import { decodeCursor, encodeCursor, FORGED_CURSOR_MESSAGE, toConnection } from './cursor';

const UUID = '0b6f0c8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f';
const refused = (cursor: string, shape: Parameters<typeof decodeCursor>[1]) => () => decodeCursor(cursor, shape);

describe('decodeCursor', () => {
  it('reads back what PostgreSQL and toISOString print', () => {
    expect(decodeCursor(encodeCursor('2026-12-01 13:52:13.524036+00', UUID), { value: 'timestamp', id: 'uuid' })).toEqual([
      '2026-12-01 13:52:13.524036+00',
      UUID,
    ]);
    expect(decodeCursor(encodeCursor('2026-12-01T13:52:13.524Z', UUID), { value: 'timestamp', id: 'uuid' })[0]).toBe(
      '2026-12-01T13:52:13.524Z',
    );
    expect(decodeCursor(encodeCursor('2024-02-29 00:00:00+05:30', '123'), { value: 'timestamp', id: 'bigint' })).toEqual([
      '2024-02-29 00:00:00+05:30',
      '123',
    ]);
    for (const rank of ['0', '1e-45', '0.0607927', '1.2345678e-20', '3.4028234e+38']) {
      expect(decodeCursor(encodeCursor(`relevance:${rank}`, UUID), { order: 'relevance', value: 'real', id: 'uuid' })[0]).toBe(rank);
    }
  });

  it('refuses values that PostgreSQL could not cast or no page hands out', () => {
    const timestamp = { value: 'timestamp', id: 'uuid' } as const;
    for (const value of [
      'x',
      '2026-02-29 00:00:00+00',
      '2026-12-01 24:00:00+00',
      '2026-12-01 10:00:00+16',
      '0000-01-01 00:00:00+00',
      '2026-12-01',
    ]) {
      expect(refused(encodeCursor(value, UUID), timestamp)).toThrow(FORGED_CURSOR_MESSAGE);
    }
    for (const value of ['1e999', '1e-50', '99999999999999999999', '-1', 'NaN', 'Infinity']) {
      expect(refused(encodeCursor(`relevance:${value}`, UUID), { order: 'relevance', value: 'real', id: 'uuid' })).toThrow(
        FORGED_CURSOR_MESSAGE,
      );
    }
    expect(refused(encodeCursor('1234567890', UUID), { value: 'integer', id: 'uuid' })).toThrow(FORGED_CURSOR_MESSAGE);
    expect(refused(encodeCursor('2026-12-01 10:00:00+00', '1'.repeat(19)), { value: 'timestamp', id: 'bigint' })).toThrow(
      FORGED_CURSOR_MESSAGE,
    );
    expect(refused(encodeCursor('newest:2026-12-01 10:00:00+00', UUID), { order: 'relevance', value: 'timestamp', id: 'uuid' })).toThrow(
      FORGED_CURSOR_MESSAGE,
    );
    expect(refused('not base64 at all!', timestamp)).toThrow(FORGED_CURSOR_MESSAGE);
    expect(refused(Buffer.from('{"a":1}').toString('base64url'), timestamp)).toThrow(FORGED_CURSOR_MESSAGE);
  });
});

describe('toConnection', () => {
  const rows = ['c', 'b', 'a'].map((letter, index) => ({ id: `${UUID.slice(0, -1)}${index}`, at: `2026-12-0${3 - index} 10:00:00+00` }));

  it('keeps the first rows and says there is a next page when the extra row came back', () => {
    const page = toConnection(rows, 2, (row) => row.at);
    expect(page.edges.map((edge) => edge.node)).toEqual(rows.slice(0, 2));
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1].cursor });
    expect(decodeCursor(page.pageInfo.endCursor!, { value: 'timestamp', id: 'uuid' })).toEqual([rows[1].at, rows[1].id]);
  });

  it('ends the list when no extra row came back, and names the order in each cursor', () => {
    const page = toConnection(rows, 3, (row) => row.at, 'NEWEST');
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(page.edges[0].cursor, { order: 'NEWEST', value: 'timestamp', id: 'uuid' })).toEqual([rows[0].at, rows[0].id]);
    expect(refused(page.edges[0].cursor, { value: 'timestamp', id: 'uuid' })).toThrow(FORGED_CURSOR_MESSAGE);
    expect(toConnection([], 3, () => '').pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
