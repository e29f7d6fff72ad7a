import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

import type { ServiceQuestion } from '@bookafy/core';

import { accounts } from './accounts.js';

/** Something an account offers for booking, such as a 30-minute consultation. */
export const services = sqliteTable(
  'services',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Other lengths a visitor may choose, in minutes. */
    alternativeDurationsMinutes: text('alternative_durations_minutes', { mode: 'json' })
      .$type<number[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Minutes between slot starts; the chosen duration when null. */
    intervalMinutes: integer('interval_minutes'),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    minimumNoticeMinutes: integer('minimum_notice_minutes').notNull().default(0),
    /** How far ahead a visitor may book, in days. */
    horizonDays: integer('horizon_days').notNull().default(60),
    /** Visitors one staff member takes at once in one appointment. */
    capacity: integer('capacity').notNull().default(1),
    /** Appointments per staff member per local day; unlimited when null. */
    maxPerDay: integer('max_per_day'),
    /** Appointments per staff member per ISO week; unlimited when null. */
    maxPerWeek: integer('max_per_week'),
    /** Bookings start as `pending` and hold their slot until an admin confirms them. */
    requiresConfirmation: integer('requires_confirmation', { mode: 'boolean' })
      .notNull()
      .default(false),
    /** Extra questions of the visitor's details form, in order. */
    questions: text('questions', { mode: 'json' })
      .$type<ServiceQuestion[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Whether widgets state times in the visitor's zone or always in the business's. */
    timeZoneDisplay: text('time_zone_display', { enum: ['visitor', 'business'] })
      .notNull()
      .default('visitor'),
    /** Archived services keep their bookings but are no longer offered. */
    archivedAt: integer('archived_at'),
    position: integer('position').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('services_account_idx').on(table.accountId, table.position),
    check('services_capacity_check', sql`${table.capacity} >= 1`),
  ],
);

export type Service = typeof services.$inferSelect;
