import { eq } from 'drizzle-orm';

import { accounts, type Account } from '../db/schema/index.js';
import type { Database } from '../env.js';

/** The account whose hosted booking page is `/book/<slug>`, or `undefined`. */
export async function findAccountBySlug(db: Database, slug: string): Promise<Account | undefined> {
  const [account] = await db.select().from(accounts).where(eq(accounts.slug, slug)).limit(1);
  return account;
}
