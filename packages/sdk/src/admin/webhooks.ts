import type {
  Page,
  DataList,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointUpdate,
  WebhookEndpointWithSecret,
} from '@bookafy/core/client';

import type { RequestOptions } from '../internal/request-options.js';
import type { Transport } from '../internal/transport.js';
import { ADMIN_ROUTES } from './admin-routes.js';

/** Where the account receives its booking events, signed as Standard Webhooks. */
export interface WebhookEndpointsAdmin {
  /** Registers an endpoint; the answer's `secret` is shown this once. Never retried. */
  create(
    endpoint: WebhookEndpointInput,
    options?: RequestOptions,
  ): Promise<WebhookEndpointWithSecret>;
  /** Every endpoint that is not deleted, enabled or not, oldest first, without secrets. */
  list(options?: RequestOptions): Promise<DataList<WebhookEndpoint>>;
  /** The endpoint `endpointId`, without its secret. */
  get(endpointId: string, options?: RequestOptions): Promise<WebhookEndpoint>;
  /**
   * Changes an endpoint; `enabled: false` stops deliveries and `enabled: true` resumes them,
   * whatever disabled it. Never retried.
   */
  update(
    endpointId: string,
    changes: WebhookEndpointUpdate,
    options?: RequestOptions,
  ): Promise<WebhookEndpoint>;
  /** Stops deliveries and removes the endpoint from every list; never retried. */
  delete(endpointId: string, options?: RequestOptions): Promise<void>;
  /** Replaces the signing secret and returns the new one, shown this once; never retried. */
  rotateSecret(endpointId: string, options?: RequestOptions): Promise<WebhookEndpointWithSecret>;
  /** One page of the endpoint's deliveries, newest first, each with its attempts. */
  deliveries(
    endpointId: string,
    page?: { limit?: number; cursor?: string },
    options?: RequestOptions,
  ): Promise<Page<WebhookDelivery>>;
}

/** The outbox events behind webhook deliveries. */
export interface EventsAdmin {
  /**
   * Delivers the event `eventId` again, with the same `webhook-id`, to every enabled endpoint
   * subscribed to its type, or to the one `endpointId` names. Never retried.
   */
  replay(
    eventId: string,
    request?: { endpointId?: string },
    options?: RequestOptions,
  ): Promise<DataList<WebhookDelivery>>;
}

/** The webhook endpoint calls of an admin client. */
export function webhookEndpointsAdmin(transport: Transport): WebhookEndpointsAdmin {
  return {
    create: (endpoint, options = {}) =>
      transport.request(ADMIN_ROUTES['webhookEndpoints.create'], { body: endpoint, ...options }),
    list: (options = {}) => transport.request(ADMIN_ROUTES['webhookEndpoints.list'], options),
    get: (endpointId, options = {}) =>
      transport.request(ADMIN_ROUTES['webhookEndpoints.get'], {
        params: { endpointId },
        ...options,
      }),
    update: (endpointId, changes, options = {}) =>
      transport.request(ADMIN_ROUTES['webhookEndpoints.update'], {
        params: { endpointId },
        body: changes,
        ...options,
      }),
    delete: (endpointId, options = {}) =>
      transport.request(ADMIN_ROUTES['webhookEndpoints.delete'], {
        params: { endpointId },
        ...options,
      }),
    rotateSecret: (endpointId, options = {}) =>
      transport.request(ADMIN_ROUTES['webhookEndpoints.rotateSecret'], {
        params: { endpointId },
        ...options,
      }),
    deliveries: (endpointId, page = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['webhookEndpoints.deliveries'], {
        params: { endpointId },
        query: { limit: page.limit?.toString(), cursor: page.cursor },
        ...options,
      }),
  };
}

/** The event calls of an admin client. */
export function eventsAdmin(transport: Transport): EventsAdmin {
  return {
    replay: (eventId, request = {}, options = {}) =>
      transport.request(ADMIN_ROUTES['events.replay'], {
        params: { eventId },
        body: request,
        ...options,
      }),
  };
}
