// Dates are shown as UK readers expect them ("3 March 2026"), in UK time whatever the device's zone.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

export function formatDate(isoDateTime: string): string {
  return LONG_DATE.format(new Date(isoDateTime));
}
