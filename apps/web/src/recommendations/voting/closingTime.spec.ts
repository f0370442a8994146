import { describe, expect, it } from 'vitest';
import { formatDateTime, parseTime, ukDateTomorrow, ukTimeToIso } from './closingTime';

describe('the closing time of a vote, in UK time', () => {
  it('reads a time on the 24-hour clock', () => {
    expect(parseTime('17:00')).toEqual([17, 0]);
    expect(parseTime(' 9.30 ')).toEqual([9, 30]);
    expect(parseTime('09:05')).toEqual([9, 5]);
    for (const text of ['', '24:00', '12:60', '5pm', '1700', '12:5']) expect(parseTime(text)).toBeNull();
  });

  it('sends a winter time unchanged and a summer time an hour earlier in UTC', () => {
    expect(ukTimeToIso('2026-01-15', [17, 0])).toBe('2026-01-15T17:00:00.000Z');
    expect(ukTimeToIso('2026-07-01', [17, 0])).toBe('2026-07-01T16:00:00.000Z');
    // Just after the clocks go forward (29 March 2026, 01:00 UTC), and on the day they go back.
    expect(ukTimeToIso('2026-03-29', [9, 0])).toBe('2026-03-29T08:00:00.000Z');
    expect(ukTimeToIso('2026-10-25', [12, 0])).toBe('2026-10-25T12:00:00.000Z');
  });

  it('shows an instant as UK readers expect it', () => {
    expect(formatDateTime('2026-07-01T16:00:00.000Z')).toBe('1 July 2026 at 17:00');
    expect(formatDateTime('2026-01-15T17:00:00.000Z')).toBe('15 January 2026 at 17:00');
  });

  it('knows tomorrow’s date in the UK, also late in a summer evening', () => {
    expect(ukDateTomorrow(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-03');
    expect(ukDateTomorrow(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-16');
  });
});
