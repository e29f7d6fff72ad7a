import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { accounts } from './accounts.js';
import { outboxEvents } from './outbox-events.js';

/** The booking events a webhook endpoint can subscribe to. */
export const webhookEventTypes = [
  'booking.created',
  'booking.confirmed',
  'booking.rescheduled',
  'booking.cancelled',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];

/** An account's receiver of booking events, signed as Standard Webhooks with its secret. */
export const webhookEndpoints = sqliteTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    /** An https URL (http on loopback in development). */
    url: text('url').notNull(),
    /** `whsec_` and the base64 signing key; kept readable because every delivery signs with it. */
    secret: text('secret').notNull(),
    /** The event types delivered to this endpoint. */
    events: text('events', { mode: 'json' }).$type<WebhookEventType[]>().notNull(),
    description: text('description').notNull().default(''),
    /** Set when the endpoint stops receiving: by its owner, a 410 answer or lasting failure. */
    disabledAt: integer('disabled_at'),
    disabledReason: text('disabled_reason', { enum: ['manual', 'gone', 'failing'] }),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('webhook_endpoints_account_idx').on(table.accountId)],
);

/**
 * One event owed to one endpoint: attempted right after the change and then by the cron job
 * with growing delays until it succeeds or about three days have passed.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    eventId: text('event_id')
      .notNull()
      .references(() => outboxEvents.id),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** When the next attempt is due; `null` once delivered or given up. */
    nextAttemptAt: integer('next_attempt_at'),
    deliveredAt: integer('delivered_at'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('webhook_deliveries_due_idx')
      .on(table.nextAttemptAt)
      .where(sql`${table.status} = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(table.endpointId, table.createdAt),
    uniqueIndex('webhook_deliveries_event_endpoint_unique').on(table.eventId, table.endpointId),
  ],
);

/** Every attempt of a delivery, readable by the account: when, what answered, how long. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    attemptedAt: integer('attempted_at').notNull(),
    /** The receiver's HTTP status; `null` when no answer came (refused, timed out). */
    statusCode: integer('status_code'),
    /** Why an attempt failed without an answer, or the start of the answer's body. */
    detail: text('detail').notNull().default(''),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [index('webhook_attempts_delivery_idx').on(table.deliveryId, table.attemptedAt)],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
