import { msg, str } from '@lit/localize';

import type { BookingEvent } from './bookings-api.js';

/** One line of a booking's history as the viewer reads it. */
export interface AuditEntry {
  id: string;
  /** The UTC instant of the change, for `<time datetime>`. */
  at: string;
  /** When, in the viewer's zone: "19 Jan 2027, 14:05". */
  when: string;
  /** What happened: "Rescheduled". */
  what: string;
  /** Who did it: "by an admin". */
  who: string;
  /** What changed, where the event says: "Moved from Tue 19 Jan, 10:00 to Wed 20 Jan, 14:00". */
  change?: string;
}

function whatText(type: BookingEvent['type']): string {
  switch (type) {
    case 'created':
      return msg('Booked', { id: 'bookings.audit.created' });
    case 'confirmed':
      return msg('Confirmed', { id: 'bookings.audit.confirmed' });
    case 'rescheduled':
      return msg('Rescheduled', { id: 'bookings.audit.rescheduled' });
    case 'cancelled':
      return msg('Cancelled', { id: 'bookings.audit.cancelled' });
  }
}

function whoText(actor: BookingEvent['actor']): string {
  switch (actor) {
    case 'visitor':
      return msg('by the visitor', { id: 'bookings.audit.byVisitor' });
    case 'admin':
      return msg('by the business', { id: 'bookings.audit.byAdmin' });
    case 'system':
      return msg('by the system', { id: 'bookings.audit.bySystem' });
  }
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The audit trail `events` (oldest first) as lines to read, times in the viewer's `zone`. A
 * move states its old and new start; a cancellation its reason, when one was given.
 */
export function auditEntries(
  events: readonly BookingEvent[],
  zone: string,
  locale?: string,
): AuditEntry[] {
  const when = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const slot = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return events.map((event) => {
    let change: string | undefined;
    const previousStart = text(event.data.previousStart);
    const start = text(event.data.start);
    const reason = text(event.data.reason);
    if (event.type === 'rescheduled' && previousStart && start) {
      const from = slot.format(new Date(previousStart));
      const to = slot.format(new Date(start));
      change = msg(str`Moved from ${from} to ${to}`, { id: 'bookings.audit.moved' });
    } else if (event.type === 'cancelled' && reason) {
      change = msg(str`Reason: ${reason}`, { id: 'bookings.audit.reason' });
    }
    return {
      id: event.id,
      at: event.at,
      when: when.format(new Date(event.at)),
      what: whatText(event.type),
      who: whoText(event.actor),
      change,
    };
  });
}
