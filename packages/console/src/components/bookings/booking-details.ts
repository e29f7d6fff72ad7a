import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { currentLocale } from '../../i18n/localization.js';
import { auditEntries } from '../../internal/audit-trail.js';
import {
  cancelAdminBooking,
  confirmAdminBooking,
  getBooking,
  listBookingEvents,
  listServices,
  listStaff,
  type AdminBooking,
  type BookingEvent,
  type ServiceSummary,
  type StaffSummary,
} from '../../internal/bookings-api.js';
import { currentSession, type Me } from '../../internal/console-api.js';
import { refusalText } from '../../internal/refusal-text.js';
import { pageStyles } from '../../styles/page.styles.js';
import { BookingChangedEvent } from './booking-changed-event.js';
import { detailsStyles } from './booking-details.styles.js';
import { renderAuditTrail, renderBookingSummary } from './booking-summary.js';

/**
 * What the dialog shows: the whole booking with every action, or only what it is and the
 * question whether to cancel it, with an optional reason, which closes the dialog once done.
 */
export type DetailsStep = 'details' | 'cancel';

/**
 * @summary A booking in a modal dialog: customer, service, staff member, times in the viewer's
 * and the business's zones, answers and metadata; confirm, move or cancel it; and its audit
 * trail. Opened on its cancel step, it asks only whether to cancel, with an optional reason.
 * Focus goes back to the element that opened it when it closes.
 *
 * @event bookafy-booking-changed - The booking was confirmed, moved or cancelled.
 */
@localized()
export class BookafyConsoleBookingDetails extends LitElement {
  static override styles = [pageStyles, detailsStyles];

  /** The element that opened the dialog, which takes focus back when it closes. */
  private opener?: HTMLElement;
  /** The document or shadow root the opener was in, whose heading stands in for it. */
  private openerRoot?: ParentNode;

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private booking?: AdminBooking;
  @state() private events: BookingEvent[] = [];
  @state() private staff: StaffSummary[] = [];
  @state() private services: ServiceSummary[] = [];
  @state() private step: DetailsStep = 'details';
  @state() private moving = false;
  @state() private busy = false;
  @state() private message = '';
  @state() private error = '';

  /** Who is signed in; read from the session when not given. */
  @property({ attribute: false }) me?: Me;

  /** The viewer's zone; the browser's own unless set. */
  @property({ attribute: 'time-zone' }) timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  private handleClosed() {
    this.moving = false;
    const opener = this.opener;
    if (!opener) return;
    // A moved booking is drawn anew where it now is, and its new button takes focus; a booking
    // that left the list (cancelled, or moved out of the week) leaves focus to the page
    // heading, so that focus never falls back to the document's start.
    const id = this.booking?.id;
    const redrawn = id
      ? this.openerRoot?.querySelector<HTMLElement>(`[data-booking-id="${id}"] button`)
      : undefined;
    const target = opener.isConnected
      ? opener
      : (redrawn ?? this.openerRoot?.querySelector<HTMLElement>('h2'));
    if (target && !opener.isConnected && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target?.focus();
  }

  private async handleMoved(event: BookingChangedEvent) {
    this.moving = false;
    this.message = msg('The booking has moved.', { id: 'bookings.details.moved' });
    await this.reload(event.detail.id);
    this.focusTitle();
  }

  private async handleConfirm() {
    const booking = this.booking!;
    const done = msg('The booking is confirmed.', { id: 'bookings.details.confirmed' });
    await this.change(() => confirmAdminBooking(booking.id), done);
  }

  private async handleCancel(event: SubmitEvent) {
    event.preventDefault();
    const booking = this.booking!;
    const reason = new FormData(event.target as HTMLFormElement).get('reason');
    const done = msg('The booking is cancelled.', { id: 'bookings.details.cancelled' });
    await this.change(() => cancelAdminBooking(booking.id, String(reason ?? '').trim()), done, {
      closeAfter: this.step === 'cancel',
    });
  }

  /**
   * Opens the dialog on booking `id` at `step`; `opener` gets focus back when it closes, or,
   * when it has gone meanwhile, the booking's redrawn button or else the first heading of its
   * page.
   */
  async show(id: string, opener?: HTMLElement, step: DetailsStep = 'details'): Promise<void> {
    this.opener = opener;
    this.openerRoot = opener?.getRootNode() as ParentNode | undefined;
    this.step = step;
    this.booking = undefined;
    this.events = [];
    this.moving = false;
    this.message = '';
    this.error = '';
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    await this.reload(id);
    if (step === 'cancel') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#reason')?.focus();
    }
  }

  /** Closes the dialog, as Escape and its Close button do. */
  close(): void {
    this.dialog.close();
  }

  private async reload(id: string) {
    try {
      const [booking, events, staff, services, me] = await Promise.all([
        getBooking(id),
        listBookingEvents(id),
        this.staff.length > 0 ? this.staff : listStaff(),
        this.services.length > 0 ? this.services : listServices(),
        this.me ?? currentSession(),
      ]);
      this.booking = booking;
      this.events = events;
      this.staff = staff;
      this.services = services;
      this.me = me;
    } catch (error) {
      this.error = refusalText(error);
    }
  }

  /** Runs `action`, tells listeners, then shows the booking as it is now or, if asked, closes. */
  private async change(
    action: () => Promise<AdminBooking>,
    done: string,
    { closeAfter = false } = {},
  ) {
    this.busy = true;
    this.message = '';
    this.error = '';
    try {
      const changed = await action();
      this.dispatchEvent(new BookingChangedEvent(changed));
      if (closeAfter) {
        this.close();
        return;
      }
      this.message = done;
      await this.reload(changed.id);
      this.focusTitle();
    } catch (error) {
      this.error = refusalText(error);
    } finally {
      this.busy = false;
    }
  }

  /** Keeps focus in the dialog when the button that was pressed goes away. */
  private focusTitle() {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus(),
    );
  }

  private renderActions(booking: AdminBooking) {
    if (booking.status === 'cancelled') return nothing;
    return html`<div class="actions">
        ${
          booking.status === 'pending'
            ? html`<button
                type="button"
                class="primary"
                ?disabled=${this.busy}
                @click=${this.handleConfirm}
              >
                ${msg('Confirm booking', { id: 'bookings.details.confirm' })}
              </button>`
            : nothing
        }
        <button
          type="button"
          aria-expanded=${this.moving ? 'true' : 'false'}
          @click=${() => (this.moving = !this.moving)}
        >
          ${msg('Reschedule', { id: 'bookings.details.reschedule' })}
        </button>
      </div>
      ${
        this.moving
          ? html`<bookafy-console-booking-reschedule
              .booking=${booking}
              time-zone=${this.timeZone}
              @bookafy-booking-changed=${this.handleMoved}
            ></bookafy-console-booking-reschedule>`
          : nothing
      }
      ${this.renderCancelForm()}`;
  }

  /** The one form that cancels, with an optional reason; on the cancel step, with Back. */
  private renderCancelForm() {
    return html`<form class="cancel" @submit=${this.handleCancel}>
      <label for="reason">
        ${msg('Reason for cancelling (optional)', { id: 'bookings.details.reason' })}
      </label>
      <input id="reason" name="reason" maxlength="500" />
      <button type="submit" class="danger" ?disabled=${this.busy}>
        ${msg('Cancel booking', { id: 'bookings.details.cancel' })}
      </button>
      ${this.step === 'cancel' ? this.renderBack() : nothing}
    </form>`;
  }

  private renderBack() {
    return html`<button type="button" @click=${this.close}>
      ${msg('Back', { id: 'bookings.details.back' })}
    </button>`;
  }

  private renderBody() {
    const booking = this.booking;
    if (!booking) {
      if (!this.error) return html`<p>${msg('Loading…', { id: 'bookings.loading' })}</p>`;
      return this.step === 'cancel' ? this.renderBack() : nothing;
    }
    const locale = currentLocale();
    const summary = renderBookingSummary(booking, {
      staff: this.staff,
      services: this.services,
      timeZone: this.timeZone,
      businessTimeZone: this.me?.account.timeZone,
      locale,
    });
    if (this.step === 'cancel') {
      return html`${summary}
      ${booking.status === 'cancelled' ? this.renderBack() : this.renderCancelForm()}`;
    }
    return html`${summary} ${this.renderActions(booking)}
    ${renderAuditTrail(auditEntries(this.events, this.timeZone, locale))}`;
  }

  private renderTitle() {
    if (this.step === 'cancel') {
      return msg('Cancel this booking?', { id: 'bookings.details.cancelTitle' });
    }
    return this.booking ? this.booking.customer.name : msg('Booking', { id: 'bookings.booking' });
  }

  override render() {
    return html`<dialog aria-labelledby="details-title" @close=${this.handleClosed}>
      <div class="head">
        <h2 id="details-title" tabindex="-1">${this.renderTitle()}</h2>
        ${
          this.step === 'cancel'
            ? nothing
            : html`<button type="button" class="close" @click=${this.close}>
                ${msg('Close', { id: 'bookings.details.close' })}
              </button>`
        }
      </div>
      <p role="status">${this.message}</p>
      <p role="alert">${this.error}</p>
      ${this.renderBody()}
    </dialog>`;
  }
}
