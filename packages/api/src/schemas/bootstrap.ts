import { z } from '@hono/zod-openapi';

import { BrandingSchema } from './branding.js';
import { ServiceQuestionSchema, TimeZoneDisplaySchema } from './service-questions.js';

export const PublicAccountSchema = z
  .object({
    id: z.string(),
    slug: z.string().openapi({ description: 'The hosted booking page is /book/<slug>' }),
    name: z.string(),
    timeZone: z.string().openapi({ example: 'Europe/Berlin' }),
    plan: z.enum(['free', 'pro']),
    branding: BrandingSchema,
    features: z
      .object({
        removeBranding: z.boolean().openapi({ description: 'The widget may hide its credit' }),
      })
      .openapi('PlanFeatures'),
  })
  .openapi('PublicAccount');

export const PublicServiceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    durationMinutes: z.number().int(),
    alternativeDurationsMinutes: z.array(z.number().int()),
    capacity: z.number().int(),
    horizonDays: z.number().int(),
    staffIds: z.array(z.string()),
    questions: z.array(ServiceQuestionSchema),
    timeZoneDisplay: TimeZoneDisplaySchema,
  })
  .openapi('PublicService');

export const PublicStaffMemberSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string(),
  })
  .openapi('PublicStaffMember');

export const BootstrapSchema = z
  .object({
    account: PublicAccountSchema,
    services: z.array(PublicServiceSchema),
    staff: z.array(PublicStaffMemberSchema),
  })
  .openapi('Bootstrap');
