import { accounts, apiKeys, type Account } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { newId } from '../internal/ids.js';
import { newApiKey, type NewApiKey } from './api-keys.js';

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

/**
 * Creates an account with one publishable and one secret key in one batch, so an account never
 * exists without a key that can manage it.
 */
export async function createAccount(db: Database, input: NewAccount): Promise<CreatedAccount> {
  const now = Date.now();
  const accountId = newId('acc');
  const publishableKey = await newApiKey(accountId, 'publishable', now);
  const secretKey = await newApiKey(accountId, 'secret', now);

  const [[account]] = await db.batch([
    db
      .insert(accounts)
      .values({ id: accountId, ...input, createdAt: now })
      .returning(),
    db.insert(apiKeys).values([publishableKey.row, secretKey.row]),
  ]);
  return { account: account!, publishableKey, secretKey };
}
