import { and, eq, exists, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';

import { apiKeys } from '../db/schema/index.js';
import type { Database } from '../env.js';

/** How a revocation ended. */
export type RevokeOutcome = 'revoked' | 'already_revoked' | 'not_found' | 'last_secret_key';

/**
 * Revokes a key of an account, unless it is the account's last live secret key: without one,
 * nobody could call the admin API for the account again. The check and the write are one
 * statement, so two requests revoking the last two secret keys at once cannot both succeed.
 */
export async function revokeApiKey(
  db: Database,
  accountId: string,
  keyId: string,
): Promise<RevokeOutcome> {
  const others = alias(apiKeys, 'other_keys');
  const anotherLiveSecretKey = exists(
    db
      .select({ id: others.id })
      .from(others)
      .where(
        and(
          eq(others.accountId, accountId),
          eq(others.kind, 'secret'),
          isNull(others.revokedAt),
          ne(others.id, keyId),
        ),
      ),
  );

  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: Date.now() })
    .where(
      and(
        eq(apiKeys.id, keyId),
        eq(apiKeys.accountId, accountId),
        isNull(apiKeys.revokedAt),
        or(ne(apiKeys.kind, 'secret'), anotherLiveSecretKey),
      ),
    )
    .returning({ id: apiKeys.id });
  if (revoked.length > 0) return 'revoked';

  const [key] = await db
    .select({ kind: apiKeys.kind, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.accountId, accountId)))
    .limit(1);
  if (!key) return 'not_found';
  return key.revokedAt === null ? 'last_secret_key' : 'already_revoked';
}
