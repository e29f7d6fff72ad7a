import { app } from './app.js';
import { dispatch } from './webhooks/dispatch.js';

/** The most outbox events and webhook deliveries one cron tick handles; the rest wait a minute. */
const PER_TICK = { events: 200, deliveries: 50 };

/**
 * The cron job (every minute): processes outbox events the writes' own dispatch missed and
 * retries the webhook deliveries that are due. `now` is the tick's scheduled time, so tests
 * pin it with `createScheduledController({ scheduledTime })`.
 */
export async function scheduled(controller: ScheduledController, env: Env): Promise<void> {
  await dispatch(env, controller.scheduledTime, PER_TICK);
}

export default {
  fetch: app.fetch,
  scheduled: (controller, env, ctx) => {
    ctx.waitUntil(scheduled(controller, env));
  },
} satisfies ExportedHandler<Env>;
