const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a date written YYYY-MM-DD that exists on the calendar: 2024-02-29 yes, 2025-02-29 no. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
