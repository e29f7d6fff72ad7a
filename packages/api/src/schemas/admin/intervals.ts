import { z } from '@hono/zod-openapi';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

const startMinute = z
  .number()
  .int()
  .min(0)
  .max(MINUTES_PER_DAY - 1)
  .openapi({ description: 'Minutes after local midnight', example: 540 });
const endMinute = z
  .number()
  .int()
  .min(1)
  .max(2 * MINUTES_PER_DAY - 1)
  .openapi({
    description: 'Minutes after the same midnight; past 1440 ends the next day',
    example: 1020,
  });

const endsWithinADay = {
  check: (interval: { startMinute: number; endMinute: number }) =>
    interval.endMinute > interval.startMinute &&
    interval.endMinute <= interval.startMinute + MINUTES_PER_DAY,
  issue: {
    path: ['endMinute'],
    message: 'Expected endMinute after startMinute and at most 24 hours later.',
  },
};

/** One wall-clock interval of a day in the staff member's zone; it may run past midnight. */
export const LocalIntervalSchema = z
  .object({ startMinute, endMinute })
  .refine(endsWithinADay.check, endsWithinADay.issue)
  .openapi('LocalInterval');

/** One interval of a staff member's weekly working hours. */
export const WorkingIntervalSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).openapi({ description: 'Monday 1 … Sunday 7' }),
    startMinute,
    endMinute,
  })
  .refine(endsWithinADay.check, endsWithinADay.issue)
  .openapi('WorkingInterval');

type Span = { start: number; end: number };

/**
 * Reports every interval that overlaps an earlier one of the list at its own index. With a
 * `period`, spans also meet across the wrap (Sunday night into Monday morning).
 */
function reportOverlaps(spans: (Span | undefined)[], ctx: z.RefinementCtx, period?: number) {
  const shifts = period === undefined ? [0] : [0, period, -period];
  spans.forEach((span, index) => {
    if (!span) return;
    const earlier = spans.findIndex(
      (other, otherIndex) =>
        other !== undefined &&
        otherIndex < index &&
        shifts.some((shift) => other.start + shift < span.end && span.start < other.end + shift),
    );
    if (earlier === -1) return;
    ctx.addIssue({
      code: 'custom',
      path: [index],
      message: `Overlaps the interval at index ${earlier}.`,
    });
  });
}

/** Spans of intervals that are themselves valid; invalid ones already carry their own issue. */
function spansOf<T extends { startMinute: number; endMinute: number }>(
  intervals: T[],
  offset: (interval: T) => number,
): (Span | undefined)[] {
  return intervals.map((interval) =>
    endsWithinADay.check(interval)
      ? {
          start: offset(interval) + interval.startMinute,
          end: offset(interval) + interval.endMinute,
        }
      : undefined,
  );
}

/** The intervals of one date, none overlapping another; an empty list means closed. */
export const LocalIntervalListSchema = z
  .array(LocalIntervalSchema)
  .max(48)
  .superRefine((intervals, ctx) =>
    reportOverlaps(
      spansOf(intervals, () => 0),
      ctx,
    ),
  );

/**
 * A whole week of working hours. Intervals may cross midnight, so overlaps are found on the
 * week as a circle: Monday 22:00–02:00 overlaps Tuesday 01:00–03:00.
 */
export const WorkingIntervalListSchema = z
  .array(WorkingIntervalSchema)
  .max(7 * 16)
  .superRefine((intervals, ctx) =>
    reportOverlaps(
      spansOf(intervals, (interval) => (interval.weekday - 1) * MINUTES_PER_DAY),
      ctx,
      MINUTES_PER_WEEK,
    ),
  );
