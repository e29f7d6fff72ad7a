import { toUtcString } from '@bookafy/core';

import type { Account } from '../db/schema/index.js';

/** An account's settings as its admins see them. */
export function toWireAccount(account: Account) {
  return {
    id: account.id,
    slug: account.slug,
    name: account.name,
    timeZone: account.timeZone,
    plan: account.plan,
    allowedOrigins: account.allowedOrigins,
    branding: account.branding,
    contactEmail: account.contactEmail,
    createdAt: toUtcString(account.createdAt),
  };
}
