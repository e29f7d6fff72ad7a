import { and, eq, lt, sql, type SQL } from 'drizzle-orm';

import { idempotencyRecords } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { ApiProblem, ProblemCode } from '../problem.js';

/** How long a first response is replayed for. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

/** An `Idempotency-Key` claimed for one request of one account. */
export interface IdempotencyClaim {
  accountId: string;
  key: string;
}

/**
 * Claims `key` for this request, or returns the response to replay. The same key with another
 * body is refused (422), and a key whose first request is still running answers 409, so
 * twenty parallel retries produce one booking and twenty identical answers.
 */
export async function claimIdempotencyKey(
  db: Database,
  claim: IdempotencyClaim,
  request: { method: string; path: string; body: unknown; now: number },
): Promise<{ replay: { status: number; body: string } } | { claimed: true }> {
  const requestHash = await sha256Hex(
    `${request.method} ${request.path} ${JSON.stringify(request.body)}`,
  );
  const mine = and(
    eq(idempotencyRecords.accountId, claim.accountId),
    eq(idempotencyRecords.key, claim.key),
  );
  // An expired record frees its key; the insert below then takes it.
  await db
    .delete(idempotencyRecords)
    .where(and(mine, lt(idempotencyRecords.expiresAt, request.now)));
  const inserted = await db
    .insert(idempotencyRecords)
    .values({
      ...claim,
      requestHash,
      createdAt: request.now,
      expiresAt: request.now + RETENTION_MS,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyRecords.key });
  if (inserted.length > 0) return { claimed: true };

  const [existing] = await db.select().from(idempotencyRecords).where(mine);
  if (!existing || existing.requestHash !== requestHash) {
    throw new ApiProblem(
      422,
      ProblemCode.idempotencyKeyReused,
      'This Idempotency-Key was first used with a different request; use a new key.',
    );
  }
  if (existing.responseStatus === null || existing.responseBody === null) {
    throw new ApiProblem(
      409,
      ProblemCode.idempotencyInFlight,
      'The first request with this Idempotency-Key is still being handled; retry shortly.',
    );
  }
  return { replay: { status: existing.responseStatus, body: existing.responseBody } };
}

/**
 * The statement that stores the response of a claimed key, written only if `applied` holds
 * when it runs; put it in the batch of the change it answers for.
 */
export function storeIdempotentResponse(
  db: Database,
  claim: IdempotencyClaim,
  response: { status: number; body: unknown },
  applied: SQL = sql`1`,
) {
  return db
    .update(idempotencyRecords)
    .set({ responseStatus: response.status, responseBody: JSON.stringify(response.body) })
    .where(
      and(
        eq(idempotencyRecords.accountId, claim.accountId),
        eq(idempotencyRecords.key, claim.key),
        applied,
      ),
    );
}
