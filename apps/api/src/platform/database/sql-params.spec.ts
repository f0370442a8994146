import { SqlParams } from './sql-params';

describe('SqlParams', () => {
  it('numbers each value in the order it is added, from $1', () => {
    const params = new SqlParams();
    expect([params.add('words'), params.add(null), params.add(21)]).toEqual(['$1', '$2', '$3']);
    expect(params.values).toEqual(['words', null, 21]);
  });

  it('starts again from $1 for every statement', () => {
    new SqlParams().add('other statement');
    expect(new SqlParams().add('x')).toBe('$1');
  });
});
