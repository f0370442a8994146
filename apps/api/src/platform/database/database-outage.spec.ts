import pino from 'pino';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnreachable, OutageLog } from './database-outage';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('telling an unreachable database from a failing query', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    [
      'a host with several addresses, all refused',
      Object.assign(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]), {}),
    ],
    ['a server shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection failure (08006)', withCode('connection failure', '08006')],
    ['a connection cut under a query', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['a pool that found no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a transaction whose connection was dropped', new QueryRunnerAlreadyReleasedError()],
    ['a GraphQL error wrapping any of these', { message: 'x', originalError: withCode('read ECONNRESET', 'ECONNRESET') }],
  ])('counts %s as unreachable', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('duplicate key value', '23505'))],
    ['an invalid byte sequence (a NUL in text)', withCode('invalid byte sequence for encoding "UTF8": 0x00', '22021')],
    [
      'a protocol violation (a bug, not an outage)',
      withCode('bind message supplies 1 parameters, but prepared statement requires 2', '08P01'),
    ],
    ['a plain error', new Error('Cannot read properties of undefined')],
    ['nothing', undefined],
  ])('does not count %s', (_what, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});

describe('the outage log', () => {
  it('writes at most one line a second, each counting the refusals it stands for, and never the query', () => {
    const lines: { reason: string; refused: number; msg: string }[] = [];
    const log = new OutageLog(pino({}, { write: (line: string) => void lines.push(JSON.parse(line)) }));
    const error = new QueryFailedError('SELECT * FROM accounts WHERE email = $1', ['someone@example.nhs.uk'], withCode('gone', '57P01'));

    // 3,000 refusals over 3 seconds.
    for (let index = 0; index < 3_000; index++) log.note(error, 1_000_000 + index);

    expect(lines.map(({ reason, refused }) => ({ reason, refused }))).toEqual([
      { reason: '57P01', refused: 1 },
      { reason: '57P01', refused: 1_000 },
      { reason: '57P01', refused: 1_000 },
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/someone@|SELECT/);
  });
});
