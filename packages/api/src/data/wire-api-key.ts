import { toUtcString } from '@bookafy/core';

import type { ApiKey } from '../db/schema/index.js';
import type { NewApiKey } from './api-keys.js';

/** A stored key as admins see it: its first characters, never its hash or the key itself. */
export function toWireApiKey(row: ApiKey) {
  return {
    id: row.id,
    kind: row.kind,
    prefix: row.keyPrefix,
    createdAt: toUtcString(row.createdAt),
    revokedAt: row.revokedAt === null ? null : toUtcString(row.revokedAt),
  };
}

/** A key just made, with the whole key, for the one response that hands it out. */
export function toWireCreatedApiKey(created: NewApiKey) {
  return { ...toWireApiKey(created.row), key: created.key };
}
