/** What a calendar entry for a booking says. */
export interface CalendarEntry {
  /** The entry's title, such as the service and the business. */
  title: string;
  /** The start, epoch milliseconds. */
  start: number;
  /** The end, epoch milliseconds. */
  end: number;
  /** Free text under the title, such as the reference and where to manage the booking. */
  details: string;
  /** Where it happens; the business's name when it has no address. */
  location: string;
}

/** An instant as Google Calendar reads it in a link, `YYYYMMDDTHHMMSSZ`, always UTC. */
function googleInstant(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A link that opens Google Calendar's form for a new event, filled in with `entry`. The
 * times go as UTC instants, so the event lands at the right moment whatever zone the
 * visitor's Google account uses.
 *
 * @example
 * googleCalendarUrl({
 *   title: 'Massage with Harbour Wellness',
 *   start: Date.parse('2027-03-01T14:00:00Z'),
 *   end: Date.parse('2027-03-01T15:00:00Z'),
 *   details: 'Reference bkg_1',
 *   location: 'Harbour Wellness',
 * }); // 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Massage%20with…'
 */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const parameters = [
    ['action', 'TEMPLATE'],
    ['text', entry.title],
    ['dates', `${googleInstant(entry.start)}/${googleInstant(entry.end)}`],
    ['details', entry.details],
    ['location', entry.location],
  ];
  const query = parameters
    .map(([name, value]) => `${name}=${encodeURIComponent(value!)}`)
    .join('&');
  return `https://calendar.google.com/calendar/render?${query}`;
}

/**
 * The address of a booking's iCalendar file on the API at `apiBase` (absolute, or relative to
 * the page), with the manage token in the URL, so that a plain link downloads it without
 * cookies or headers.
 *
 * @example
 * bookingCalendarUrl('https://book.example.com', 'bkg_1', 'mt_2');
 * // 'https://book.example.com/v1/bookings/bkg_1/calendar.ics?token=mt_2'
 */
export function bookingCalendarUrl(apiBase: string, bookingId: string, manageToken: string) {
  const path = `v1/bookings/${encodeURIComponent(bookingId)}/calendar.ics`;
  const base = new URL(apiBase.replace(/\/?$/, '/'), globalThis.location?.href);
  const url = new URL(path, base);
  url.searchParams.set('token', manageToken);
  return url.href;
}
