import { formatDateTime, parseUtcString, type Booking } from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { tokens } from '../../styles/tokens.js';
import { confirmationStyles } from './confirmation.styles.js';

/**
 * What a visitor sees once booked: the time in their own zone and, when it differs, in the
 * business's zone, each with the zone named.
 *
 * @summary Booking confirmation.
 * @csspart details - The list of the booking's details.
 */
export class BookafyConfirmation extends LitElement {
  static override styles = [tokens, confirmationStyles];

  /** The booking as the API returned it. */
  @property({ attribute: false }) booking: Booking | undefined;

  /** The booked service's name. */
  @property({ attribute: 'service-name' }) serviceName = '';

  /** The business's name, shown beside its time. */
  @property({ attribute: 'business-name' }) businessName = '';

  /** The business's zone. */
  @property({ attribute: 'business-time-zone' }) businessTimeZone = 'UTC';

  /** The visitor's zone. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /** BCP 47 locale of the labels. */
  @property() locale = 'en';

  /** Moves focus to the heading, so a screen reader announces the booking. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    if (!this.booking) return nothing;
    const start = parseUtcString(this.booking.start)!;
    const showBusiness = this.businessTimeZone !== this.timeZone;
    return html`<h2 tabindex="-1">You're booked</h2>
      <dl part="details">
        <dt>Service</dt>
        <dd>${this.serviceName}</dd>
        <dt>When</dt>
        <dd data-testid="visitor-time">
          ${formatDateTime(start, { locale: this.locale, timeZone: this.timeZone })}
        </dd>
        ${
          showBusiness
            ? html`<dt>For ${this.businessName}</dt>
                <dd data-testid="business-time">
                  ${formatDateTime(start, { locale: this.locale, timeZone: this.businessTimeZone })}
                  (${this.businessTimeZone.replaceAll('_', ' ')})
                </dd>`
            : nothing
        }
        <dt>Name</dt>
        <dd>${this.booking.customer.name}</dd>
        <dt>Reference</dt>
        <dd>${this.booking.id}</dd>
      </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-confirmation': BookafyConfirmation;
  }
}
