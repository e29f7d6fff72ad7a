import { z } from '@hono/zod-openapi';

import { textSchema } from './common.js';
import { UtcStringSchema } from './instant.js';

export const BookingPathSchema = z.object({
  bookingId: z.string().regex(/^bkg_[0-9a-z]{1,64}$/, 'Expected a booking id (bkg_…).'),
});

export const ManageQuerySchema = z.object({
  /** The manage token, for links in messages; a header is preferred. */
  token: z.string().optional(),
});

/** The UTC range `[start, end)` in which to list the starts a booking can move to. */
export const MovableSlotQuerySchema = z.object({ start: UtcStringSchema, end: UtcStringSchema });

export const CancelRequestSchema = z
  .object({ reason: textSchema().max(500).optional() })
  .openapi('CancelRequest');

export const RescheduleRequestSchema = z
  .object({ start: UtcStringSchema })
  .openapi('RescheduleRequest');
