import type { ApiKey, CreatedApiKey, DataList } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** The account's publishable and secret keys. */
export interface ApiKeysAdmin {
  /** Every key of the account, revoked ones included, without the keys themselves. */
  list(options?: RequestOptions): Promise<DataList<ApiKey>>;
  /** A new key of `kind`; its `key` is shown this once. Never retried. */
  create(kind: ApiKey['kind'], options?: RequestOptions): Promise<CreatedApiKey>;
  /** Replaces the key `keyId` with a new key of the same kind; never retried. */
  rotate(keyId: string, options?: RequestOptions): Promise<CreatedApiKey>;
  /** Revokes the key `keyId` at once; never retried. */
  revoke(keyId: string, options?: RequestOptions): Promise<void>;
}

/** The API key calls of an admin client. */
export function apiKeysAdmin(transport: Transport): ApiKeysAdmin {
  return {
    list: (options = {}) => transport.request(ADMIN_ROUTES['apiKeys.list'], options),
    create: (kind, options = {}) =>
      transport.request(ADMIN_ROUTES['apiKeys.create'], { body: { kind }, ...options }),
    rotate: (keyId, options = {}) =>
      transport.request(ADMIN_ROUTES['apiKeys.rotate'], { params: { keyId }, ...options }),
    revoke: (keyId, options = {}) =>
      transport.request(ADMIN_ROUTES['apiKeys.revoke'], { params: { keyId }, ...options }),
  };
}
