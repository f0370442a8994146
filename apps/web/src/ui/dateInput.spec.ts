import { describe, expect, it } from 'vitest';
import { dateInputValue, datePartsOf } from './dateInput';

describe('the value of a date input', () => {
  it('pads the day and month', () => {
    expect(dateInputValue({ day: '3', month: '9', year: '2026' })).toBe('2026-09-03');
    expect(dateInputValue({ day: ' 31 ', month: '12', year: '2026' })).toBe('2026-12-31');
  });

  it('refuses dates that are not on the calendar or not written as numbers', () => {
    expect(dateInputValue({ day: '29', month: '2', year: '2027' })).toBeNull();
    expect(dateInputValue({ day: '', month: '2', year: '2027' })).toBeNull();
    expect(dateInputValue({ day: '1', month: 'March', year: '2027' })).toBeNull();
    expect(dateInputValue({ day: '1', month: '3', year: '27' })).toBeNull();
  });

  it('fills the boxes back from a date', () => {
    expect(datePartsOf('2026-09-03')).toEqual({ day: '3', month: '9', year: '2026' });
  });
});
