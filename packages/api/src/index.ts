import { drizzle } from 'drizzle-orm/d1';

import { app } from './app.js';
import * as schema from './db/schema/index.js';
import { purgeExpired } from './maintenance/purge-expired.js';
import { queueReminders } from './notifications/queue-reminders.js';
import { dispatch } from './webhooks/dispatch.js';

/** The most outbox events and webhook deliveries one cron tick handles; the rest wait a minute. */
const PER_TICK = { events: 200, deliveries: 50 };

/**
 * The cron job (every minute): queues the reminders of bookings starting within 24 hours,
 * processes outbox events the writes' own dispatch missed, retries the webhook deliveries that
 * are due, sends the messages that are due and deletes expired sessions, links and records
 * (`purgeExpired`). `now` is the tick's scheduled time, so tests pin it with
 * `createScheduledController({ scheduledTime })`.
 */
export async function scheduled(controller: ScheduledController, env: Env): Promise<void> {
  const now = controller.scheduledTime;
  const db = drizzle(env.DB, { schema });
  await queueReminders(env, db, now);
  await dispatch(env, now, PER_TICK);
  await purgeExpired(db, now);
}

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => {
    ctx.waitUntil(scheduled(controller, env));
  },
} satisfies ExportedHandler<Env>;
