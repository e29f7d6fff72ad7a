import { and, asc, eq, sql } from 'drizzle-orm';

import { webhookEndpoints, type WebhookEndpoint } from '../db/schema/index.js';
import type { Database } from '../env.js';

/**
 * How a deleted endpoint is marked: it stays disabled with its deliveries' history but is no
 * longer listed or found. The column is plain text; its declared reasons are those an owner
 * can see.
 */
export const DELETED = 'deleted';

/** The value that marks an endpoint deleted, for an update's `set`. */
export const deletedReason = sql`${DELETED}`;

/** Not deleted; disabled endpoints still count. */
export const notDeleted = sql`${webhookEndpoints.disabledReason} IS NOT ${DELETED}`;

/** Endpoints subscribed to events of `type`. */
export const subscribedTo = (type: string) =>
  sql`EXISTS (SELECT 1 FROM json_each(${webhookEndpoints.events}) WHERE value = ${type})`;

/** The account's endpoint `endpointId`, unless deleted; other accounts' ids find nothing. */
export async function findEndpoint(
  db: Database,
  accountId: string,
  endpointId: string,
): Promise<WebhookEndpoint | undefined> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        eq(webhookEndpoints.accountId, accountId),
        notDeleted,
      ),
    );
  return row;
}

/** Every endpoint of the account that is not deleted, oldest first. */
export function listEndpoints(db: Database, accountId: string): Promise<WebhookEndpoint[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.accountId, accountId), notDeleted))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}
