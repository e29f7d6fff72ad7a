import { DAY_MS } from './instant.js';

/** A calendar date without a zone, written `YYYY-MM-DD`. */
export type LocalDate = string;

/** Days since 1970-01-01 of a calendar date, counted without any zone. */
export function localDateToDayNumber(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar date that is `dayNumber` days after 1970-01-01. */
export function dayNumberToLocalDate(dayNumber: number): LocalDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (Monday 1 … Sunday 7) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
