import { describe, expect, it } from 'vitest';
import { diffWords, unchanged } from './wordDiff';

describe('the word-level difference between two revisions', () => {
  it('marks nothing when the texts are the same', () => {
    const parts = diffWords('Adopt open standards', 'Adopt open standards');
    expect(parts).toEqual([{ kind: 'same', text: 'Adopt open standards' }]);
    expect(unchanged(parts)).toBe(true);
  });

  it('marks a replaced word as removed then added, keeping the words around it', () => {
    expect(diffWords('Adopt open standards now', 'Adopt published standards now')).toEqual([
      { kind: 'same', text: 'Adopt ' },
      { kind: 'removed', text: 'open' },
      { kind: 'added', text: 'published' },
      { kind: 'same', text: ' standards now' },
    ]);
  });

  it('marks words added at the end and words removed from the start', () => {
    expect(diffWords('Every trust should share records', 'trust should share records safely')).toEqual([
      { kind: 'removed', text: 'Every ' },
      { kind: 'same', text: 'trust should share records' },
      { kind: 'added', text: ' safely' },
    ]);
  });

  it('rebuilds each version exactly from its parts, line breaks included', () => {
    const before = 'First line.\nSecond line, unchanged.\n\nThird: old words here.';
    const after = 'First line, longer.\nSecond line, unchanged.\n\nThird: new words here and more.';
    const parts = diffWords(before, after);
    const join = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(join(['same', 'removed'])).toBe(before);
    expect(join(['same', 'added'])).toBe(after);
    expect(unchanged(parts)).toBe(false);
  });

  it('keeps punctuation apart from the words it follows', () => {
    expect(diffWords('Require multi-factor sign-in.', 'Require multi-factor sign-in within two years.')).toEqual([
      { kind: 'same', text: 'Require multi-factor sign-in' },
      { kind: 'added', text: ' within two years' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(diffWords('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('keeps as much of the shared text as possible when words move', () => {
    const parts = diffWords('a b c d e', 'a c d b e');
    const kept = parts
      .filter((part) => part.kind === 'same')
      .map((part) => part.text)
      .join('');
    // "a c d e" (with its spaces) is the longest shared run; only "b" moves.
    expect(kept.replace(/\s+/g, ' ').trim()).toBe('a c d e');
    expect(parts.filter((part) => part.kind !== 'same').map((part) => part.text.trim())).toEqual(['b', 'b']);
  });
});
