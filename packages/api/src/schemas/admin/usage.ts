import { z } from '@hono/zod-openapi';

const limit = z
  .number()
  .int()
  .nullable()
  .openapi({ description: 'What the plan allows; null when it sets no limit' });

/** How much of its plan an account uses. */
export const PlanUsageSchema = z
  .object({
    plan: z.enum(['free', 'pro']),
    staff: z
      .object({ used: z.number().int(), limit })
      .openapi({ description: 'Staff members that are not archived' }),
    monthlyBookings: z
      .object({
        used: z.number().int(),
        limit,
        month: z.string().openapi({
          description: "The calendar month in the account's time zone, YYYY-MM",
          example: '2027-03',
        }),
      })
      .openapi({
        description: 'Bookings created this month, cancelled ones included',
      }),
  })
  .openapi('PlanUsage');
