import type { PublicService } from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { BookafyServiceSelectEvent } from '../../events/service-select.js';
import { tokens } from '../../styles/tokens.js';
import { serviceListStyles } from './service-list.styles.js';

/**
 * The services an account offers, each with its length and description.
 *
 * @summary Service list.
 * @event bookafy-service-select - The visitor chose a service.
 * @csspart service - A service button.
 */
export class BookafyServiceList extends LitElement {
  static override styles = [tokens, serviceListStyles];

  /** The services to offer, in the account's order. */
  @property({ attribute: false }) services: readonly PublicService[] = [];

  private handleSelect(serviceId: string): void {
    this.dispatchEvent(new BookafyServiceSelectEvent({ serviceId }));
  }

  override render() {
    return html`<ul>
      ${this.services.map(
        (service) =>
          html`<li>
            <button class="service" part="service" @click=${() => this.handleSelect(service.id)}>
              <span class="name">${service.name}</span>
              <span class="muted">${service.durationMinutes} minutes</span>
              ${
                service.description
                  ? html`<span class="muted">${service.description}</span>`
                  : nothing
              }
            </button>
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-service-list': BookafyServiceList;
  }
}
