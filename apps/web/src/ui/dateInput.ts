import { isCalendarDate } from '@ideas-hub/domain';

/** The three boxes of an NHS.UK date input (NhsDateInput), as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** YYYY-MM-DD from the boxes of a date input, or null when they do not make a real date. */
export function dateInputValue(parts: DateParts): string | null {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(value) ? value : null;
}

/** The boxes of a date input showing a YYYY-MM-DD date. */
export function datePartsOf(value: string): DateParts {
  const [year, month, day] = value.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
