import { and, eq, getTableColumns, gt, lt, sql } from 'drizzle-orm';

import { bookings } from '../db/schema/index.js';
import type { Database } from '../env.js';

type NewBooking = typeof bookings.$inferInsert & { blockedFrom: number; blockedUntil: number };

/**
 * Inserts `booking` with one conditional statement that writes nothing when an active booking
 * of the same staff member overlaps its blocked range. D1 runs each statement atomically on
 * the primary, so of any number of concurrent requests for overlapping times exactly one
 * wins. Returns whether the row was written.
 */
export async function insertBookingIfFree(db: Database, booking: NewBooking): Promise<boolean> {
  const columns = getTableColumns(bookings);
  const keys = Object.keys(booking) as (keyof NewBooking)[];
  const names = keys.map((key) => sql.identifier(columns[key].name));
  const values = keys.map((key) => sql`${booking[key]}`);

  // drizzle writes an embedded query inside parentheses already.
  const overlapping = db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.staffId, booking.staffId),
        eq(bookings.status, 'confirmed'),
        lt(bookings.blockedFrom, booking.blockedUntil),
        gt(bookings.blockedUntil, booking.blockedFrom),
      ),
    );

  const inserted = await db.get<{ id: string } | undefined>(sql`
    INSERT INTO ${bookings} (${sql.join(names, sql`, `)})
    SELECT ${sql.join(values, sql`, `)}
    WHERE NOT EXISTS ${overlapping}
    RETURNING ${sql.identifier(columns.id.name)}`);
  return Boolean(inserted);
}
