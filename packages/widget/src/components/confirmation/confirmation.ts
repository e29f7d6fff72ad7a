import { formatDateTime, parseUtcString, type Booking } from '@bookafy/sdk';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';

import { messagesFor } from '../../i18n/locales.js';
import { TranslationController } from '../../i18n/translations.js';
import { tokens, type Theme } from '../../styles/tokens.js';
import { bookingCalendarUrl, googleCalendarUrl } from './calendar-links.js';
import { confirmationMessages, type ConfirmationMessages } from './confirmation.messages.js';
import { confirmationStyles } from './confirmation.styles.js';

/**
 * What a visitor sees once booked: the time in their own zone and, when it differs, in the
 * business's zone, each with the zone named; links that put the booking in the visitor's
 * calendar (an `.ics` file and Google Calendar); and a link to manage it when the page has
 * one.
 *
 * @tagname bookafy-confirmation
 * @summary Booking confirmation.
 * @csspart heading - The "booked" heading, which `focus()` moves to.
 * @csspart details - The list of the booking's details.
 * @csspart add-to-calendar - The section with the calendar links.
 * @csspart calendar-link - Each calendar link; also `ics-link` or `google-link`.
 * @csspart manage-link - The link to manage the booking, when `manageUrl` is set.
 */
export class BookafyConfirmation extends LitElement {
  static override styles = [tokens, confirmationStyles];
  /** Renders again when the visitor's language arrives. @internal */
  protected readonly translations = new TranslationController(this);

  /** The booking as the API returned it; its `manageToken` signs the `.ics` link. */
  @property({ attribute: false }) booking: Booking | undefined;

  /** The booked service's name, shown and used as the calendar entry's title. */
  @property({ attribute: 'service-name' }) serviceName = '';

  /** The business's name, shown beside its time and used as the entry's location. */
  @property({ attribute: 'business-name' }) businessName = '';

  /** The business's zone. */
  @property({ attribute: 'business-time-zone' }) businessTimeZone = 'UTC';

  /** The visitor's zone. */
  @property({ attribute: 'time-zone' }) timeZone = 'UTC';

  /** BCP 47 locale of the labels. */
  @property() locale = 'en';

  /**
   * The API's base address, the widget's `api-base`: with the booking's manage token it
   * makes the `.ics` link, `<api-base>/v1/bookings/<id>/calendar.ics?token=<token>`.
   */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** The `.ics` file's address; when set it is used instead of the one built from `apiBase`. */
  @property({ attribute: 'calendar-url' }) calendarUrl: string | undefined;

  /** The page where the visitor manages the booking; the link is left out without it. */
  @property({ attribute: 'manage-url' }) manageUrl: string | undefined;

  /** The colour theme; reflected, because the styles select on it. */
  @property({ reflect: true }) theme: Theme | undefined;

  /** Moves focus to the heading, so a screen reader announces the booking. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The `.ics` address, or `undefined` when neither it nor a way to build it is known. */
  private icsUrl(booking: Booking): string | undefined {
    if (this.calendarUrl) return this.calendarUrl;
    if (!this.apiBase || !booking.manageToken) return undefined;
    return bookingCalendarUrl(this.apiBase, booking.id, booking.manageToken);
  }

  override render() {
    if (!this.booking) return nothing;
    const text = messagesFor(confirmationMessages, this.locale);
    const start = parseUtcString(this.booking.start)!;
    const showBusiness = this.businessTimeZone !== this.timeZone;
    return html`<h2 tabindex="-1" part="heading">${text.heading}</h2>
      <dl part="details">
        <dt>${text.service}</dt>
        <dd>${this.serviceName}</dd>
        <dt>${text.when}</dt>
        <dd data-testid="visitor-time">
          ${formatDateTime(start, { locale: this.locale, timeZone: this.timeZone })}
        </dd>
        ${
          showBusiness
            ? html`<dt>${text.forBusiness(this.businessName)}</dt>
                <dd data-testid="business-time">
                  ${formatDateTime(start, { locale: this.locale, timeZone: this.businessTimeZone })}
                  (${this.businessTimeZone.replaceAll('_', ' ')})
                </dd>`
            : nothing
        }
        <dt>${text.name}</dt>
        <dd>${this.booking.customer.name}</dd>
        <dt>${text.reference}</dt>
        <dd>${this.booking.id}</dd>
      </dl>
      ${this.renderCalendarLinks(this.booking, text)}
      ${
        this.manageUrl
          ? html`<p class="manage">
              <a part="manage-link" href=${this.manageUrl}>${text.manageBooking}</a>
            </p>`
          : nothing
      }`;
  }

  private renderCalendarLinks(booking: Booking, text: ConfirmationMessages) {
    const ics = this.icsUrl(booking);
    const { serviceName: service, businessName: business } = this;
    const details = [`${text.reference}: ${booking.id}`];
    if (this.manageUrl) details.push(`${text.manageBooking}: ${this.manageUrl}`);
    const google = googleCalendarUrl({
      title: service && business ? text.entryTitle(service, business) : service || business,
      start: parseUtcString(booking.start)!,
      end: parseUtcString(booking.end)!,
      details: details.join('\n'),
      location: business,
    });
    return html`<section part="add-to-calendar" aria-labelledby="add-to-calendar">
      <h3 id="add-to-calendar">${text.addToCalendar}</h3>
      <ul class="links">
        ${
          ics
            ? html`<li>
                <a part="calendar-link ics-link" href=${ics} download="${booking.id}.ics">
                  ${text.calendarFile}
                </a>
              </li>`
            : nothing
        }
        <li>
          <a
            part="calendar-link google-link"
            href=${google}
            target="_blank"
            rel="noopener noreferrer"
          >
            ${text.googleCalendar}<span class="visually-hidden"> ${text.newTab}</span>
          </a>
        </li>
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bookafy-confirmation': BookafyConfirmation;
  }
}
