/** A bar of the daily chart, in the chart's own units (one unit per day across). */
export interface DayBar {
  date: string;
  x: number;
  /** Heights as fractions of the chart's height, 0–1. */
  bookedHeight: number;
  cancelledHeight: number;
}

/** The daily chart: one bar pair per day and the value lines worth labelling. */
export interface DayChart {
  bars: DayBar[];
  /** The highest value the vertical scale reaches, a round number at or above the data's. */
  max: number;
  /** Values at which to draw labelled grid lines, 0 and `max` included. */
  ticks: number[];
}

/** The smallest of 1, 2, 5, 10, 20, 50 … that is at least `value`. */
function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/**
 * Lays out bookings and cancellations per day on a shared scale: bars grow from 0 to a round
 * maximum at or above the busiest day, with up to five evenly spaced grid values.
 */
export function dayChart(days: readonly { date: string; booked: number; cancelled: number }[]) {
  const peak = Math.max(0, ...days.flatMap((day) => [day.booked, day.cancelled]));
  const max = niceCeiling(peak);
  const step = max <= 4 ? 1 : max / 4;
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, index) => index * step);
  const bars: DayBar[] = days.map((day, index) => ({
    date: day.date,
    x: index,
    bookedHeight: day.booked / max,
    cancelledHeight: day.cancelled / max,
  }));
  return { bars, max, ticks } satisfies DayChart;
}

/** How many shades the heat map uses besides "none". */
export const HEAT_LEVELS = 4;

/**
 * The shade of a heat-map cell: 0 for no bookings, otherwise 1–`HEAT_LEVELS` in proportion to
 * the busiest cell, so the busiest hour is always the darkest.
 */
export function heatLevel(count: number, busiest: number): number {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.max(1, Math.ceil((count / busiest) * HEAT_LEVELS));
}

/** The busiest weekday (0 = Monday) and hour, or `undefined` when nothing was booked. */
export function busiestSlot(hours: readonly (readonly number[])[]) {
  let best: { weekday: number; hour: number; count: number } | undefined;
  hours.forEach((row, weekday) =>
    row.forEach((count, hour) => {
      if (count > 0 && (!best || count > best.count)) best = { weekday, hour, count };
    }),
  );
  return best;
}
