import { parseUtcString } from '@bookafy/core';
import { and, eq } from 'drizzle-orm';

import { accounts, bookings, services, staff, type BookingRow } from '../db/schema/index.js';
import type { Database } from '../env.js';

/** What a message names besides the booking's own fields: business, service and staff member. */
export interface BookingDetails {
  row: BookingRow;
  account: { name: string; slug: string; timeZone: string; contactEmail: string | null };
  service: { name: string; timeZoneDisplay: 'visitor' | 'business' };
  staffMember: { name: string; email: string | null; timeZone: string };
}

/** A booking as one change left it, which the message describes even if it changed since. */
export interface BookingState {
  status: BookingRow['status'];
  start: number;
  end: number;
  sequence: number;
  staffTimeZone: string;
  customer: { name: string; email: string; timeZone: string };
}

/** The booking `bookingId` of the account with everything its messages name, if it exists. */
export async function loadBookingDetails(
  db: Database,
  accountId: string,
  bookingId: string,
): Promise<BookingDetails | undefined> {
  const [found] = await db
    .select({
      row: bookings,
      account: {
        name: accounts.name,
        slug: accounts.slug,
        timeZone: accounts.timeZone,
        contactEmail: accounts.contactEmail,
      },
      service: { name: services.name, timeZoneDisplay: services.timeZoneDisplay },
      staffMember: { name: staff.name, email: staff.email, timeZone: staff.timeZone },
    })
    .from(bookings)
    .innerJoin(accounts, eq(accounts.id, bookings.accountId))
    .innerJoin(services, eq(services.id, bookings.serviceId))
    .innerJoin(staff, eq(staff.id, bookings.staffId))
    .where(and(eq(bookings.accountId, accountId), eq(bookings.id, bookingId)));
  return found;
}

/** The booking as it stands now, for messages not tied to one change (reminders). */
export function currentState(details: BookingDetails): BookingState {
  const { row, staffMember } = details;
  return {
    status: row.status,
    start: row.startsAt,
    end: row.endsAt,
    sequence: row.sequence,
    staffTimeZone: staffMember.timeZone,
    customer: { name: row.customerName, email: row.customerEmail, timeZone: row.customerTimeZone },
  };
}

/** The booking as an outbox event's payload recorded it; `undefined` if the payload is not one. */
export function stateFromPayload(payload: Record<string, unknown>): BookingState | undefined {
  const customer = payload.customer as BookingState['customer'] | undefined;
  const start = parseUtcString(String(payload.start));
  const end = parseUtcString(String(payload.end));
  if (!customer || start === undefined || end === undefined) return undefined;
  return {
    status: payload.status as BookingRow['status'],
    start,
    end,
    sequence: Number(payload.sequence ?? 0),
    staffTimeZone: String(payload.staffTimeZone),
    customer,
  };
}
