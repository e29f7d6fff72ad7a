import { computeSlots, MINUTE_MS, type Slot } from '@bookafy/core';

import type { BookingRow } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { loadServiceAvailability } from './load-availability.js';

/**
 * The starts in `range` that `booking` can be moved to: its service, staff member and length,
 * with the booking itself not in the way, exactly as a reschedule checks a new start. Throws
 * 404 when its service is gone from the account.
 */
export async function movableSlots(
  db: Database,
  booking: BookingRow,
  range: { start: number; end: number },
  now: number,
): Promise<Slot[]> {
  const availability = await loadServiceAvailability(db, {
    accountId: booking.accountId,
    serviceId: booking.serviceId,
    staffId: booking.staffId,
    range,
    now,
    ignoreBookingId: booking.id,
  });
  if (!availability) {
    throw new ApiProblem(404, ProblemCode.notFound, `No service ${booking.serviceId} here.`);
  }
  return computeSlots({
    service: availability.rules,
    durationMinutes: Math.round((booking.endsAt - booking.startsAt) / MINUTE_MS),
    staff: availability.schedules,
    range,
    now,
  });
}
