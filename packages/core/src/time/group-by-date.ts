import { localDateOf } from './format.js';
import type { LocalDate } from './local-date.js';

/**
 * Groups items with a `start` instant by the calendar date on which they start in `timeZone`,
 * keeping their order. Dates come out in the order first seen, which is chronological for
 * sorted input.
 */
export function groupByLocalDate<T extends { readonly start: number }>(
  items: readonly T[],
  timeZone: string,
): Map<LocalDate, T[]> {
  const groups = new Map<LocalDate, T[]>();
  for (const item of items) {
    const date = localDateOf(item.start, timeZone);
    const group = groups.get(date);
    if (group) group.push(item);
    else groups.set(date, [item]);
  }
  return groups;
}
