import { z } from '@hono/zod-openapi';

import { idSchema, UtcStringSchema } from './common.js';
import { SlotSchema } from './slot.js';

export { SlotSchema };

export const SlotQuerySchema = z.object({
  serviceId: idSchema('svc'),
  staffId: idSchema('stf').optional(),
  start: UtcStringSchema,
  end: UtcStringSchema,
  durationMinutes: z.coerce.number().int().positive().optional().openapi({ example: 60 }),
});

export const SlotListSchema = z
  .object({
    serviceId: z.string(),
    slots: z.array(SlotSchema),
  })
  .openapi('SlotList');
