const DAY_MINUTES = 1440;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** A time range as the owner types it: wall-clock `HH:MM` times of one day in a zone. */
export interface TimeRange {
  start: string;
  end: string;
  /** Whether the range ends on the following day (a night shift, 22:00–02:00). */
  nextDay: boolean;
}

/** Minutes after a local midnight; an end past 1440 falls on the next day. */
export interface MinuteInterval {
  startMinute: number;
  endMinute: number;
}

/** What is wrong with one typed range. */
export type RangeProblem = 'incomplete' | 'endNotAfterStart' | 'longerThanADay' | 'overlap';

/** Minutes after midnight of an `HH:MM` (or `HH:MM:SS`) time, or `undefined`. */
export function timeToMinutes(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The `HH:MM` wall-clock time of minutes after a midnight, wrapping past 24 hours. */
export function minutesToTime(minutes: number): string {
  const inDay = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const hours = String(Math.floor(inDay / 60)).padStart(2, '0');
  return `${hours}:${String(inDay % 60).padStart(2, '0')}`;
}

/** A stored interval as the owner reads it; one ending at midnight shows 00:00 that day. */
export function rangeOf(interval: MinuteInterval): TimeRange {
  return {
    start: minutesToTime(interval.startMinute),
    end: minutesToTime(interval.endMinute),
    nextDay: interval.endMinute > DAY_MINUTES,
  };
}

/**
 * The interval a typed range stands for, or `undefined` while a time is missing. An end of
 * 00:00 on the same day means midnight at the day's end, so 18:00–00:00 is six hours.
 */
export function intervalOf(range: TimeRange): MinuteInterval | undefined {
  const startMinute = timeToMinutes(range.start);
  const end = timeToMinutes(range.end);
  if (startMinute === undefined || end === undefined) return undefined;
  const endMinute = end + (range.nextDay || end === 0 ? DAY_MINUTES : 0);
  return { startMinute, endMinute };
}

/** The problem of one range on its own, before ranges are compared. */
function ownProblem(range: TimeRange): RangeProblem | undefined {
  const interval = intervalOf(range);
  if (!interval) return 'incomplete';
  if (interval.endMinute <= interval.startMinute) return 'endNotAfterStart';
  if (interval.endMinute > interval.startMinute + DAY_MINUTES) return 'longerThanADay';
  return undefined;
}

/**
 * The problem of each range of each day (indexes as in `days`), `undefined` for a good one.
 * A range that overlaps an earlier one is marked `overlap`; with `wrapWeek`, the days are a
 * week, Monday first, in which a night range of Sunday runs into Monday morning.
 */
export function rangeProblems(
  days: readonly (readonly TimeRange[])[],
  wrapWeek: boolean,
): (RangeProblem | undefined)[][] {
  const problems = days.map((ranges) => ranges.map(ownProblem));
  const shifts = wrapWeek ? [0, WEEK_MINUTES, -WEEK_MINUTES] : [0];
  const seen: { start: number; end: number }[] = [];
  days.forEach((ranges, day) =>
    ranges.forEach((range, index) => {
      if (problems[day]![index]) return;
      const interval = intervalOf(range)!;
      const span = {
        start: day * DAY_MINUTES + interval.startMinute,
        end: day * DAY_MINUTES + interval.endMinute,
      };
      const overlaps = seen.some((other) =>
        shifts.some((shift) => other.start + shift < span.end && span.start < other.end + shift),
      );
      if (overlaps) problems[day]![index] = 'overlap';
      else seen.push(span);
    }),
  );
  return problems;
}

/** Whether no range has a problem. */
export const allGood = (problems: (RangeProblem | undefined)[][]) =>
  problems.every((day) => day.every((problem) => problem === undefined));
