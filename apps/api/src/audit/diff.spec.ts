import { changedFields, pick } from './diff';

describe('audit diffs', () => {
  it('keeps only the fields whose values changed, comparing arrays and objects by value', () => {
    const before = { title: 'A', tags: ['x'], evidence: [{ url: 'https://a' }], version: 1 };
    const after = { title: 'B', tags: ['x'], evidence: [{ url: 'https://a' }], version: 2 };
    expect(changedFields(before, after, ['title', 'tags', 'evidence', 'version'])).toEqual({
      before: { title: 'A', version: 1 },
      after: { title: 'B', version: 2 },
    });
  });

  it('picks the named fields only', () => {
    expect(pick({ id: '1', name: 'N', secret: 's' }, ['id', 'name'])).toEqual({ id: '1', name: 'N' });
  });
});
