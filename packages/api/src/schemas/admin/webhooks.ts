import type {
  EventReplayRequest,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointUpdate,
  WebhookEndpointWithSecret,
} from '@bookafy/core';
import { z } from '@hono/zod-openapi';

import { webhookEventTypes } from '../../db/schema/index.js';
import { idSchema, UtcStringSchema } from '../common.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** https anywhere; plain http only on this machine, for development and tests. */
function isDeliverableUrl(text: string): boolean {
  const url = new URL(text);
  if (url.username || url.password) return false;
  return (
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  );
}

const UrlSchema = z
  .url()
  .max(2000)
  .refine(isDeliverableUrl, {
    message: 'Expected an https URL (http only on 127.0.0.1 or localhost), without credentials.',
  })
  .openapi({ example: 'https://example.com/hooks/bookafy' });

const EventTypeSchema = z.enum(webhookEventTypes).openapi({ example: 'booking.created' });
const EventsSchema = z
  .array(EventTypeSchema)
  .min(1, 'Subscribe to at least one event type.')
  .transform((events) => [...new Set(events)]);

/** The body of `POST /admin/webhook-endpoints`. */
export const WebhookEndpointCreateSchema = z
  .strictObject({
    url: UrlSchema,
    events: EventsSchema,
    description: z.string().trim().max(500).optional(),
  })
  .openapi('WebhookEndpointInput');

/** The body of `PATCH /admin/webhook-endpoints/{endpointId}`. */
export const WebhookEndpointUpdateSchema = z
  .strictObject({
    url: UrlSchema.optional(),
    events: EventsSchema.optional(),
    description: z.string().trim().max(500).optional(),
    enabled: z.boolean().optional().openapi({
      description: 'false disables the endpoint; true re-enables it, whatever disabled it',
    }),
  })
  .openapi('WebhookEndpointUpdate');

/** An endpoint as its account sees it; the secret is never part of it. */
export const WebhookEndpointSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(EventTypeSchema),
    description: z.string(),
    enabled: z.boolean(),
    disabledAt: UtcStringSchema.nullable(),
    disabledReason: z.enum(['manual', 'gone', 'failing']).nullable().openapi({
      description: 'manual (its owner), gone (it answered 410) or failing (about three days)',
    }),
    createdAt: UtcStringSchema,
  })
  .openapi('WebhookEndpoint');

/** An endpoint with its signing secret: only the create and rotate-secret answers carry it. */
export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().openapi({
    description: 'The Standard Webhooks signing secret; no later answer repeats it.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  }),
}).openapi('WebhookEndpointWithSecret');

/** Every live endpoint of the account, oldest first. */
export const WebhookEndpointListSchema = z
  .object({ data: z.array(WebhookEndpointSchema) })
  .openapi('WebhookEndpointList');

/** The path of one endpoint. */
export const WebhookEndpointParamsSchema = z.object({ endpointId: idSchema('whe') });

const AttemptSchema = z
  .object({
    attemptedAt: UtcStringSchema,
    statusCode: z.number().int().nullable(),
    detail: z.string(),
    durationMs: z.number().int(),
  })
  .openapi('WebhookAttempt');

/** One event owed to one endpoint, with its attempts, oldest first. */
export const WebhookDeliverySchema = z
  .object({
    id: z.string(),
    endpointId: z.string(),
    eventId: z.string(),
    eventType: EventTypeSchema,
    status: z.enum(['pending', 'delivered', 'failed']),
    nextAttemptAt: UtcStringSchema.nullable(),
    deliveredAt: UtcStringSchema.nullable(),
    createdAt: UtcStringSchema,
    attempts: z.array(AttemptSchema),
  })
  .openapi('WebhookDelivery');

/** A page of an endpoint's deliveries, newest first. */
export const WebhookDeliveryPageSchema = z
  .object({ data: z.array(WebhookDeliverySchema), nextCursor: z.string().nullable() })
  .openapi('WebhookDeliveryPage');

/** The deliveries a replay queued. */
export const WebhookDeliveryListSchema = z
  .object({ data: z.array(WebhookDeliverySchema) })
  .openapi('WebhookDeliveryList');

/** The query of the deliveries list. */
export const WebhookDeliveryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

/** The path of one outbox event. */
export const EventParamsSchema = z.object({ eventId: idSchema('msg') });

/** The body of `POST /admin/events/{eventId}/replay`. */
export const EventReplaySchema = z
  .strictObject({ endpointId: idSchema('whe').optional() })
  .openapi('EventReplayRequest');

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Compile-time proof that these schemas and the wire types of @bookafy/core agree. */
export type WebhookWireAgreement = [
  Assert<Same<z.input<typeof WebhookEndpointCreateSchema>, WebhookEndpointInput>>,
  Assert<Same<z.input<typeof WebhookEndpointUpdateSchema>, WebhookEndpointUpdate>>,
  Assert<Same<z.infer<typeof WebhookEndpointSchema>, WebhookEndpoint>>,
  Assert<Same<z.infer<typeof WebhookEndpointWithSecretSchema>, WebhookEndpointWithSecret>>,
  Assert<Same<z.infer<typeof WebhookDeliverySchema>, WebhookDelivery>>,
  Assert<Same<z.input<typeof EventReplaySchema>, EventReplayRequest>>,
];
