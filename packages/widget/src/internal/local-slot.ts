import { parseUtcString, type WireSlot } from '@bookafy/sdk';

/** A slot with its instants as epoch milliseconds, ready for presentation in any zone. */
export interface LocalSlot {
  readonly start: number;
  readonly end: number;
  readonly staffIds: readonly string[];
}

/** Reads the API's UTC strings once, so rendering never parses a date again. */
export function toLocalSlot(slot: WireSlot): LocalSlot {
  return {
    start: parseUtcString(slot.start)!,
    end: parseUtcString(slot.end)!,
    staffIds: slot.staffIds,
  };
}
