import { z } from '@hono/zod-openapi';

import { idSchema, textSchema, UtcStringSchema } from '../common.js';
import { ServiceQuestionsSchema, TimeZoneDisplaySchema } from '../service-questions.js';

/** Whether no value of a list repeats. */
const isUnique = (values: readonly unknown[]) => new Set(values).size === values.length;

const DurationSchema = z.number().int().min(5).max(1440);
const minutesUpTo = (max: number) => z.number().int().min(0).max(max);
const countOrUnlimited = z.number().int().min(1).max(1000).nullable();

/** The settings an admin writes; each mirrors one rule of the availability engine. */
const ServiceFieldsSchema = z.object({
  name: textSchema().min(1, 'Enter a name.').max(200).openapi({ example: 'Consultation' }),
  description: z.string().max(5000),
  durationMinutes: DurationSchema.openapi({ example: 30 }),
  alternativeDurationsMinutes: z
    .array(DurationSchema)
    .max(20)
    .refine(isUnique, 'Expected each duration once.')
    .openapi({ description: 'Other lengths a visitor may choose, in minutes' }),
  intervalMinutes: DurationSchema.nullable().openapi({
    description: 'Minutes between slot starts; the chosen duration when null',
  }),
  bufferBeforeMinutes: minutesUpTo(1440),
  bufferAfterMinutes: minutesUpTo(1440),
  minimumNoticeMinutes: minutesUpTo(365 * 1440).openapi({
    description: 'How long before its start a slot stops being offered',
  }),
  horizonDays: z
    .number()
    .int()
    .min(1)
    .max(730)
    .openapi({ description: 'How far ahead a visitor may book' }),
  capacity: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .openapi({ description: 'Visitors one staff member takes at once' }),
  maxPerDay: countOrUnlimited.openapi({
    description: 'Appointments per staff member per local day; unlimited when null',
  }),
  maxPerWeek: countOrUnlimited.openapi({
    description: 'Appointments per staff member per ISO week; unlimited when null',
  }),
  requiresConfirmation: z.boolean(),
  position: z.number().int().min(0).max(1_000_000),
  staffIds: z
    .array(idSchema('stf'))
    .max(50)
    .refine(isUnique, 'Expected each staff member once.')
    .openapi({ description: 'The staff members who offer the service' }),
  questions: ServiceQuestionsSchema,
  timeZoneDisplay: TimeZoneDisplaySchema,
});

/** The body of `POST /admin/services`; settings left out take their defaults. */
export const ServiceCreateSchema = ServiceFieldsSchema.partial()
  .required({ name: true, durationMinutes: true })
  .openapi('ServiceCreate');

/** The body of `PATCH /admin/services/{serviceId}`; only the settings sent change. */
export const ServiceUpdateSchema = ServiceFieldsSchema.partial().openapi('ServiceUpdate');

/** A service as its account's admins see it, with every setting. */
export const ServiceSchema = ServiceFieldsSchema.extend({
  id: z.string(),
  name: z.string(),
  staffIds: z.array(z.string()),
  archivedAt: UtcStringSchema.nullable(),
  createdAt: UtcStringSchema,
}).openapi('Service');

/** A page of services. */
export const ServiceListSchema = z.object({ data: z.array(ServiceSchema) }).openapi('ServiceList');

/** The path of one service. */
export const ServiceParamsSchema = z.object({ serviceId: idSchema('svc') });
