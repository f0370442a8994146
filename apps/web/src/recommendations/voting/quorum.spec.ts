import { describe, expect, it } from 'vitest';
import { percentOfQuorum, quorumFromPercent } from './quorum';

describe('the quorum as a percentage', () => {
  it('turns a percentage into the share the API takes', () => {
    expect(quorumFromPercent('50')).toBe(0.5);
    expect(quorumFromPercent(' 50 % ')).toBe(0.5);
    expect(quorumFromPercent('66.7')).toBe(0.667);
    expect(quorumFromPercent('100')).toBe(1);
    expect(quorumFromPercent('0.1')).toBe(0.001);
  });

  it('refuses what is not a percentage from 0.1 to 100', () => {
    for (const text of ['', '0', '0.0', '100.1', '150', '-5', 'half', '0.5.1', '33.33', '1e2']) {
      expect({ text, share: quorumFromPercent(text) }).toEqual({ text, share: null });
    }
  });

  it('shows a share as a percentage', () => {
    expect(percentOfQuorum(0.5)).toBe('50%');
    expect(percentOfQuorum(0.667)).toBe('66.7%');
    expect(percentOfQuorum(1)).toBe('100%');
  });
});
