import type { DrizzleD1Database } from 'drizzle-orm/d1';

import type * as schema from './db/schema/index.js';
import type { Account } from './db/schema/index.js';

/** The drizzle handle of one request's D1 session. */
export type Database = DrizzleD1Database<typeof schema>;

/** Hono's typing of the Worker: its bindings and the values middleware sets per request. */
/**
 * Worker secrets, which wrangler.toml never lists: set with `wrangler secret put`, locally in
 * `.dev.vars`.
 */
export interface Secrets {
  /** Authorises `/v1/operator/*`; while it is unset those routes do not exist. */
  OPERATOR_SECRET?: string;
}

export interface AppEnv {
  Bindings: Env & Secrets;
  Variables: {
    requestId: string;
    db: Database;
    /** The same D1 session without drizzle, for atomic batches of conditional writes. */
    d1: D1DatabaseSession;
    /** The account whose key authorised the request. */
    account: Account;
    /**
     * The staff member whose bookings alone a staff user's console session may reach; unset
     * for secret keys and owners, who reach every booking of the account.
     */
    staffScope?: string;
  };
}
