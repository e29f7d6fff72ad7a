/** One appointment as an iCalendar (RFC 5545) event, with the scheduling method of RFC 5546. */
export interface CalendarEvent {
  /** Stable for the booking across every change, so calendars update the same entry. */
  readonly uid: string;
  /** Raised on every reschedule; calendars keep the highest. */
  readonly sequence: number;
  /** `REQUEST` for a new or moved booking, `CANCEL` for a cancelled one. */
  readonly method: 'REQUEST' | 'CANCEL';
  readonly status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  /** Epoch milliseconds. */
  readonly start: number;
  readonly end: number;
  /** When the file was made, epoch milliseconds (DTSTAMP). */
  readonly stamp: number;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  readonly organizer?: { readonly name: string; readonly email: string };
  readonly attendee?: { readonly name: string; readonly email: string };
}

/** Octets of one character in UTF-8. */
function utf8Length(character: string): number {
  const codePoint = character.codePointAt(0)!;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** `20270301T090000Z`: an instant (epoch milliseconds) as iCalendar's UTC DATE-TIME. */
export function utcDateTime(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value such as CN; double quotes cannot appear in one, so they are dropped. */
function parameter(text: string): string {
  return `"${text.replace(/"/g, '').replace(/[\r\n]/g, ' ')}"`;
}

/**
 * Folds a content line into pieces of at most 75 octets, continued with a space (§3.1),
 * never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += character;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/**
 * An iCalendar file for one event, with CRLF line ends, escaped text and folded lines.
 *
 * @example
 * buildCalendar({ uid: 'bkg_1@bookafy', sequence: 0, method: 'REQUEST', status: 'CONFIRMED',
 *   start, end, stamp: now, summary: 'Consultation' });
 */
export function buildCalendar(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bookafy//Bookings//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.organizer) {
    lines.push(`ORGANIZER;CN=${parameter(event.organizer.name)}:mailto:${event.organizer.email}`);
  }
  if (event.attendee) {
    const role = event.method === 'CANCEL' ? '' : ';RSVP=FALSE';
    lines.push(
      `ATTENDEE;CN=${parameter(event.attendee.name)}${role}:mailto:${event.attendee.email}`,
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
