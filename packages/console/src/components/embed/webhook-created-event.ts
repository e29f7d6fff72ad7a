import type { WebhookEndpointWithSecret } from '../../internal/embed-api.js';

/** Fired when the API registered a webhook endpoint; `detail` carries its secret, once. */
export class WebhookCreatedEvent extends CustomEvent<WebhookEndpointWithSecret> {
  constructor(endpoint: WebhookEndpointWithSecret) {
    super('bookafy-webhook-created', { detail: endpoint, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-webhook-created': WebhookCreatedEvent;
  }
}
