import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

import { accounts } from './accounts.js';
import { staff } from './staff.js';

/**
 * One wall-clock interval of a staff member's week, in the staff member's zone. `endMinute`
 * passes 1440 for an interval that crosses midnight (22:00–02:00 is 1320–1560).
 */
export const workingHours = sqliteTable(
  'working_hours',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    /** ISO weekday: Monday 1 … Sunday 7. */
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
  },
  (table) => [
    index('working_hours_staff_idx').on(table.staffId),
    check('working_hours_weekday_check', sql`${table.weekday} BETWEEN 1 AND 7`),
    check(
      'working_hours_minutes_check',
      sql`${table.startMinute} >= 0 AND ${table.startMinute} < 1440
        AND ${table.endMinute} > ${table.startMinute}
        AND ${table.endMinute} <= ${table.startMinute} + 1440`,
    ),
  ],
);
