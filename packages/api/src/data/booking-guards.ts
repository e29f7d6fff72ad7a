import { localPeriodRange } from '@bookafy/core';

import type { Service } from '../db/schema/index.js';
import type { BookingGuards } from './claim-is-free.js';

/** The capacity and limits a conditional write re-checks for one staff member. */
export function bookingGuards(
  service: Service,
  staffTimeZone: string,
  start: number,
  extra: Pick<BookingGuards, 'now' | 'holdId' | 'bookingId'>,
): BookingGuards {
  const limits: BookingGuards['limits'] = [];
  if (service.maxPerDay !== null) {
    limits.push({ max: service.maxPerDay, period: localPeriodRange(staffTimeZone, start, 'day') });
  }
  if (service.maxPerWeek !== null) {
    const period = localPeriodRange(staffTimeZone, start, 'week');
    limits.push({ max: service.maxPerWeek, period });
  }
  return { capacity: service.capacity, limits, ...extra };
}
