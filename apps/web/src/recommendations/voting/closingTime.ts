import { datePartsOf } from '../../ui/dateInput';

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

const LONDON_DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** How far UK clocks are ahead of UTC at that instant, in milliseconds (an hour in summer, none in winter). */
function londonOffset(epochMs: number): number {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(epochMs)).map((part) => [part.type, Number(part.value)])) as Record<
    'year' | 'month' | 'day' | 'hour' | 'minute',
    number
  >;
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * "17:00", "9.30" or "09:30" as [hours, minutes] on the 24-hour clock, or null.
 * The board works to UK time, so the time typed is read as UK time whatever the device's zone.
 */
export function parseTime(text: string): [number, number] | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? [hours, minutes] : null;
}

/** A UK wall-clock date (YYYY-MM-DD) and time as the instant the API takes (ISO, UTC). */
export function ukTimeToIso(date: string, [hours, minutes]: [number, number]): string {
  const [year, month, day] = date.split('-').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hours, minutes);
  // The offset at the instant itself, found from a first guess: only the hour the clocks change can differ.
  const offset = londonOffset(wallClock - londonOffset(wallClock));
  return new Date(wallClock - offset).toISOString();
}

/** "26 November 2026 at 17:00", in UK time. */
export function formatDateTime(iso: string): string {
  return LONDON_DATE_TIME.format(new Date(iso));
}

/** The date in the UK at that instant, YYYY-MM-DD. */
export function ukDate(at: Date = new Date()): string {
  return new Date(at.getTime() + londonOffset(at.getTime())).toISOString().slice(0, 10);
}

/** Tomorrow's date in the UK: the closing date a new vote form starts with. */
export function ukDateTomorrow(now: Date = new Date()): string {
  return ukDate(new Date(now.getTime() + 24 * 3600 * 1000));
}

/** A date a week from today in the UK, as typed into the date boxes ("8 12 2026"): an example that is never in the past. */
export function ukDateExample(now: Date = new Date()): string {
  const { day, month, year } = datePartsOf(ukDate(new Date(now.getTime() + 7 * 24 * 3600 * 1000)));
  return `${day} ${month} ${year}`;
}
