import type { TimeRange } from '../types.js';

/**
 * Disjoint, sorted ranges answering "does [start, end) overlap any of them?" in logarithmic
 * time, or in constant time for queries that move forward.
 */
export class BusyIndex {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  #cursor = 0;

  constructor(ranges: readonly TimeRange[]) {
    const sorted = ranges
      .filter((range) => range.end > range.start)
      .sort((a, b) => a.start - b.start);
    for (const range of sorted) {
      const last = this.#ends.length - 1;
      if (last >= 0 && range.start <= this.#ends[last]!) {
        this.#ends[last] = Math.max(this.#ends[last]!, range.end);
      } else {
        this.#starts.push(range.start);
        this.#ends.push(range.end);
      }
    }
  }

  /** Whether `[start, end)` overlaps a busy range. */
  overlaps(start: number, end: number): boolean {
    const ends = this.#ends;
    // Ends are sorted: find the first range ending after `start`, moving from the last answer.
    let index = this.#cursor;
    if (index > 0 && ends[index - 1]! > start) index = this.#search(start);
    while (index < ends.length && ends[index]! <= start) index++;
    this.#cursor = index;
    return index < ends.length && this.#starts[index]! < end;
  }

  #search(start: number): number {
    let low = 0;
    let high = this.#ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#ends[middle]! <= start) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
