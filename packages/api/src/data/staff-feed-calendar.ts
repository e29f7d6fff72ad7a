import { escapeText, foldLine, utcDateTime } from '@bookafy/core';

import type { BookingRow } from '../db/schema/index.js';
import { calendarUid } from '../notifications/compose-messages.js';

/** How often calendar programs should fetch the feed again, as an RFC 5545 duration. */
const REFRESH = 'PT15M';

/** The fields of a booking that a feed event shows, with its service's name. */
export type FeedBooking = Pick<
  BookingRow,
  | 'id'
  | 'status'
  | 'sequence'
  | 'startsAt'
  | 'endsAt'
  | 'createdAt'
  | 'updatedAt'
  | 'customerName'
  | 'customerEmail'
  | 'customerPhone'
> & { serviceName: string };

const STATUS = { pending: 'TENTATIVE', confirmed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

function eventLines(booking: FeedBooking, now: number): string[] {
  const contact = [`Email: ${booking.customerEmail}`];
  if (booking.customerPhone) contact.push(`Phone: ${booking.customerPhone}`);
  contact.push(`Reference: ${booking.id}`);
  return [
    'BEGIN:VEVENT',
    // The UID of the booking's invitations too, so a calendar holding both shows one event.
    `UID:${escapeText(calendarUid(booking.id))}`,
    `SEQUENCE:${booking.sequence}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `CREATED:${utcDateTime(booking.createdAt)}`,
    `LAST-MODIFIED:${utcDateTime(Math.max(booking.createdAt, booking.updatedAt))}`,
    `DTSTART:${utcDateTime(booking.startsAt)}`,
    `DTEND:${utcDateTime(booking.endsAt)}`,
    `STATUS:${STATUS[booking.status]}`,
    `SUMMARY:${escapeText(`${booking.serviceName} – ${booking.customerName}`)}`,
    `DESCRIPTION:${escapeText(contact.join('\n'))}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/**
 * A subscribable iCalendar feed (METHOD:PUBLISH) of one staff member's bookings, one event
 * each with times in UTC, CRLF line ends, escaped text and lines folded at 75 octets; calendar
 * programs are asked to refresh it every 15 minutes.
 *
 * @example
 * buildFeedCalendar({ name: 'Lena (Harbour Wellness)', bookings, now: Date.now() });
 */
export function buildFeedCalendar(feed: {
  name: string;
  bookings: readonly FeedBooking[];
  now: number;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bookafy//Staff calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...feed.bookings.flatMap((booking) => eventLines(booking, feed.now)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
