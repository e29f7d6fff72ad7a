import { drizzle } from 'drizzle-orm/d1';

import { app } from './app.js';
import * as schema from './db/schema/index.js';
import { queueReminders } from './notifications/queue-reminders.js';
import { dispatch } from './webhooks/dispatch.js';

/** The most outbox events and webhook deliveries one cron tick handles; the rest wait a minute. */
const PER_TICK = { events: 200, deliveries: 50 };

/**
 * The cron job (every minute): queues the reminders of bookings starting within 24 hours,
 * processes outbox events the writes' own dispatch missed, retries the webhook deliveries that
 * are due and sends the messages that are due. `now` is the tick's scheduled time, so tests
 * pin it with `createScheduledController({ scheduledTime })`.
 */
export async function scheduled(controller: ScheduledController, env: Env): Promise<void> {
  const now = controller.scheduledTime;
  await queueReminders(env, drizzle(env.DB, { schema }), now);
  await dispatch(env, now, PER_TICK);
}

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => {
    ctx.waitUntil(scheduled(controller, env));
  },
} satisfies ExportedHandler<Env>;
