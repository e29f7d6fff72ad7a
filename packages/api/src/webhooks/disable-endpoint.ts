import { and, eq, isNull } from 'drizzle-orm';

import {
  accounts,
  webhookDeliveries,
  webhookEndpoints,
  type WebhookEndpoint,
} from '../db/schema/index.js';
import type { Database } from '../env.js';
import { escapeHtml } from '../html/escape.js';
import { newId } from '../internal/ids.js';
import { createMailer } from '../mail/create-mailer.js';

/** Why Bookafy stopped an endpoint on its own, as its owner is told. */
const REASONS = {
  gone: 'it answered 410 Gone, which asks senders to stop',
  failing: 'no delivery to it has succeeded for about three days',
} as const;

/**
 * Disables an endpoint that answered 410 or kept failing, gives up its pending deliveries
 * (a replay can send them again once it is re-enabled), and emails the account's contact
 * address, when it has one. Does nothing when the endpoint was already disabled.
 */
export async function disableEndpoint(
  env: Env,
  db: Database,
  endpoint: WebhookEndpoint,
  reason: keyof typeof REASONS,
  now: number,
): Promise<void> {
  const disabled = await db
    .update(webhookEndpoints)
    .set({ disabledAt: now, disabledReason: reason })
    .where(and(eq(webhookEndpoints.id, endpoint.id), isNull(webhookEndpoints.disabledAt)))
    .returning({ id: webhookEndpoints.id });
  if (disabled.length === 0) return;

  await db
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null })
    .where(
      and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.status, 'pending')),
    );

  const [account] = await db
    .select({ name: accounts.name, contactEmail: accounts.contactEmail })
    .from(accounts)
    .where(eq(accounts.id, endpoint.accountId));
  if (!account?.contactEmail) return;

  const text =
    `Bookafy stopped sending booking events to your webhook endpoint ${endpoint.url} ` +
    `(${endpoint.id}) of ${account.name}, because ${REASONS[reason]}.\n\n` +
    'Once it accepts requests again, re-enable it with PATCH /v1/admin/webhook-endpoints/' +
    `${endpoint.id} {"enabled": true}, then replay the events it missed with ` +
    'POST /v1/admin/events/{eventId}/replay.\n';
  await createMailer(env, db).send(
    {
      messageId: newId('eml'),
      to: { address: account.contactEmail, name: account.name },
      subject: `Bookafy disabled your webhook endpoint ${endpoint.url}`,
      text,
      html: `<p>${escapeHtml(text).replaceAll('\n\n', '</p><p>').replaceAll('\n', '')}</p>`,
    },
    now,
  );
}
