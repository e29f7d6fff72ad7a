import type { PublicService } from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { BookafyServiceSelectEvent } from '../../events/service-select.js';
import { messagesFor } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import { tokens, type Theme } from '../../styles/tokens.js';
import { serviceListMessages } from './service-list.messages.js';
import { serviceListStyles } from './service-list.styles.js';

/**
 * The services an account offers, each with its length and description.
 *
 * @tagname bookafy-service-list
 * @summary Service list.
 * @event bookafy-service-select - The visitor chose a service.
 * @csspart list - The list of services.
 * @csspart service - A service button.
 * @csspart service-name - A service's name.
 * @csspart service-duration - A service's length, written out in the locale.
 * @csspart service-description - A service's description, when it has one.
 */
export class BookafyServiceList extends LitElement {
  static override styles = [tokens, serviceListStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  /** The services to offer, in the account's order. */
  @property({ attribute: false }) services: readonly PublicService[] = [];

  /** BCP 47 locale of the labels and the lengths. */
  @property() locale = 'en';

  /** The colour theme; reflected, because the styles select on it. */
  @property({ reflect: true }) theme: Theme | undefined;

  private handleSelect(serviceId: string): void {
    this.dispatchEvent(new BookafyServiceSelectEvent({ serviceId }));
  }

  override render() {
    const minutes = new Intl.NumberFormat(this.locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    });
    return html`<ul
      part="list"
      aria-label=${messagesFor(serviceListMessages, this.locale).services}
    >
      ${this.services.map(
        (service) =>
          html`<li>
            <button class="service" part="service" @click=${() => this.handleSelect(service.id)}>
              <span class="name" part="service-name">${service.name}</span>
              <span class="muted" part="service-duration">
                ${minutes.format(service.durationMinutes)}
              </span>
              ${
                service.description
                  ? html`<span class="muted" part="service-description">
                      ${service.description}
                    </span>`
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
