import { safeError, type SafeError } from './safe-error';

describe('safeError', () => {
  it('keeps a JavaScript error readable: its type, a property name it names, and its stack frames', () => {
    let thrown: unknown;
    try {
      // eslint-disable-next-line @typescript-eslint/no-unused-expressions -- the read is the TypeError under test
      (undefined as unknown as { id: string }).id;
    } catch (error) {
      thrown = error;
    }
    const safe = safeError(thrown) as SafeError;
    expect(safe).toMatchObject({ type: 'TypeError', message: "Cannot read properties of undefined (reading 'id')" });
    expect(safe.stack?.split('\n').every((line) => /^\s+at /.test(line))).toBe(true);
  });

  it('takes out quoted values and emails, and copies no other field of the error', () => {
    const error = Object.assign(new Error('invalid input syntax for type uuid: "GAP-7K3Q-M9XW" from a@b.example, \'x y\''), {
      parameters: ['secret'],
      query: 'SELECT 1',
      detail: 'Key (email)=(a@b.example) already exists.',
      code: '22P02',
    });
    expect(safeError(error)).toEqual({
      type: 'Error',
      message: 'invalid input syntax for type uuid: "…" from …, \'…\'',
      code: '22P02',
      stack: expect.any(String),
    });
  });

  it("reads the error inside pino-http's own serialisation, and gives the same answer twice", () => {
    const error = new RangeError('out of range');
    const once = safeError({ type: 'RangeError', message: 'out of range', raw: error, extra: 'secret' });
    expect(once).toMatchObject({ type: 'RangeError', message: 'out of range' });
    expect(safeError({ ...(once as object), raw: once })).toBe(once);
    expect(safeError(once)).toBe(once);
  });

  it('logs no value that is not an error', () => {
    expect(safeError('a@b.example')).toEqual({ type: 'string', message: '' });
    expect(safeError({ email: 'a@b.example' })).toEqual({ type: 'Object', message: '' });
  });
});
