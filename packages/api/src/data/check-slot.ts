import { findBookableSlot, MINUTE_MS, type AvailabilityInput, type Slot } from '@bookafy/core';

import type { Service } from '../db/schema/index.js';
import type { Database } from '../env.js';
import { ApiProblem, ProblemCode } from '../problem.js';
import { chosenDuration } from './chosen-duration.js';
import type { SlotClaim } from './claim-is-free.js';
import { loadServiceAvailability, type ServiceAvailability } from './load-availability.js';
import { nearestSlots } from './nearest-slots.js';

/** A start the engine accepts, with everything a write of it needs. */
export interface CheckedSlot {
  availability: ServiceAvailability;
  service: Service;
  /** The duration the visitor chose, or the service's default. */
  durationMinutes: number;
  rules: Omit<AvailabilityInput, 'range'>;
  /** The slot, its staff members in the fair assignment order. */
  slot: Slot;
}

/**
 * Loads what a start of a service depends on and checks it with the engine, exactly as the
 * slot list does. Throws 404 for an unknown service or staff member, 409 `slot_taken` (with
 * the nearest free times) when busy time covers it, and 422 `slot_unavailable` otherwise.
 */
export async function checkSlot(
  db: Database,
  query: {
    accountId: string;
    serviceId: string;
    staffId?: string | undefined;
    start: number;
    durationMinutes?: number | undefined;
    now: number;
    ignoreHoldId?: string | undefined;
    ignoreBookingId?: string | undefined;
  },
): Promise<CheckedSlot> {
  const { start, now } = query;
  const availability = await loadServiceAvailability(db, {
    ...query,
    range: { start, end: start + 1 },
  });
  if (!availability) {
    throw new ApiProblem(404, ProblemCode.notFound, `No service ${query.serviceId} here.`);
  }
  if (query.staffId && availability.staff.length === 0) {
    throw new ApiProblem(404, ProblemCode.notFound, `No staff member ${query.staffId} here.`);
  }

  const { service } = availability;
  const durationMinutes = chosenDuration(service, query.durationMinutes);
  const rules = {
    service: availability.rules,
    durationMinutes,
    staff: availability.schedules,
    now,
  };
  const slot = findBookableSlot(rules, start);
  if (slot) return { availability, service, durationMinutes, rules, slot };

  const freeStaff = availability.schedules.map((schedule) => ({ ...schedule, busy: [] }));
  if (findBookableSlot({ ...rules, staff: freeStaff }, start)) throw slotTaken(rules, start);
  throw new ApiProblem(
    422,
    ProblemCode.slotUnavailable,
    'That time is not a start of this service.',
  );
}

/** The 409 for a time someone else got first, with the nearest free times. */
export function slotTaken(rules: CheckedSlot['rules'], start: number): ApiProblem {
  return new ApiProblem(409, ProblemCode.slotTaken, 'That time has just been booked.', {
    alternatives: nearestSlots(rules, start),
  });
}

/** What an appointment of `service` at `start` blocks for one staff member. */
export function claimFor(
  service: Service,
  staffId: string,
  start: number,
  durationMinutes: number,
): SlotClaim & { endsAt: number } {
  const endsAt = start + durationMinutes * MINUTE_MS;
  return {
    staffId,
    serviceId: service.id,
    startsAt: start,
    endsAt,
    blockedFrom: start - service.bufferBeforeMinutes * MINUTE_MS,
    blockedUntil: endsAt + service.bufferAfterMinutes * MINUTE_MS,
    seats: 1,
  };
}

/** The IANA zone of one of the slot's staff members. */
export function zoneOf(checked: CheckedSlot, staffId: string): string {
  return checked.availability.staff.find((member) => member.id === staffId)!.timeZone;
}
