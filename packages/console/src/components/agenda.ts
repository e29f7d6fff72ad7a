import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
// Keyed rows: a button that opened a dialog must still belong to its booking when focus returns.
import { repeat } from 'lit/directives/repeat.js';

import { currentLocale } from '../i18n/localization.js';
import { agendaDays, timeIn } from '../internal/agenda-days.js';
import { refusalText } from '../internal/refusal-text.js';
import { statusText } from '../internal/status-text.js';
import {
  confirmAdminBooking,
  listRangeBookings,
  MAX_PAGE_SIZE,
  type AdminBooking,
} from '../internal/bookings-api.js';
import { serviceNames } from '../internal/console-api.js';
import { pageStyles } from '../styles/page.styles.js';
import type { DetailsStep } from './bookings/booking-details.js';
import { openBookingDetails } from './bookings/open-booking-details.js';

const DAY_MS = 86_400_000;

/**
 * @summary The bookings of the account over some days (from now on, unless moved earlier or
 * later), grouped by day in the viewer's zone, each with its time in the business's zone
 * beside, and buttons to confirm it, or to cancel it after a question and an optional reason.
 */
@localized()
export class BookafyConsoleAgenda extends LitElement {
  static override styles = [
    pageStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.booking {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: baseline;
        margin: 0.5rem 0;
        padding: 0.75rem 1rem;
        background: #fff;
        border-radius: 0.375rem;
        box-shadow: 0 1px 2px rgb(0 0 0 / 12%);
      }
      .time {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .business-time,
      .status {
        color: #4b5563;
      }
      .actions {
        margin-inline-start: auto;
        display: flex;
        gap: 0.5rem;
      }
      nav {
        display: flex;
        align-items: center;
        gap: 0.75rem;
      }
    `,
  ];

  /** The business's IANA zone, shown beside the viewer's. */
  @property({ attribute: 'business-time-zone' }) businessTimeZone = 'UTC';

  /** The viewer's zone; the browser's own unless set. */
  @property({ attribute: 'time-zone' }) timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  /** The first instant shown; now unless set. */
  @property({ attribute: false }) from?: Date;

  /** How many days from `from` the agenda covers. */
  @property({ type: Number }) days = 14;

  /** Bookings per request to the API (1 to 100); every page of the days is read. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = MAX_PAGE_SIZE;

  /** Counts loads, so that only the latest one's answer is shown. */
  private loads = 0;

  @state() private bookings: AdminBooking[] = [];
  @state() private services = new Map<string, string>();
  @state() private loading = true;
  @state() private message = '';

  override updated(changed: Map<string, unknown>) {
    if (['from', 'days', 'pageSize'].some((name) => changed.has(name))) void this.load();
  }

  private handleShift(direction: -1 | 1) {
    const from = this.from ?? new Date();
    this.from = new Date(from.getTime() + direction * this.days * DAY_MS);
  }

  private async handleConfirm(booking: AdminBooking) {
    const done = msg(str`${booking.customer.name}: confirmed.`, { id: 'agenda.confirmed' });
    await this.change(() => confirmAdminBooking(booking.id), done);
  }

  /** Opens `booking` in the details dialog, on its cancel step with `step: 'cancel'`. */
  private handleOpen(event: Event, booking: AdminBooking, step: DetailsStep = 'details') {
    openBookingDetails(event.currentTarget as HTMLElement, booking.id, {
      timeZone: this.timeZone,
      step,
      onChanged: (changed) => this.handleChanged(changed),
    });
  }

  private handleChanged(changed: AdminBooking) {
    if (changed.status === 'cancelled') {
      // Gone from the list before the dialog's close hands focus back, so that focus goes to
      // the heading instead of a button that is about to disappear.
      this.bookings = this.bookings.filter((booking) => booking.id !== changed.id);
      this.message = msg(str`${changed.customer.name}: cancelled.`, { id: 'agenda.cancelled' });
    }
    void this.load();
  }

  /** Reads the bookings again, leaving out cancelled ones. */
  async load(): Promise<void> {
    const from = this.from ?? new Date();
    const request = ++this.loads;
    this.loading = true;
    try {
      const to = from.getTime() + this.days * DAY_MS;
      const [bookings, services] = await Promise.all([
        listRangeBookings(from.getTime(), to, { pageSize: this.pageSize }),
        serviceNames(),
      ]);
      // An answer for a range the viewer has already moved away from is dropped.
      if (request !== this.loads) return;
      this.bookings = bookings.filter((booking) => booking.status !== 'cancelled');
      this.services = services;
    } catch (error) {
      this.message = refusalText(error);
    } finally {
      this.loading = false;
    }
  }

  private async change(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      this.message = done;
    } catch (error) {
      this.message = refusalText(error);
    }
    await this.load();
  }

  private renderBooking(booking: AdminBooking) {
    const locale = currentLocale();
    const viewerTime = [booking.start, booking.end]
      .map((at) => timeIn(at, this.timeZone, locale))
      .join('–');
    const businessClock = timeIn(booking.start, this.businessTimeZone, locale, true);
    const sameZone = businessClock === timeIn(booking.start, this.timeZone, locale, true);
    const businessTime = msg(str`${businessClock} at the business`, { id: 'agenda.businessTime' });
    const service =
      this.services.get(booking.serviceId) ?? msg('Booking', { id: 'agenda.booking' });
    const customer = booking.customer.name;
    return html`<li class="booking" data-booking-id=${booking.id}>
      <span class="time">${viewerTime}</span>
      ${sameZone ? nothing : html`<span class="business-time">${businessTime}</span>`}
      <span class="customer">${booking.customer.name}</span>
      <span class="service">${service}</span>
      <span class="status">${statusText(booking.status)}</span>
      <span class="actions">
        <button
          type="button"
          aria-label=${msg(str`Details of ${customer} at ${viewerTime}`, {
            id: 'bookings.agenda.detailsLabel',
          })}
          @click=${(event: Event) => this.handleOpen(event, booking)}
        >
          ${msg('Details', { id: 'bookings.agenda.details' })}
        </button>
        ${
          booking.status === 'pending'
            ? html`<button
                type="button"
                aria-label=${msg(str`Confirm ${customer} at ${viewerTime}`, {
                  id: 'agenda.confirmLabel',
                })}
                @click=${() => this.handleConfirm(booking)}
              >
                ${msg('Confirm', { id: 'agenda.confirm' })}
              </button>`
            : nothing
        }
        <button
          type="button"
          aria-label=${msg(str`Cancel ${customer} at ${viewerTime}`, { id: 'agenda.cancelLabel' })}
          @click=${(event: Event) => this.handleOpen(event, booking, 'cancel')}
        >
          ${msg('Cancel', { id: 'agenda.cancel' })}
        </button>
      </span>
    </li>`;
  }

  private renderEmpty() {
    return this.loading
      ? html`<p>${msg('Loading…', { id: 'agenda.loading' })}</p>`
      : html`<p>${msg('No bookings in these days.', { id: 'agenda.empty' })}</p>`;
  }

  override render() {
    const locale = currentLocale();
    const days = agendaDays(this.bookings, this.timeZone, locale);
    const from = this.from ?? new Date();
    const range = new Intl.DateTimeFormat(locale, {
      timeZone: this.timeZone,
      dateStyle: 'medium',
    });
    return html`
      <h2>${msg('Bookings', { id: 'agenda.title' })}</h2>
      <nav aria-label=${msg('Agenda range', { id: 'agenda.range' })}>
        <button type="button" @click=${() => this.handleShift(-1)}>
          ${msg('Earlier', { id: 'agenda.earlier' })}
        </button>
        <span aria-live="polite"
          >${range.formatRange(from, new Date(from.getTime() + this.days * DAY_MS))}</span
        >
        <button type="button" @click=${() => this.handleShift(1)}>
          ${msg('Later', { id: 'agenda.later' })}
        </button>
      </nav>
      <p>
        ${msg(str`Times in ${this.timeZone}; the business is in ${this.businessTimeZone}.`, {
          id: 'agenda.zones',
        })}
      </p>
      <p role="status">${this.message}</p>
      ${days.length === 0 ? this.renderEmpty() : nothing}
      ${repeat(
        days,
        (day) => day.date,
        (day) =>
          html`<section aria-labelledby="day-${day.date}">
            <h3 id="day-${day.date}">${day.label}</h3>
            <ol>
              ${repeat(
                day.bookings,
                (booking) => booking.id,
                (booking) => this.renderBooking(booking),
              )}
            </ol>
          </section>`,
      )}
    `;
  }
}
