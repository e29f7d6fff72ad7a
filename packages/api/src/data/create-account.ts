import type { BatchItem } from 'drizzle-orm/batch';

import { accounts, apiKeys, type Account } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newId } from '../internal/ids.js';
import { isSlugClash, slugFromName, withSuffix } from '../internal/slug.js';
import { newApiKey, type NewApiKey } from './api-keys.js';

/** Tries of a suffixed slug after the plain one is taken; 20 bits each make a clash rare. */
const SUFFIXED_SLUG_TRIES = 4;

/** What an operator decides about a new account. */
export interface NewAccount {
  name: string;
  timeZone: string;
  plan: Account['plan'];
  allowedOrigins: string[];
}

/** A new account with its first keys, each returned in full this once. */
export interface CreatedAccount {
  account: Account;
  publishableKey: NewApiKey;
  secretKey: NewApiKey;
}

/** More of a new account, such as its owner's login, written in the same batch as the account. */
export type AlsoWrite = (accountId: string) => BatchItem<'sqlite'>[];

/**
 * Creates an account with one publishable and one secret key in one batch, so an account never
 * exists without a key that can manage it, together with whatever `alsoWrite` adds: all of it
 * or nothing. Its slug comes from its name, with a short random suffix when another account
 * has that slug already.
 */
export async function createAccount(
  db: Database,
  input: NewAccount,
  { now, alsoWrite = () => [] }: { now: number; alsoWrite?: AlsoWrite },
): Promise<CreatedAccount> {
  const accountId = newId('acc');
  const publishableKey = await newApiKey(accountId, 'publishable', now);
  const secretKey = await newApiKey(accountId, 'secret', now);
  const more = alsoWrite(accountId);

  const baseSlug = slugFromName(input.name);
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? baseSlug : withSuffix(baseSlug);
    try {
      const [[account]] = await db.batch([
        db
          .insert(accounts)
          .values({ id: accountId, slug, ...input, createdAt: now })
          .returning(),
        db.insert(apiKeys).values([publishableKey.row, secretKey.row]),
        ...more,
      ]);
      return { account: account!, publishableKey, secretKey };
    } catch (error) {
      if (!isSlugClash(error) || attempt === SUFFIXED_SLUG_TRIES) throw error;
    }
  }
}
