import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect';

describe('safeRedirect', () => {
  it('follows paths on this site', () => {
    expect(safeRedirect('/account')).toBe('/account');
    expect(safeRedirect('/ideas?theme=data#top')).toBe('/ideas?theme=data#top');
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a tab that browsers strip', '/\t/evil.example'],
    ['a relative path', 'account'],
    ['a repeated parameter', ['/account', '/x']],
    ['no value', undefined],
  ])('refuses %s', (_, value) => {
    expect(safeRedirect(value)).toBeNull();
  });
});
