import { localDateOf, type BookafyClient, type Booking, type LocalDate } from '@bookafy/sdk';

import type { SlotFetcher } from '../../internal/month-slots.js';
import { monthOf, type Month } from '../../internal/month.js';

/**
 * Fetches the times a booking may move to: the same service, the same staff member (the only
 * moves the API allows) and the same length, without the booking's own start. The public slots
 * route counts the booking itself as busy, so a visitor is not offered a time that overlaps the
 * booking's current one (an hour moved by half an hour), although the API would accept it.
 */
export function rescheduleSlotFetcher(
  client: BookafyClient,
  booking: Booking,
  serviceDurationMinutes: number | undefined,
): SlotFetcher {
  const durationMinutes = (Date.parse(booking.end) - Date.parse(booking.start)) / 60_000;
  return async (range, signal) => {
    const { slots } = await client.listSlots(
      {
        serviceId: booking.serviceId,
        staffId: booking.staffId,
        ...range,
        ...(durationMinutes !== serviceDurationMinutes ? { durationMinutes } : {}),
      },
      { signal },
    );
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
