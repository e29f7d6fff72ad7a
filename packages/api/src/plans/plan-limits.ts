import type { Account } from '../db/schema/index.js';

/** The plans an account can be on; the operator changes it (billing stands behind that). */
export type Plan = Account['plan'];

/** What one plan allows; `null` means no limit. */
export interface PlanLimits {
  /** Staff members that are not archived, since archived ones take no bookings. */
  staff: number | null;
  /**
   * Bookings created in one calendar month of the account's time zone, cancelled ones
   * included: a booking counts when it is made, so cancelling it gives no booking back.
   */
  monthlyBookings: number | null;
}

/** Every plan's limits, in one place: free is for trying Bookafy out, pro has no limits. */
export const PLAN_LIMITS: Readonly<Record<Plan, PlanLimits>> = {
  free: { staff: 2, monthlyBookings: 100 },
  pro: { staff: null, monthlyBookings: null },
};

/** The detail of a refused booking, written for the visitor who sees it in the widget. */
export const BOOKING_LIMIT_DETAIL = 'This business cannot take more online bookings this month.';
