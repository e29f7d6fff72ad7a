import { count, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

import type { Database } from '../env.js';

/** Fifteen minutes in milliseconds: the unit every zone's offset and DST change is made of. */
export const QUARTER_HOUR_MS = 900_000;

/** How many rows have `instant` in one quarter hour of UTC, starting at `start`. */
export interface QuarterHourCount {
  start: number;
  count: number;
}

/**
 * Counts the rows of `table` matching `where` per quarter hour of `instant`, in SQL, so that
 * a year of bookings comes back as at most a few thousand small rows. Every zone in use today
 * has an offset that is a multiple of 15 minutes and changes it on a quarter hour of UTC, so
 * all of a quarter hour falls in one local hour of any zone: local days, weekdays and hours
 * can be worked out from these counts exactly, DST days included. Historical offsets that are
 * not (local mean time before a zone adopted standard time) would be counted approximately.
 */
export async function quarterHourCounts(
  db: Database,
  table: SQLiteTable,
  instant: SQLiteColumn,
  where: SQL | undefined,
): Promise<QuarterHourCount[]> {
  // The divisor is written into the SQL so that SELECT and GROUP BY are the same expression.
  const quarter = sql<number>`${instant} / ${sql.raw(String(QUARTER_HOUR_MS))}`;
  const rows = await db
    .select({ quarter, count: count() })
    .from(table)
    .where(where)
    .groupBy(quarter);
  return rows.map((row) => ({ start: row.quarter * QUARTER_HOUR_MS, count: row.count }));
}
