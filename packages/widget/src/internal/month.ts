import {
  dayNumberToLocalDate,
  HOUR_MS,
  isoWeekdayOfDayNumber,
  localDateToDayNumber,
  type LocalDate,
} from '@bookafy/sdk';

/** A calendar month written `YYYY-MM`. */
export type Month = string;

/** The month a date lies in. */
export function monthOf(date: LocalDate): Month {
  return date.slice(0, 7);
}

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: Month, count: number): Month {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  const yearText = String(Math.floor(index / 12)).padStart(4, '0');
  return `${yearText}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A date moved by `days` days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dayNumberToLocalDate(localDateToDayNumber(date) + days);
}

/** The same day of the month in the month `count` months away, clamped to that month's end. */
export function addMonthsToDate(date: LocalDate, count: number): LocalDate {
  const month = addMonths(monthOf(date), count);
  const last = daysInMonth(month);
  return `${month}-${String(Math.min(Number(date.slice(8)), last)).padStart(2, '0')}`;
}

/** The number of days of a month. */
export function daysInMonth(month: Month): number {
  const first = localDateToDayNumber(`${month}-01`);
  return localDateToDayNumber(`${addMonths(month, 1)}-01`) - first;
}

/**
 * The weeks of a month as rows of seven dates, Monday first, with `undefined` where a row
 * reaches into the neighbouring months.
 */
export function monthGrid(month: Month): (LocalDate | undefined)[][] {
  const first = localDateToDayNumber(`${month}-01`);
  const leading = isoWeekdayOfDayNumber(first) - 1;
  const cells: (LocalDate | undefined)[] = Array.from({ length: leading }, () => undefined);
  for (let day = 0; day < daysInMonth(month); day++) cells.push(dayNumberToLocalDate(first + day));
  while (cells.length % 7 !== 0) cells.push(undefined);

  const weeks: (LocalDate | undefined)[][] = [];
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7));
  return weeks;
}

/**
 * A UTC range that holds every instant of `month` in any zone: the month's dates at UTC
 * midnight, widened by 14 hours on each side, further than any zone's offset.
 */
export function monthSearchRange(month: Month): { start: number; end: number } {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const end = Date.parse(`${addMonths(month, 1)}-01T00:00:00Z`);
  return { start: start - 14 * HOUR_MS, end: end + 14 * HOUR_MS };
}
