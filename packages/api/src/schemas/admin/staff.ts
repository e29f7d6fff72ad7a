import { isValidTimeZone } from '@bookafy/core';
import { z } from '@hono/zod-openapi';

import { idSchema, textSchema, UtcStringSchema } from '../common.js';

/** An email address as a staff member's or an account's contact address. */
export const ContactEmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'Expected an email address such as mira@studio.example.' }));

const StaffEmailSchema = ContactEmailSchema;

const StaffFieldsSchema = z.object({
  name: textSchema().min(1, 'Enter a name.').max(200).openapi({ example: 'Mira' }),
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'Expected an IANA time zone such as Europe/Berlin.' })
    .openapi({
      description: 'The zone in which working hours and date overrides are written',
      example: 'Europe/Berlin',
    }),
  position: z.number().int().min(0).max(1_000_000),
  email: StaffEmailSchema.nullable().openapi({
    description: "Where this staff member's booking messages go; none are sent while null",
    example: 'mira@studio.example',
  }),
});

/** The body of `POST /admin/staff`. */
export const StaffCreateSchema = StaffFieldsSchema.partial({ position: true, email: true }).openapi(
  'StaffMemberCreate',
);

/** The body of `PATCH /admin/staff/{staffId}`; only the fields sent change. */
export const StaffUpdateSchema = StaffFieldsSchema.partial().openapi('StaffMemberUpdate');

/** A staff member as the account's admins see them. */
export const StaffMemberSchema = StaffFieldsSchema.extend({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  archivedAt: UtcStringSchema.nullable(),
  createdAt: UtcStringSchema,
}).openapi('StaffMember');

/** A page of staff members. */
export const StaffListSchema = z.object({ data: z.array(StaffMemberSchema) }).openapi('StaffList');

/** The path of one staff member, under which their schedule lives too. */
export const StaffParamsSchema = z.object({ staffId: idSchema('stf') });

const ServiceIdsSchema = z
  .array(idSchema('svc'))
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'Expected each service once.')
  .openapi({ description: 'Every service the staff member offers, each once' });

/** The body of `PUT /admin/staff/{staffId}/services`: every service the member offers. */
export const StaffServicesUpdateSchema = z
  .object({ serviceIds: ServiceIdsSchema })
  .openapi('StaffServicesUpdate');

/** The services a staff member offers, by the services' position. */
export const StaffServicesSchema = z
  .object({
    serviceIds: z.array(z.string()).openapi({
      description: 'The services the member offers that are not archived, by position',
    }),
  })
  .openapi('StaffServices');
