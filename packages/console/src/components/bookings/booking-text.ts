import { msg } from '@lit/localize';

import { timeIn } from '../../internal/agenda-days.js';
import type { ServiceSummary, StaffSummary } from '../../internal/bookings-api.js';

/** A booking's start and end on the clock of `zone`: "10:00–10:30". */
export const clockRange = (start: string, end: string, zone: string, locale: string): string =>
  `${timeIn(start, zone, locale)}–${timeIn(end, zone, locale)}`;

/** A booking's day and times in `zone`: "Wednesday 20 January 2027, 10:00–10:30". */
export const dayAndTimes = (start: string, end: string, zone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).formatRange(new Date(start), new Date(end));

/** Whether clocks in both zones show the same date and time at `instant`. */
export const sameClock = (instant: string, zone: string, otherZone: string): boolean => {
  const clock = (timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(instant),
    );
  return clock(zone) === clock(otherZone);
};

/** The name of a staff member, or a neutral word when the list does not hold them. */
export const staffNameOf = (staff: readonly StaffSummary[], id: string): string =>
  staff.find((member) => member.id === id)?.name ??
  msg('Staff member', { id: 'bookings.staffMember' });

/** The name of a service, or a neutral word when the list does not hold it. */
export const serviceNameOf = (services: readonly ServiceSummary[], id: string): string =>
  services.find((service) => service.id === id)?.name ?? msg('Booking', { id: 'bookings.booking' });
