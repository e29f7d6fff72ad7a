import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { timeIn } from '../../internal/agenda-days.js';
import {
  listMovableSlots,
  rescheduleAdminBooking,
  type AdminBooking,
  type FreeSlot,
} from '../../internal/bookings-api.js';
import { ConsoleApiError } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { addDays, instantAt, wallTimeOf } from '../../internal/week-zone.js';
import { pageStyles } from '../../styles/page.styles.js';
import { BookingChangedEvent } from './booking-changed-event.js';

/**
 * @summary Moves a booking: a date in the viewer's zone, that day's free times for the same
 * service, staff member and length (the booking's own time counted as free, so it can move by
 * less than its length), and a button that moves it there through the admin API. A time taken
 * meanwhile is said in an alert and the times reload.
 *
 * @event bookafy-booking-changed - The booking was moved; `detail` is it at its new time.
 */
@localized()
export class BookafyConsoleBookingReschedule extends LitElement {
  static override styles = [
    pageStyles,
    css`
      fieldset {
        margin: 0.75rem 0;
        padding: 0.5rem 0.75rem;
        border: 1px solid #d1d5db;
        border-radius: 0.375rem;
      }
      legend {
        font-weight: 600;
      }
      .slots {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
      }
      .slots label {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        min-height: 24px;
        font-weight: 400;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** Counts slot requests, so that only the latest one's answer is shown. */
  private requests = 0;

  @state() private date = '';
  @state() private slots: FreeSlot[] = [];
  @state() private chosen = '';
  @state() private loading = false;
  @state() private busy = false;
  @state() private error = '';

  /** The booking to move. */
  @property({ attribute: false }) booking?: AdminBooking;

  /** The viewer's zone, in which the date is chosen and the times are shown. */
  @property({ attribute: 'time-zone' }) timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('booking') && this.booking && this.date === '') {
      this.date = wallTimeOf(Date.parse(this.booking.start), this.timeZone).date;
    }
  }

  override updated(changed: Map<string, unknown>) {
    if (changed.has('date') || changed.has('booking')) void this.loadSlots();
  }

  private handleDate(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.date = value;
  }

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const booking = this.booking;
    if (!booking || this.busy) return;
    if (!this.chosen) {
      this.error = msg('Choose one of the free times.', { id: 'bookings.reschedule.choose' });
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const moved = await rescheduleAdminBooking(booking.id, this.chosen);
      this.dispatchEvent(new BookingChangedEvent(moved));
    } catch (error) {
      this.error = refusalText(error);
      if (error instanceof ConsoleApiError && error.code === 'slot_taken') await this.loadSlots();
    } finally {
      this.busy = false;
    }
  }

  /** Reads the free times of the chosen day again. */
  async loadSlots(): Promise<void> {
    const booking = this.booking;
    if (!booking || !this.date) return;
    const request = ++this.requests;
    this.loading = true;
    try {
      const slots = await listMovableSlots(
        booking.id,
        instantAt(this.date, 0, this.timeZone),
        instantAt(addDays(this.date, 1), 0, this.timeZone),
      );
      if (request !== this.requests) return;
      // Its own start is where the booking already is: not a move.
      const current = Date.parse(booking.start);
      this.slots = slots.filter((slot) => Date.parse(slot.start) !== current);
      if (!this.slots.some((slot) => slot.start === this.chosen)) this.chosen = '';
    } catch (error) {
      if (request === this.requests) {
        this.error = refusalText(error);
      }
    } finally {
      if (request === this.requests) this.loading = false;
    }
  }

  private renderSlots() {
    const locale = currentLocale();
    if (this.loading && this.slots.length === 0) {
      return html`<p>${msg('Loading…', { id: 'bookings.loading' })}</p>`;
    }
    if (this.slots.length === 0) {
      return html`<p>${msg('No free times on this day.', { id: 'bookings.reschedule.none' })}</p>`;
    }
    return html`<div class="slots">
      ${this.slots.map(
        (slot) =>
          html`<label
            ><input
              type="radio"
              name="slot"
              .value=${slot.start}
              .checked=${slot.start === this.chosen}
              @change=${() => (this.chosen = slot.start)}
            />${timeIn(slot.start, this.timeZone, locale)}</label
          >`,
      )}
    </div>`;
  }

  override render() {
    if (!this.booking) return nothing;
    return html`<form @submit=${this.handleSubmit} aria-labelledby="reschedule-title">
      <h3 id="reschedule-title">
        ${msg('Move to another time', { id: 'bookings.reschedule.title' })}
      </h3>
      <label for="date">${msg('New date', { id: 'bookings.reschedule.date' })}</label>
      <input id="date" type="date" required .value=${this.date} @change=${this.handleDate} />
      <fieldset>
        <legend>
          ${msg(str`Free times (${this.timeZone})`, { id: 'bookings.reschedule.freeTimes' })}
        </legend>
        ${this.renderSlots()}
      </fieldset>
      <p role="alert">${this.error}</p>
      <button type="submit" class="primary" ?disabled=${this.busy}>
        ${msg('Move booking', { id: 'bookings.reschedule.submit' })}
      </button>
    </form>`;
  }
}
