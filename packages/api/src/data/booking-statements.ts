import { toUtcString } from '@bookafy/core';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';

import { bookingEvents, bookings, outboxEvents, type BookingRow } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newId } from '../internal/ids.js';
import { insertWhere } from './conditional-insert.js';

/** A change to a booking, as the audit trail and the outbox record it. */
export interface BookingChange {
  type: 'created' | 'confirmed' | 'rescheduled' | 'cancelled';
  actor: 'visitor' | 'admin' | 'system';
  data?: Record<string, unknown>;
}

/** The payload of an outbox event: the booking as it is after the change. */
export function eventPayload(row: BookingRow, staffTimeZone: string) {
  return {
    bookingId: row.id,
    status: row.status,
    serviceId: row.serviceId,
    staffId: row.staffId,
    start: toUtcString(row.startsAt),
    end: toUtcString(row.endsAt),
    staffTimeZone,
    sequence: row.sequence,
    customer: { name: row.customerName, email: row.customerEmail, timeZone: row.customerTimeZone },
  };
}

/**
 * The audit row and the outbox event of a change, each written only if `applied` holds when
 * the batch runs, so both exist exactly when the change does. Put them in the change's batch.
 */
export function recordChange(
  row: BookingRow,
  change: BookingChange & { staffTimeZone: string; at: number; applied: SQL },
) {
  return [
    insertWhere(
      bookingEvents,
      {
        id: newId('evt'),
        accountId: row.accountId,
        bookingId: row.id,
        type: change.type,
        actor: change.actor,
        data: change.data ?? {},
        createdAt: change.at,
      },
      change.applied,
    ),
    insertWhere(
      outboxEvents,
      {
        id: newId('msg'),
        accountId: row.accountId,
        type: `booking.${change.type}`,
        bookingId: row.id,
        payload: eventPayload(row, change.staffTimeZone),
        createdAt: change.at,
      },
      change.applied,
    ),
  ] as const;
}

/** A condition true once the booking `id` exists with one of `statuses`. */
export function bookingIs(db: Database, id: string, statuses?: BookingRow['status'][]) {
  const query = db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.id, id), statuses ? inArray(bookings.status, statuses) : undefined));
  return sql`EXISTS ${query}`;
}
