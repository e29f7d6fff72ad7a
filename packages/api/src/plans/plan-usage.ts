import { and, count, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';

import { bookings, staff, type Account } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { localMonth, type LocalMonth } from './booking-month.js';
import { BOOKING_LIMIT_DETAIL, PLAN_LIMITS, type Plan } from './plan-limits.js';

/** How much of its plan an account uses, as `GET /v1/admin/usage` shows it. */
export interface PlanUsage {
  plan: Plan;
  staff: { used: number; limit: number | null };
  monthlyBookings: { used: number; limit: number | null; month: string };
}

const activeStaff = (db: Database, accountId: string) =>
  db
    .select({ count: count() })
    .from(staff)
    .where(and(eq(staff.accountId, accountId), isNull(staff.archivedAt)));

const bookingsCreatedIn = (db: Database, accountId: string, month: LocalMonth) =>
  db
    .select({ count: count() })
    .from(bookings)
    .where(
      and(
        eq(bookings.accountId, accountId),
        gte(bookings.createdAt, month.start),
        lt(bookings.createdAt, month.end),
      ),
    );

/** The account's staff members and this month's bookings beside its plan's limits. */
export async function readPlanUsage(
  db: Database,
  account: Account,
  now: number,
): Promise<PlanUsage> {
  const month = localMonth(account.timeZone, now);
  const limits = PLAN_LIMITS[account.plan];
  const [[staffCount], [bookingCount]] = await db.batch([
    activeStaff(db, account.id),
    bookingsCreatedIn(db, account.id, month),
  ]);
  return {
    plan: account.plan,
    staff: { used: staffCount?.count ?? 0, limit: limits.staff },
    monthlyBookings: {
      used: bookingCount?.count ?? 0,
      limit: limits.monthlyBookings,
      month: month.month,
    },
  };
}

/**
 * The condition, for the conditional insert of a staff member or the conditional update that
 * restores an archived one, that the account's plan has room for one more; always true on a
 * plan without a staff limit. Checked inside that one statement, so concurrent requests can
 * never give the account more staff members than the plan allows.
 */
export function staffRoom(db: Database, account: Account): SQL {
  const limit = PLAN_LIMITS[account.plan].staff;
  if (limit === null) return sql`1 = 1`;
  return sql`${activeStaff(db, account.id)} < ${limit}`;
}

/**
 * The condition, for the conditional insert of a booking made at `now`, that the account's
 * plan has room for one more booking in this month of its time zone; always true on a plan
 * without a booking limit. Like {@link staffRoom}, concurrent bookings cannot overshoot it.
 */
export function monthlyBookingRoom(db: Database, account: Account, now: number): SQL {
  const limit = PLAN_LIMITS[account.plan].monthlyBookings;
  if (limit === null) return sql`1 = 1`;
  return sql`${bookingsCreatedIn(db, account.id, localMonth(account.timeZone, now))} < ${limit}`;
}

/** Whether the account's plan allows no more bookings in the month of `now`. */
export async function monthlyBookingsExhausted(
  db: Database,
  account: Account,
  now: number,
): Promise<boolean> {
  const limit = PLAN_LIMITS[account.plan].monthlyBookings;
  if (limit === null) return false;
  const [row] = await bookingsCreatedIn(db, account.id, localMonth(account.timeZone, now));
  return (row?.count ?? 0) >= limit;
}

/** The 402 answer to a staff member the plan has no room for. */
export function staffLimitReached(account: Account): ApiProblem {
  const limit = PLAN_LIMITS[account.plan].staff;
  return new ApiProblem(
    402,
    ProblemCode.planLimitStaff,
    `The ${account.plan} plan allows ${limit} staff members; archive one or upgrade the plan.`,
  );
}

/** The 402 answer to a booking the plan has no room for this month, readable by a visitor. */
export function bookingLimitReached(): ApiProblem {
  return new ApiProblem(402, ProblemCode.planLimitBookings, BOOKING_LIMIT_DETAIL);
}
