import { isCalendarDate } from './dates';

describe('calendar dates', () => {
  it('accepts real dates written YYYY-MM-DD, leap days only in leap years', () => {
    expect(isCalendarDate('2025-04-01')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-00-10')).toBe(false);
  });

  it('refuses other ways of writing a date', () => {
    for (const value of ['01/04/2025', '2025-4-1', '2025-04-01T00:00:00Z', ' 2025-04-01', '', 'yesterday']) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });
});
