import { z } from '@hono/zod-openapi';

import { idSchema } from './common.js';
import { UtcStringSchema } from './instant.js';

export const HoldRequestSchema = z
  .object({
    serviceId: idSchema('svc'),
    staffId: idSchema('stf').optional(),
    start: UtcStringSchema,
    durationMinutes: z.number().int().positive().optional(),
    /** How long to hold, 1–15 minutes. */
    minutes: z.number().int().min(1).max(15).default(5),
  })
  .openapi('HoldRequest');

export const HoldSchema = z
  .object({
    id: z.string(),
    serviceId: z.string(),
    staffId: z.string(),
    start: UtcStringSchema,
    end: UtcStringSchema,
    expiresAt: UtcStringSchema,
  })
  .openapi('Hold');
