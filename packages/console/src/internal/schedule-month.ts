const DAY_MS = 86_400_000;

/** A calendar month written `YYYY-MM`. */
export type Month = string;

const dayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOfDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The month `count` months after `month` (before, when negative). */
export function addMonths(month: Month, count: number): Month {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The number of days in `month`. */
export function daysInMonth(month: Month): number {
  return dayNumber(`${addMonths(month, 1)}-01`) - dayNumber(`${month}-01`);
}

/** The same day of the month `count` months away, kept within that month's last day. */
export function addMonthsToDate(date: string, count: number): string {
  const month = addMonths(date.slice(0, 7), count);
  const day = Math.min(Number(date.slice(8)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The weeks of `month`, Monday first, as rows of seven dates with `undefined` where a row
 * reaches into a neighbouring month.
 */
export function monthWeeks(month: Month): (string | undefined)[][] {
  const first = `${month}-01`;
  const cells: (string | undefined)[] = Array.from({ length: isoWeekday(first) - 1 }, () => {
    return undefined;
  });
  for (let day = 0; day < daysInMonth(month); day++) cells.push(addDays(first, day));
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: (string | undefined)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

/** The localised name of each ISO weekday, Monday first (`long` or `short`). */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return [0, 1, 2, 3, 4, 5, 6].map((offset) => format.format(Date.UTC(2024, 0, 1 + offset)));
}

/** A calendar date as the viewer reads it in full, such as "Monday, 15 March 2027". */
export function fullDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.parse(`${date}T00:00:00Z`),
  );
}
