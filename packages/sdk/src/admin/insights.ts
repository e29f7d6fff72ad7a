import type { UtcString } from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** One local date of the account's zone in {@link Insights}. */
export interface InsightsDay {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** Bookings made on this date, whether cancelled later or not. */
  booked: number;
  /** Bookings cancelled on this date. */
  cancelled: number;
}

/** How bookings came and went per local day, and when in the week appointments start. */
export interface Insights {
  /** The account's zone, in which days and hours are counted. */
  timeZone: string;
  /** The start of the first local day. */
  from: UtcString;
  /** The end of today in the account's zone (exclusive). */
  to: UtcString;
  /** Every local date from the first to today, oldest first, zeros included. */
  days: InsightsDay[];
  /**
   * Non-cancelled bookings starting in `[from, to)` by local weekday (7 rows, 0 = Monday) and
   * local hour (24 columns); both 02:30s of a fall-back night count in hour 2.
   */
  busiestHours: number[][];
}

/** Which days {@link InsightsAdmin} covers. */
export interface InsightsQuery {
  /** Local dates to cover, ending today, 1–366. @default 90 */
  days?: number;
}

/**
 * Bookings made and cancelled per local day of the account's zone over the last `days` days,
 * and the busiest hours of the week; a day of a DST change is 23 or 25 hours long.
 */
export type InsightsAdmin = (query?: InsightsQuery, options?: RequestOptions) => Promise<Insights>;

/** The insights call of an admin client. */
export function insightsAdmin(transport: Transport): InsightsAdmin {
  return (query = {}, options = {}) =>
    transport.request(ADMIN_ROUTES.insights, {
      query: { days: query.days?.toString() },
      ...options,
    });
}
