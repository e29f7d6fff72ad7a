import { and, eq, isNull } from 'drizzle-orm';

import { accounts, apiKeys, type Account } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';

/** The account a live (not revoked) key of `kind` belongs to, or `undefined`. */
export async function findAccountByKey(
  db: Database,
  key: string,
  kind: 'publishable' | 'secret',
): Promise<Account | undefined> {
  const [row] = await db
    .select({ account: accounts })
    .from(apiKeys)
    .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
    .where(
      and(
        eq(apiKeys.keyHash, await sha256Hex(key)),
        eq(apiKeys.kind, kind),
        isNull(apiKeys.revokedAt),
      ),
    )
    .limit(1);
  return row?.account;
}
