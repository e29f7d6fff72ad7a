import { localDateOf, type BookafyClient, type Booking, type LocalDate } from '@bookafy/sdk';

import type { SlotFetcher } from '../../internal/month-slots.js';
import { monthOf, type Month } from '../../internal/month.js';

/**
 * Fetches the times a booking may move to with its manage token: the same service, the same
 * staff member (the only moves the API allows) and the same length, with the booking itself
 * not in the way, so an hour can move by half an hour. Its own start is left out: not a move.
 */
export function rescheduleSlotFetcher(
  client: BookafyClient,
  booking: Booking,
  manageToken: string,
): SlotFetcher {
  return async (range, signal) => {
    const { slots } = await client.listMovableSlots(booking.id, manageToken, range, { signal });
    return slots.filter((slot) => slot.start !== booking.start);
  };
}

/**
 * The month a reschedule opens on: the booking's own, in the visitor's zone, kept between
 * today's month and the last bookable one.
 */
export function rescheduleStartMonth(
  bookedStart: number,
  timeZone: string,
  today: LocalDate,
  lastMonth: Month | undefined,
): Month {
  const booked = monthOf(localDateOf(bookedStart, timeZone));
  const first = monthOf(today);
  if (booked < first) return first;
  if (lastMonth && booked > lastMonth) return lastMonth;
  return booked;
}
