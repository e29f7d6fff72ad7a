import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** How much of one of its plan's limits an account uses. */
export interface PlanLimitUsage {
  used: number;
  /** What the plan allows; `null` when it sets no limit. */
  limit: number | null;
}

/** The account's plan and how much of its limits it uses. */
export interface PlanUsage {
  plan: 'free' | 'pro';
  /** Staff members that are not archived. */
  staff: PlanLimitUsage;
  /** Bookings made this calendar month of the account's zone, cancelled ones included. */
  monthlyBookings: PlanLimitUsage & {
    /** The month in the account's zone, `YYYY-MM`. */
    month: string;
  };
}

/** The account's plan and its usage, read afresh on every call. */
export type UsageAdmin = (options?: RequestOptions) => Promise<PlanUsage>;

/** The usage call of an admin client. */
export function usageAdmin(transport: Transport): UsageAdmin {
  return (options = {}) => transport.request(ADMIN_ROUTES.usage, options);
}
