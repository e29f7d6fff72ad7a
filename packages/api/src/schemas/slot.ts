import { z } from '@hono/zod-openapi';

import { UtcStringSchema } from './instant.js';

/** A bookable start and who can take it. */
export const SlotSchema = z
  .object({
    start: UtcStringSchema,
    end: UtcStringSchema,
    staffIds: z.array(z.string()),
    seatsLeft: z.number().int(),
  })
  .openapi('Slot');
