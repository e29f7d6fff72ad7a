import type { AgendaBooking } from './console-api.js';

/** The bookings of one local day in the viewer's zone. */
export interface AgendaDay<T extends AgendaBooking = AgendaBooking> {
  /** `YYYY-MM-DD` in the viewer's zone. */
  date: string;
  /** The day as the viewer reads it, such as "Monday, 15 March 2027". */
  label: string;
  bookings: T[];
}

const dateKey = (zone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

/**
 * Groups bookings by the local date on which each starts in `zone`, days and bookings in time
 * order. A booking that starts at 23:30 belongs to that date, even when it ends on the next.
 */
export function agendaDays<T extends AgendaBooking>(
  bookings: T[],
  zone: string,
  locale?: string,
): AgendaDay<T>[] {
  const keyOf = dateKey(zone);
  const labelOf = new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'full' });
  const days = new Map<string, AgendaDay<T>>();
  const sorted = [...bookings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const booking of sorted) {
    const start = new Date(booking.start);
    const date = keyOf.format(start);
    let day = days.get(date);
    if (!day) {
      day = { date, label: labelOf.format(start), bookings: [] };
      days.set(date, day);
    }
    day.bookings.push(booking);
  }
  return [...days.values()];
}

/**
 * The wall-clock time of `instant` in `zone`, such as "09:30"; with `withZone`, followed by
 * the zone's short name ("09:30 CET").
 */
export function timeIn(instant: string, zone: string, locale?: string, withZone = false): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    ...(withZone ? { timeZoneName: 'short' } : {}),
  }).format(new Date(instant));
}
