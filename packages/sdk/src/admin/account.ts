import type { Account, AccountUpdate } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** The account's own settings: name, zone, allowed origins and branding. */
export interface AccountAdmin {
  /** The account of the secret key. */
  get(options?: RequestOptions): Promise<Account>;
  /** Changes the given settings and returns the account; never retried. */
  update(changes: AccountUpdate, options?: RequestOptions): Promise<Account>;
}

/** The account calls of an admin client. */
export function accountAdmin(transport: Transport): AccountAdmin {
  return {
    get: (options = {}) => transport.request(ADMIN_ROUTES['account.get'], options),
    update: (changes, options = {}) =>
      transport.request(ADMIN_ROUTES['account.update'], { body: changes, ...options }),
  };
}
