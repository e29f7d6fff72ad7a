import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';

import { apiKeys } from '../db/schema/index.js';
import type { Database } from '../env.js';
import type { SignedIn } from './sessions.js';

/**
 * Who is signed in to the console and the account they work for, with the account's newest
 * live publishable key that is stored in full, for the embed snippet (`null` when every live
 * one predates keys being kept readable).
 */
export async function consoleMe(db: Database, { user, account }: SignedIn) {
  const [key] = await db
    .select({ publishableKey: apiKeys.publishableKey })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.accountId, account.id),
        eq(apiKeys.kind, 'publishable'),
        isNull(apiKeys.revokedAt),
        isNotNull(apiKeys.publishableKey),
      ),
    )
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(1);
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      staffId: user.staffId,
    },
    account: {
      id: account.id,
      name: account.name,
      slug: account.slug,
      timeZone: account.timeZone,
      plan: account.plan,
      publishableKey: key?.publishableKey ?? null,
    },
  };
}
