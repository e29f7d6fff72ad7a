import { and, desc, eq } from 'drizzle-orm';

import { apiKeys, type ApiKey } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { sha256Hex } from '../internal/hash.js';
import { newId, randomBase32 } from '../internal/ids.js';

/** What a key of each kind starts with; `sk_` keys must never reach a browser. */
export const KEY_PREFIXES = { publishable: 'pk_live_', secret: 'sk_live_' } as const;

/** The kind of an API key: publishable for public calls, secret for admin calls. */
export type ApiKeyKind = keyof typeof KEY_PREFIXES;

/** How many leading characters of a key are stored in clear, enough to tell keys apart. */
const SHOWN_PREFIX_LENGTH = 12;

/** A key row ready to insert, with the full key that only its creator ever sees. */
export interface NewApiKey {
  row: ApiKey;
  key: string;
}

/**
 * Generates a key of `kind` for an account: 32 base32 characters (160 random bits) after the
 * kind's prefix. Only its hash and first characters go into the row, and for a publishable
 * key, which every embedding page shows anyway, the key itself.
 */
export async function newApiKey(
  accountId: string,
  kind: ApiKeyKind,
  now: number,
): Promise<NewApiKey> {
  const key = `${KEY_PREFIXES[kind]}${randomBase32(32)}`;
  const row: ApiKey = {
    id: newId('key'),
    accountId,
    kind,
    keyHash: await sha256Hex(key),
    keyPrefix: key.slice(0, SHOWN_PREFIX_LENGTH),
    publishableKey: kind === 'publishable' ? key : null,
    createdAt: now,
    revokedAt: null,
  };
  return { row, key };
}

/** Creates and stores a key of `kind`; the returned `key` is the only copy there will be. */
export async function createApiKey(
  db: Database,
  accountId: string,
  kind: ApiKeyKind,
): Promise<NewApiKey> {
  const created = await newApiKey(accountId, kind, Date.now());
  await db.insert(apiKeys).values(created.row);
  return created;
}

/** Every key of an account, live and revoked, newest first. */
export function listApiKeys(db: Database, accountId: string): Promise<ApiKey[]> {
  return db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.accountId, accountId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** One key of an account, live or revoked, or `undefined` when the account has no such key. */
export async function findApiKey(
  db: Database,
  accountId: string,
  keyId: string,
): Promise<ApiKey | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.accountId, accountId)))
    .limit(1);
  return row;
}
