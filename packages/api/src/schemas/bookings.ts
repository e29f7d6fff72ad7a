import { isValidTimeZone } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

import { idSchema, textSchema, UtcStringSchema } from './common.js';
import { AnswersSchema, MetadataSchema } from './metadata.js';
import { PhoneSchema } from './phone.js';

const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'Expected an IANA time zone such as Europe/Berlin.' })
  .openapi({ example: 'America/New_York' });

export const CustomerSchema = z
  .object({
    name: textSchema().min(1, 'Enter a name.').max(200),
    email: z.email('Enter an email address.').max(320),
    phone: PhoneSchema.optional(),
    timeZone: TimeZoneSchema,
  })
  .openapi('Customer');

export const BookingRequestSchema = z
  .object({
    serviceId: idSchema('svc'),
    staffId: idSchema('stf').optional(),
    start: UtcStringSchema,
    durationMinutes: z.number().int().positive().optional(),
    holdId: idSchema('hld').optional(),
    customer: CustomerSchema,
    answers: AnswersSchema.optional(),
    metadata: MetadataSchema.optional(),
  })
  .openapi('BookingRequest');

export const BookingSchema = z
  .object({
    id: z.string(),
    status: z.enum(['pending', 'confirmed', 'cancelled']),
    serviceId: z.string(),
    staffId: z.string(),
    start: UtcStringSchema,
    end: UtcStringSchema,
    timeZone: z.string(),
    customer: CustomerSchema,
    answers: AnswersSchema,
    metadata: MetadataSchema,
    sequence: z.number().int(),
    createdAt: UtcStringSchema,
    manageToken: z.string().optional(),
  })
  .openapi('Booking');
