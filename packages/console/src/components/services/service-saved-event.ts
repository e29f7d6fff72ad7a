import type { Service } from '../../internal/services-api.js';

/** Fired when the API accepted a service's settings; `detail` is the saved service. */
export class ServiceSavedEvent extends CustomEvent<Service> {
  constructor(service: Service) {
    super('bookafy-service-saved', { detail: service, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bookafy-service-saved': ServiceSavedEvent;
  }
}
