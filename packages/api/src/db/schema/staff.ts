import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { services } from './services.js';

/** A person who takes appointments, working in their own zone. */
export const staff = sqliteTable(
  'staff',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    /** IANA zone in which this staff member's working hours are written. */
    timeZone: text('time_zone').notNull(),
    /** Where this staff member's booking messages go; none are sent while it is unset. */
    email: text('email'),
    /** Archived staff members keep their bookings but take no new ones. */
    archivedAt: integer('archived_at'),
    position: integer('position').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('staff_account_idx').on(table.accountId, table.position)],
);

/** Which staff members offer which service. */
export const serviceStaff = sqliteTable(
  'service_staff',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.staffId] }),
    index('service_staff_staff_idx').on(table.staffId),
  ],
);

export type StaffMember = typeof staff.$inferSelect;
