/** Plain UK wording for the dates and times in notes. Pure. */

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** '2026-11-20' → '20 November 2026'; anything else is shown as it is. */
export function formatDay(day: string): string {
  // Date.parse would turn 2026-02-31 into 3 March; a day that does not exist is shown as stored.
  return isRealDay(day) ? DAY.format(Date.parse(`${day}T00:00:00Z`)) : day;
}

/** An ISO time as '20 Nov, 09:30' in the device's time zone. */
export function formatTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? TIME.format(ms) : iso;
}

/** True for a day that exists: 2026-02-28 is, 2026-02-31 and 2026-13-01 are not (Date.parse lets some through). */
export function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return (
    y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
  );
}
