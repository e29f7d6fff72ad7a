import { computeSlots, DAY_MS, toUtcString, type AvailabilityInput } from '@bookafy/core';

/** The free slots nearest `start` (either side, within a day), to offer when it was taken. */
export function nearestSlots(input: Omit<AvailabilityInput, 'range'>, start: number, count = 3) {
  const slots = computeSlots({ ...input, range: { start: start - DAY_MS, end: start + DAY_MS } });
  return slots
    .filter((slot) => slot.start !== start)
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start) || a.start - b.start)
    .slice(0, count)
    .sort((a, b) => a.start - b.start)
    .map((slot) => ({
      start: toUtcString(slot.start),
      end: toUtcString(slot.end),
      staffIds: [...slot.staffIds],
      seatsLeft: slot.seatsLeft,
    }));
}
