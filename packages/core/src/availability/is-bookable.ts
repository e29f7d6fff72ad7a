import { computeSlots } from './compute-slots.js';
import type { AvailabilityInput, Slot } from './types.js';

/**
 * Checks whether a slot starting at `start` is bookable now, with the very computation that
 * lists slots, so a time the list offers is always accepted and nothing else is. Returns the
 * slot (with the staff members free to take it) or `undefined`.
 */
export function findBookableSlot(
  input: Omit<AvailabilityInput, 'range'>,
  start: number,
): Slot | undefined {
  const [slot] = computeSlots({ ...input, range: { start, end: start + 1 } });
  return slot?.start === start ? slot : undefined;
}
