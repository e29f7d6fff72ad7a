import type { Answers } from '@bookafy/core';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { env } from 'cloudflare:workers';

import * as schema from '../db/schema/index.js';
import { newId } from '../internal/ids.js';

const db = drizzle(env.DB, { schema });

/** A booking written straight to D1, for tests that need many, or ones made at given times. */
export interface StoredBooking {
  serviceId: string;
  staffId: string;
  /** UTC instant of the start. */
  start: string;
  minutes?: number;
  status?: 'pending' | 'confirmed' | 'cancelled';
  /** UTC instant the booking was made; its start when left out. */
  createdAt?: string;
  customer?: { name: string; email: string; phone?: string };
  answers?: Answers;
  sequence?: number;
}

/** Rows per insert: D1 binds at most 100 values per statement and a booking has about 20. */
const ROWS_PER_INSERT = 4;

/** Writes `bookings` to the account as they are, with no availability check; returns the ids. */
export async function storeBookings(accountId: string, bookings: StoredBooking[]) {
  const rows = bookings.map((booking) => {
    const startsAt = Date.parse(booking.start);
    const endsAt = startsAt + (booking.minutes ?? 30) * 60_000;
    const customer = booking.customer ?? { name: 'Ada Lovelace', email: 'ada@example.com' };
    return {
      id: newId('bkg'),
      accountId,
      serviceId: booking.serviceId,
      staffId: booking.staffId,
      status: booking.status ?? 'confirmed',
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      customerName: customer.name,
      customerEmail: customer.email,
      customerPhone: customer.phone ?? null,
      customerTimeZone: 'America/New_York',
      answers: booking.answers ?? {},
      sequence: booking.sequence ?? 0,
      createdAt: Date.parse(booking.createdAt ?? booking.start),
    };
  });
  const inserts = [];
  for (let index = 0; index < rows.length; index += ROWS_PER_INSERT) {
    inserts.push(db.insert(schema.bookings).values(rows.slice(index, index + ROWS_PER_INSERT)));
  }
  const [first, ...rest] = inserts;
  if (first) await db.batch([first, ...rest]);
  return rows.map((row) => row.id);
}

/** Records that a booking was cancelled at `at` (UTC), as the audit trail does. */
export async function storeCancellation(accountId: string, bookingId: string, at: string) {
  await db.insert(schema.bookingEvents).values({
    id: newId('bev'),
    accountId,
    bookingId,
    type: 'cancelled',
    actor: 'admin',
    data: {},
    createdAt: Date.parse(at),
  });
}

/** Moves an account to another zone, as `PATCH /admin/account` would. */
export async function setAccountZone(accountId: string, timeZone: string) {
  await db.update(schema.accounts).set({ timeZone }).where(eq(schema.accounts.id, accountId));
}
