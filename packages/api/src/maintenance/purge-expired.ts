import { lte } from 'drizzle-orm';

import {
  idempotencyRecords,
  passwordResets,
  sessions,
  signInNetworkThrottles,
  signInThrottles,
} from '../db/schema/index.js';
import type { Database } from '../env.js';
import { NETWORK_WINDOW_MS, SIGN_IN_FAILURES_FORGOTTEN_MS } from '../auth/lockout.js';

/**
 * Deletes what no request can use any more, in one batch: console sessions and reset or
 * invitation links past their expiry, idempotency records past their 24 hours, the failed
 * sign-ins of an email a day after its last failure (any lock on it ended long before), and
 * those of a client network once their hour is over.
 */
export async function purgeExpired(db: Database, now: number): Promise<void> {
  await db.batch([
    db.delete(sessions).where(lte(sessions.expiresAt, now)),
    db.delete(passwordResets).where(lte(passwordResets.expiresAt, now)),
    db.delete(idempotencyRecords).where(lte(idempotencyRecords.expiresAt, now)),
    db
      .delete(signInThrottles)
      .where(lte(signInThrottles.lastFailedAt, now - SIGN_IN_FAILURES_FORGOTTEN_MS)),
    db
      .delete(signInNetworkThrottles)
      .where(lte(signInNetworkThrottles.windowStart, now - NETWORK_WINDOW_MS)),
  ]);
}
