import { and, asc, eq, isNull, lte } from 'drizzle-orm';

import { outboxEvents, webhookDeliveries, webhookEndpoints } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ATTEMPT_TIMEOUT_MS, attemptDelivery, type DueDelivery } from './attempt-delivery.js';

/**
 * How long a claimed delivery is reserved for the run that claimed it: longer than an attempt
 * can take, so a second run never sends it too, and short enough that a run which died
 * mid-attempt leaves it due again soon.
 */
const CLAIM_MS = 6 * ATTEMPT_TIMEOUT_MS;

/** Reserves a due delivery for this run; `false` when another run took it first. */
async function claim(db: Database, { delivery }: DueDelivery, now: number): Promise<boolean> {
  const claimed = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: now + CLAIM_MS })
    .where(
      and(
        eq(webhookDeliveries.id, delivery.id),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.nextAttemptAt, delivery.nextAttemptAt!),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return claimed.length > 0;
}

/**
 * Attempts the pending deliveries due at `now` to enabled endpoints, earliest first and at
 * most `limit` of them, in parallel. Each is claimed first, so two overlapping runs (a write's
 * dispatch and the cron job) never send the same attempt twice. Returns how many were sent.
 */
export async function deliverDueWebhooks(
  env: Env,
  db: Database,
  now: number,
  limit = 25,
): Promise<number> {
  const due = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints, event: outboxEvents })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        lte(webhookDeliveries.nextAttemptAt, now),
        isNull(webhookEndpoints.disabledAt),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.createdAt))
    .limit(limit);

  const sent = await Promise.all(
    due.map(async (target) => {
      if (!(await claim(db, target, now))) return false;
      await attemptDelivery(env, db, target, now);
      return true;
    }),
  );
  return sent.filter(Boolean).length;
}
