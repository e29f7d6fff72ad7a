import { DAY_MS, parseUtcString, toUtcString, type Slot } from '@bookafy/core';

import { ApiProblem, ProblemCode } from '../problem.js';

/** The longest range one slots request may cover, enough for a month view in any zone. */
export const MAX_SLOT_RANGE_DAYS = 62;

/**
 * The UTC range `[start, end)` of a slots query, already validated as UTC strings; throws 400
 * `invalid_request` when it is reversed, empty or longer than {@link MAX_SLOT_RANGE_DAYS}.
 */
export function slotRange(query: { start: string; end: string }): { start: number; end: number } {
  const range = { start: parseUtcString(query.start)!, end: parseUtcString(query.end)! };
  if (range.end <= range.start || range.end - range.start > MAX_SLOT_RANGE_DAYS * DAY_MS) {
    throw new ApiProblem(
      400,
      ProblemCode.invalidRequest,
      `end must be after start and at most ${MAX_SLOT_RANGE_DAYS} days later.`,
    );
  }
  return range;
}

/** The engine's slots of a service as the wire states them, in UTC. */
export function wireSlotList(serviceId: string, slots: readonly Slot[]) {
  return {
    serviceId,
    slots: slots.map((slot) => ({
      start: toUtcString(slot.start),
      end: toUtcString(slot.end),
      staffIds: [...slot.staffIds],
      seatsLeft: slot.seatsLeft,
    })),
  };
}
