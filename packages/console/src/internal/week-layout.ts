import { addDays, instantAt, isoWeekday, wallTimeOf } from './week-zone.js';

const MINUTES_PER_DAY = 1440;

/** The seven local dates of a week, Monday first, and the instants it runs between. */
export interface WeekRange {
  /** `YYYY-MM-DD` in the viewer's zone, Monday to Sunday. */
  dates: string[];
  /** Monday's local midnight (epoch milliseconds). */
  from: number;
  /** The next Monday's local midnight: the week is `[from, to)`. */
  to: number;
}

/** A stretch of one local day in wall-clock minutes after its midnight. */
export interface DaySpan {
  top: number;
  bottom: number;
}

/** A booking placed in the grid: its rows by wall clock, and its column among overlaps. */
export interface PlacedBooking<T> extends DaySpan {
  booking: T;
  /** Which of `columns` side-by-side columns it takes, from 0. */
  column: number;
  columns: number;
  /** Whether it runs on past the day's end, where the grid cuts it off. */
  continues: boolean;
}

/** One day of the grid with its bookings in time order. */
export interface LaidOutDay<T> {
  date: string;
  bookings: PlacedBooking<T>[];
}

/** The grid of a week: its days and the hours it shows, `[firstHour, lastHour)`. */
export interface WeekLayout<T> {
  days: LaidOutDay<T>[];
  firstHour: number;
  lastHour: number;
}

/** The hours every week shows at least, so a quiet week still reads as a working day. */
export const DEFAULT_HOURS = { first: 8, last: 18 } as const;

/**
 * The Monday-to-Sunday week, in `zone`, of the local date on which `day` falls. Its bounds are
 * local midnights, so a week holding a DST change lasts 167 or 169 hours.
 */
export function weekOf(day: Date | number, zone: string): WeekRange {
  const date = wallTimeOf(+day, zone).date;
  const monday = addDays(date, 1 - isoWeekday(date));
  const dates = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  return { dates, from: instantAt(monday, 0, zone), to: instantAt(addDays(monday, 7), 0, zone) };
}

/**
 * Where a booking sits on the local day it starts in `zone`, by wall clock: a booking at 10:00
 * sits at 10:00 whether the day has 23, 24 or 25 hours. One that ends on a later day runs to
 * midnight; one whose wall-clock end comes before its start (it spans the hour repeated when
 * clocks go back) keeps its real length.
 */
export function placeOnDay(start: number, end: number, zone: string) {
  const from = wallTimeOf(start, zone);
  const until = wallTimeOf(end, zone);
  const continues =
    until.date > addDays(from.date, 1) || (until.date > from.date && until.minutes > 0);
  let bottom = until.date > from.date ? MINUTES_PER_DAY : until.minutes;
  if (bottom <= from.minutes) {
    bottom = Math.min(MINUTES_PER_DAY, from.minutes + Math.round((end - start) / 60_000));
  }
  return { date: from.date, top: from.minutes, bottom, continues };
}

/** Gives each span a column so that overlapping ones stand side by side. */
function assignColumns<T>(placed: readonly PlacedBooking<T>[]): void {
  let group: PlacedBooking<T>[] = [];
  let groupEnd = -1;
  let columnEnds: number[] = [];
  const closeGroup = () => {
    for (const member of group) member.columns = columnEnds.length;
    group = [];
    columnEnds = [];
  };
  // By wall clock, as the grid shows them: both 02:30s of a night when clocks go back share
  // the 02:30 row and so stand side by side.
  for (const item of [...placed].sort((a, b) => a.top - b.top)) {
    if (item.top >= groupEnd) closeGroup();
    groupEnd = group.length === 0 ? item.bottom : Math.max(groupEnd, item.bottom);
    let column = columnEnds.findIndex((columnEnd) => columnEnd <= item.top);
    if (column === -1) column = columnEnds.push(item.bottom) - 1;
    else columnEnds[column] = item.bottom;
    item.column = column;
    group.push(item);
  }
  closeGroup();
}

/**
 * Lays out `bookings` (UTC `start` and `end`) on the week's days in the viewer's `zone`:
 * each on the local date it starts, in the order they happen, overlapping ones side by side. The hours
 * shown run from the earliest to the latest booking or `otherSpans` (working hours), and cover
 * at least {@link DEFAULT_HOURS}. Bookings starting outside the week are left out.
 */
export function layoutWeek<T extends { start: string; end: string }>(
  bookings: readonly T[],
  week: WeekRange,
  zone: string,
  otherSpans: readonly DaySpan[] = [],
): WeekLayout<T> {
  const days = week.dates.map((date): LaidOutDay<T> => ({ date, bookings: [] }));
  const sorted = [...bookings].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(b.end) - Date.parse(a.end),
  );
  for (const booking of sorted) {
    const { date, ...span } = placeOnDay(Date.parse(booking.start), Date.parse(booking.end), zone);
    const day = days.find((candidate) => candidate.date === date);
    day?.bookings.push({ booking, ...span, column: 0, columns: 1 });
  }
  for (const day of days) assignColumns(day.bookings);

  const spans = [...days.flatMap((day) => day.bookings), ...otherSpans];
  const earliest = Math.min(DEFAULT_HOURS.first * 60, ...spans.map((span) => span.top));
  const latest = Math.max(DEFAULT_HOURS.last * 60, ...spans.map((span) => span.bottom));
  return { days, firstHour: Math.floor(earliest / 60), lastHour: Math.ceil(latest / 60) };
}
