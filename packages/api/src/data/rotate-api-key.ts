import { and, eq, isNull, sql } from 'drizzle-orm';

import { apiKeys } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newApiKey, type ApiKeyKind, type NewApiKey } from './api-keys.js';

/**
 * Replaces a live key with a new one of the same kind: the new key is inserted and the old one
 * revoked in one batch, and the insert copies the old row only while it is still live, so two
 * rotations (or a rotation and a revocation) racing on one key can never both succeed.
 * Resolves to the new key, or `undefined` when the account has no live key `keyId`. There is no
 * grace period: pages that still carry an old publishable key fail until they are updated.
 */
export async function rotateApiKey(
  db: Database,
  accountId: string,
  keyId: string,
  kind: ApiKeyKind,
): Promise<NewApiKey | undefined> {
  const now = Date.now();
  const created = await newApiKey(accountId, kind, now);
  const { row } = created;
  const isLiveOldKey = and(
    eq(apiKeys.id, keyId),
    eq(apiKeys.accountId, accountId),
    eq(apiKeys.kind, kind),
    isNull(apiKeys.revokedAt),
  );

  const [inserted] = await db.batch([
    db
      .insert(apiKeys)
      .select((qb) =>
        qb
          .select({
            id: sql`${row.id}`.as('id'),
            accountId: apiKeys.accountId,
            kind: apiKeys.kind,
            keyHash: sql`${row.keyHash}`.as('key_hash'),
            keyPrefix: sql`${row.keyPrefix}`.as('key_prefix'),
            publishableKey: sql`${row.publishableKey}`.as('publishable_key'),
            createdAt: sql`${now}`.as('created_at'),
            revokedAt: sql`NULL`.as('revoked_at'),
          })
          .from(apiKeys)
          .where(isLiveOldKey),
      )
      .returning({ id: apiKeys.id }),
    db.update(apiKeys).set({ revokedAt: now }).where(isLiveOldKey),
  ]);
  return inserted.length > 0 ? created : undefined;
}
