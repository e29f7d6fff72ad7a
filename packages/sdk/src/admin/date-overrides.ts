import type { DataList, WireDateOverride, WireLocalInterval } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** Local dates on which a staff member works other hours than their weekly ones. */
export interface DateOverridesAdmin {
  /** The overrides of `staffId`, optionally only those in `[from, to]` (`YYYY-MM-DD`). */
  list(
    staffId: string,
    query?: { from?: string; to?: string },
    options?: RequestOptions,
  ): Promise<DataList<WireDateOverride>>;
  /**
   * Sets the hours of the local `date` (`YYYY-MM-DD`) of `staffId`; no intervals closes the
   * day. Safe to retry, as the result is the same.
   */
  set(
    staffId: string,
    date: string,
    intervals: WireLocalInterval[],
    options?: RequestOptions,
  ): Promise<WireDateOverride>;
  /** Removes the override of `date`, so the weekly hours apply again; never retried. */
  remove(staffId: string, date: string, options?: RequestOptions): Promise<void>;
}

/** The date override calls of an admin client. */
export function dateOverridesAdmin(transport: Transport): DateOverridesAdmin {
  return {
    list: (staffId, query = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['dateOverrides.list'], {
        params: { staffId },
        query: { from: query.from, to: query.to },
        ...options,
      }),
    set: (staffId, date, intervals, options = {}) =>
      transport.request(ADMIN_ROUTES['dateOverrides.set'], {
        params: { staffId, date },
        body: { intervals },
        ...options,
      }),
    remove: (staffId, date, options = {}) =>
      transport.request(ADMIN_ROUTES['dateOverrides.remove'], {
        params: { staffId, date },
        ...options,
      }),
  };
}
