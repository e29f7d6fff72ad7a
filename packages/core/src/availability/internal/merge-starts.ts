import { MINUTE_MS } from '../../time/instant.js';
import type { TimeRange } from '../types.js';

/** The starts one staff member can take, ascending, with seats and that day's load. */
export interface StaffSlots {
  readonly starts: number[];
  readonly seats: number[];
  /** Appointments the staff member already has on each start's local day. */
  readonly dayLoads: number[];
}

/**
 * Called once per distinct start, in ascending order, with the indexes of the staff members
 * who can take it in ascending order; `heads[index]` is the position of that start in their
 * `StaffSlots`.
 */
export type StartVisitor = (start: number, takers: number[], heads: readonly number[]) => void;

/** Ranges up to this many minutes are merged through buckets, longer ones by comparison. */
const MAX_BUCKETS = 200_000;

let buffers = {
  first: new Int32Array(0),
  next: new Int32Array(0),
  staffOf: new Int32Array(0),
  positionOf: new Int32Array(0),
};

/**
 * Work arrays reused from one computation to the next, grown when too small: the engine runs
 * for every slots request, and a fresh 45,000-entry array each time would feed the GC.
 */
function scratch(buckets: number, entries: number) {
  if (buckets > buffers.first.length) buffers = { ...buffers, first: new Int32Array(buckets) };
  if (entries > buffers.next.length) {
    buffers = {
      first: buffers.first,
      next: new Int32Array(entries),
      staffOf: new Int32Array(entries),
      positionOf: new Int32Array(entries),
    };
  }
  return buffers;
}

/** Visits every start that any staff member can take, merging their sorted lists. */
export function forEachStart(
  perStaff: readonly StaffSlots[],
  range: TimeRange,
  visit: StartVisitor,
) {
  const minutes = Math.ceil((range.end - range.start) / MINUTE_MS);
  const merged = minutes <= MAX_BUCKETS && mergeByMinute(perStaff, range.start, minutes, visit);
  if (!merged) mergeByComparison(perStaff, visit);
}

/**
 * Slots start on whole minutes inside the range, so a counting pass over one bucket per minute
 * merges twenty staff members' lists in linear time, without a map or a sort. Returns false,
 * having visited nothing, when a start is not on a whole minute of the range.
 */
function mergeByMinute(
  perStaff: readonly StaffSlots[],
  base: number,
  buckets: number,
  visit: StartVisitor,
): boolean {
  const total = perStaff.reduce((sum, own) => sum + own.starts.length, 0);
  const { first, next, staffOf, positionOf } = scratch(buckets, total);
  first.fill(-1, 0, buckets);

  let entry = 0;
  for (let index = perStaff.length - 1; index >= 0; index--) {
    const { starts } = perStaff[index]!;
    for (let position = 0; position < starts.length; position++, entry++) {
      const bucket = (starts[position]! - base) / MINUTE_MS;
      if (!Number.isInteger(bucket) || bucket < 0 || bucket >= buckets) return false;
      staffOf[entry] = index;
      positionOf[entry] = position;
      next[entry] = first[bucket]!;
      first[bucket] = entry;
    }
  }

  const heads = new Array<number>(perStaff.length).fill(0);
  for (let bucket = 0; bucket < buckets; bucket++) {
    if (first[bucket] === -1) continue;
    const takers: number[] = [];
    // Lists were built from the last staff member down, so they come out in staff order.
    for (let at = first[bucket]!; at !== -1; at = next[at]!) {
      takers.push(staffOf[at]!);
      heads[staffOf[at]!] = positionOf[at]!;
    }
    visit(base + bucket * MINUTE_MS, takers, heads);
  }
  return true;
}

/** The general merge: repeatedly take the smallest head of the sorted lists. */
function mergeByComparison(perStaff: readonly StaffSlots[], visit: StartVisitor) {
  const heads = perStaff.map(() => 0);
  for (;;) {
    let start = Infinity;
    for (let index = 0; index < perStaff.length; index++) {
      const { starts } = perStaff[index]!;
      // Reading past an array's end is slow in V8, so compare with the length first.
      if (heads[index]! < starts.length && starts[heads[index]!]! < start) {
        start = starts[heads[index]!]!;
      }
    }
    if (start === Infinity) return;

    const takers: number[] = [];
    for (let index = 0; index < perStaff.length; index++) {
      const head = heads[index]!;
      if (head < perStaff[index]!.starts.length && perStaff[index]!.starts[head] === start) {
        takers.push(index);
      }
    }
    visit(start, [...takers], heads);
    for (const index of takers) heads[index]!++;
  }
}
